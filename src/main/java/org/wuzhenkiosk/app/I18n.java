package org.wuzhenkiosk.app;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
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
 */
public final class I18n {

    /** The shell's strings, then each screen's own {@code messages_<lang>.properties} beside its classes. */
    private static final List<String> BUNDLES = List.of("org.wuzhenkiosk.app.messages",
            "org.wuzhenkiosk.screen.home.messages", "org.wuzhenkiosk.screen.timeline.messages",
            "org.wuzhenkiosk.screen.cases.messages", "org.wuzhenkiosk.screen.map.messages");
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
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, Locale.forLanguageTag(language), control));
            } catch (MissingResourceException e) {
                try {
                    // a content language the kiosk has no UI strings for: buttons in English, content in its own
                    found.add(ResourceBundle.getBundle(name, Locale.ENGLISH, control));
                } catch (MissingResourceException none) {
                    // this screen has no strings of its own
                }
            }
        }
        return List.copyOf(found);
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
        for (ResourceBundle bundle : bundlesNow()) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
            }
        }
        return key;
    }

    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), bundles);
    }

    /** A content text in the current language. */
    public String get(LocalizedText text) {
        return text.in(language.get(), fallbackLanguage);
    }

    public StringBinding text(LocalizedText text) {
        return Bindings.createStringBinding(() -> get(text), language);
    }

    public StringBinding text(ObservableValue<LocalizedText> text) {
        return Bindings.createStringBinding(
                () -> text.getValue() == null ? "" : get(text.getValue()), language, text);
    }
}
