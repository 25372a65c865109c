package org.wuzhenkiosk.theme;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.wuzhenkiosk.config.DataFolder;
import org.wuzhenkiosk.content.BundledGlyphs;
import org.wuzhenkiosk.ui.Resources;

/**
 * The kiosk's own faces, so no language shows boxes on a PC without its fonts: Noto Sans SC (Chinese), Noto Sans
 * (Latin, Greek, Cyrillic) and Noto Sans Arabic (with the same Latin as Noto Sans). Text takes the face of its
 * language (a pseudo-class on the node that holds it); a character that face lacks (a Chinese name in English, a
 * Latin one in Arabic) falls back to the other loaded faces, which JavaFX adds to every font's fallback chain.
 * Call {@link #load} once before the first scene.
 */
public final class Fonts {

    /** Chinese text, with Chinese punctuation (full-width quotes and middle dots). */
    public static final String CHINESE = "Noto Sans SC";
    /** Latin, Greek and Cyrillic text: the Latin face designed with Noto Sans SC. */
    public static final String LATIN = "Noto Sans";
    /** Arabic text; its Latin letters and digits are those of Noto Sans. */
    public static final String ARABIC = "Noto Sans Arabic";
    /** In the bundled content, which travels on the class path under /content. */
    private static final List<String> FILES = BundledGlyphs.FONTS;
    /** The faces copied out of the jar, so that JavaFX reads them in place instead of through temporary copies. */
    private static final Path FONT_CACHE = DataFolder.cacheFolder().resolve("fonts");
    /** Languages written in Arabic script; every other language but Chinese and Japanese takes the Latin face. */
    private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "sd", "ug", "ckb");
    private static final Set<String> HAN_SCRIPT = Set.of("zh", "ja");
    private static final PseudoClass IN_CHINESE = PseudoClass.getPseudoClass("script-han");
    private static final PseudoClass IN_LATIN = PseudoClass.getPseudoClass("script-latin");
    private static final PseudoClass IN_ARABIC = PseudoClass.getPseudoClass("script-arabic");
    private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
    private static volatile boolean loaded;

    private Fonts() {
    }

    /** Loads the faces once; returns the names JavaFX registered (empty when none could be loaded). */
    public static synchronized List<String> load() {
        List<String> names = new ArrayList<>();
        if (loaded) {
            return names;
        }
        for (String file : FILES) {
            try {
                names.add(Resources.font(file, 20, FONT_CACHE).getName());
            } catch (IllegalStateException | UncheckedIOException e) {
                LOG.log(Level.WARNING, e.getMessage() + "; some languages may show as boxes");
            }
        }
        // before the first icon: ikonli would read its faces out of its jar through temporary copies
        Resources.iconFonts(FONT_CACHE);
        loaded = true;
        return names;
    }

    /** The family that text in {@code language} (a BCP 47 code such as "zh", "en", "ar") is set in. */
    public static String familyFor(String language) {
        String code = Locale.forLanguageTag(language == null ? "" : language).getLanguage();
        if (HAN_SCRIPT.contains(code)) {
            return CHINESE;
        }
        return ARABIC_SCRIPT.contains(code) ? ARABIC : LATIN;
    }

    /** A face for text measured or drawn outside CSS (canvas labels), in the family of {@code language}. */
    public static Font font(String language, FontWeight weight, double size) {
        return Font.font(familyFor(language), weight, size);
    }

    /**
     * Sets {@code node} and everything in it in the family of {@code language} (kiosk.css maps each pseudo-class
     * to its family): the scene's root follows the visitor's language, a label in another language gets its own.
     */
    public static void useFor(Node node, String language) {
        String family = familyFor(language);
        node.pseudoClassStateChanged(IN_CHINESE, CHINESE.equals(family));
        node.pseudoClassStateChanged(IN_LATIN, LATIN.equals(family));
        node.pseudoClassStateChanged(IN_ARABIC, ARABIC.equals(family));
    }
}
