package org.wuzhenkiosk.app;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.wuzhenkiosk.content.LocalizedText;

/**
 * The current language, and every visitor-facing string bound to it: switching the language re-labels the whole
 * kiosk at once. UI strings come from {@code messages_<lang>.properties}; content texts from the content itself.
 * The one way to a text in a language: views never open a bundle nor pick a content text's language themselves.
 */
public final class I18n {

    /** The shell's strings, then each screen's own {@code messages_<lang>.properties} beside its classes. */
    static final List<String> BUNDLES = List.of("org.wuzhenkiosk.app.messages",
            "org.wuzhenkiosk.screen.home.messages", "org.wuzhenkiosk.screen.timeline.messages",
            "org.wuzhenkiosk.screen.cases.messages", "org.wuzhenkiosk.screen.map.messages",
            "org.wuzhenkiosk.screen.story.messages");
    /** Left-to-right mark: zero width, and in a right-to-left paragraph a bidi level of its own. */
    private static final char LRM = '\u200E';
    /** Joins a Latin word to the Arabic one after it: a break there would split a run. */
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final ObjectProperty<List<ResourceBundle>> bundles = new SimpleObjectProperty<>(this, "bundles");
    private String fallbackLanguage;
    private String loadedFor = "";
    private List<ResourceBundle> loaded = List.of();

    public I18n(String language, String fallbackLanguage) {
        this.fallbackLanguage = fallbackLanguage;
        this.language.addListener((obs, old, now) -> bundles.set(bundlesNow()));
        this.language.set(language);
    }

    private static List<ResourceBundle> bundlesFor(String language) {
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            // a content language the kiosk has no UI strings for: buttons in English, content in its own
            bundleIn(name, language).or(() -> bundleIn(name, Locale.ENGLISH.getLanguage())).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** The bundle written in {@code language} itself, if there is one (never a stand-in in another language). */
    private static Optional<ResourceBundle> bundleIn(String name, String language) {
        Locale locale = Locale.forLanguageTag(language);
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
            return bundle.getLocale().getLanguage().equals(locale.getLanguage()) ? Optional.of(bundle)
                    : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty(); // this screen has no strings of its own
        }
    }

    /**
     * The bundles of the language set now. A binding on languageProperty may be asked before the bundles
     * property hears of the change (invalidation listeners go first), so strings are always read through here.
     */
    private List<ResourceBundle> bundlesNow() {
        String code = language.get();
        if (!code.equals(loadedFor)) {
            loaded = bundlesFor(code);
            loadedFor = code;
        }
        return loaded;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public String language() {
        return language.get();
    }

    public void setLanguage(String code) {
        language.set(code);
    }

    /** The language content falls back to when a text is missing in the current one. */
    public void setFallbackLanguage(String code) {
        fallbackLanguage = code;
    }

    /** A UI string for the current language, by key, with {0}-style arguments. */
    public String get(String key, Object... args) {
        bundles.get(); // a lazy property tells bindings of its next change only once it has been read
        return format(bundlesNow(), key, args);
    }

    /**
     * A UI string in a named language rather than the current one (the attract loop speaks to every visitor at
     * once); English when the kiosk has no strings in that language.
     */
    public String getIn(String language, String key, Object... args) {
        return format(bundlesFor(language), key, args);
    }

    /** Whether the kiosk's own buttons and messages are written in {@code language}, not only its content. */
    public boolean speaks(String language) {
        return bundleIn(BUNDLES.get(0), language).isPresent();
    }

    private static String format(List<ResourceBundle> bundles, String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return wrappable(args.length == 0 ? pattern
                        : new MessageFormat(pattern, locale(bundle.getLocale().toLanguageTag())).format(args));
            }
        }
        return key;
    }

    /**
     * The locale numbers and dates of {@code language} are written in: its own grouping and month names, with
     * ASCII digits in every language. Arabic too: all Arabic readers read them (CLDR's own case for them when a
     * reader's country is unknown, as at an international exhibition), and the content writes its years so.
     */
    public static Locale locale(String language) {
        try {
            return new Locale.Builder().setLanguageTag(language).setUnicodeLocaleKeyword("nu", "latn").build();
        } catch (IllformedLocaleException e) {
            return Locale.forLanguageTag(language);
        }
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), bundles);
    }

    /** A content text in the current language. */
    public String get(LocalizedText text) {
        return getIn(language.get(), text);
    }

    /** A content text in a named language, else in the content's own language. */
    public String getIn(String language, LocalizedText text) {
        return wrappable(text.in(language, fallbackLanguage));
    }

    /**
     * A right-to-left text that wraps right on Linux: JavaFX 21 there (Pango) shapes the first half of an Arabic
     * run split at a line's end from the whole run's cached text, so that line drew the whole paragraph and the
     * next repeated its end. A zero-width left-to-right mark after each space before a right-to-left word ends the
     * run there (in a right-to-left paragraph the mark is a bidi run of its own), so lines break between runs and
     * no run is split. A space from a Latin word to an Arabic one becomes a no-break space (a mark there would
     * move the space or, inside Arabic, draw as a box), so the line breaks elsewhere. Only in a right-to-left
     * paragraph (its first strong letter), where the marks move nothing.
     */
    static String wrappable(String text) {
        if (text.indexOf(' ') < 0 || !rightToLeft(firstStrong(text, 0, 1))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeRightToLeft = c == ' ' && i + 1 < text.length()
                    && rightToLeft(Character.getDirectionality(text.charAt(i + 1)));
            if (beforeRightToLeft && firstStrong(text, i, -1) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                out.append(NO_BREAK_SPACE);
            } else {
                out.append(c);
                if (beforeRightToLeft) {
                    out.append(LRM);
                }
            }
        }
        return out.toString();
    }

    /** The directionality of the first strong letter from {@code from} in {@code step}'s direction. */
    private static byte firstStrong(String text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT || rightToLeft(direction)) {
                return direction;
            }
        }
        return Character.DIRECTIONALITY_UNDEFINED;
    }

    private static boolean rightToLeft(byte direction) {
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    public StringBinding text(LocalizedText text) {
        return Bindings.createStringBinding(() -> get(text), language);
    }

    public StringBinding text(ObservableValue<LocalizedText> text) {
        return Bindings.createStringBinding(
                () -> text.getValue() == null ? "" : get(text.getValue()), language, text);
    }
}
