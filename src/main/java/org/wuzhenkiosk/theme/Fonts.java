package org.wuzhenkiosk.theme;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wuzhenkiosk.config.DataFolder;
import org.wuzhenkiosk.content.BundledGlyphs;
import org.wuzhenkiosk.ui.Resources;

/**
 * Loads the bundled Noto Sans SC faces so Chinese never renders as boxes (the kiosk PC may have no CJK font).
 * Call once before the first scene.
 */
public final class Fonts {

    /** The family every stylesheet names. */
    public static final String FAMILY = "Noto Sans SC";
    /** In the bundled content, which travels on the class path under /content. */
    private static final List<String> FILES = BundledGlyphs.FONTS;
    /** The faces copied out of the jar, so that JavaFX reads them in place instead of through temporary copies. */
    private static final Path FONT_CACHE = DataFolder.cacheFolder().resolve("fonts");
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
                LOG.log(Level.WARNING, e.getMessage() + "; Chinese may show as boxes");
            }
        }
        loaded = true;
        return names;
    }
}
