package org.wuzhenkiosk.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text a visitor reads, in every language the content offers, keyed by language code. */
public record LocalizedText(Map<String, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LocalizedText of(String... languageTextPairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < languageTextPairs.length; i += 2) {
            map.put(languageTextPairs[i], languageTextPairs[i + 1]);
        }
        return new LocalizedText(map);
    }

    /** The text in {@code language}, else in {@code fallback}, else in any language, else "". */
    public String in(String language, String fallback) {
        String text = values.get(language);
        if (isPresent(text)) {
            return text;
        }
        text = values.get(fallback);
        if (isPresent(text)) {
            return text;
        }
        return values.values().stream().filter(LocalizedText::isPresent).findFirst().orElse("");
    }

    public boolean has(String language) {
        return isPresent(values.get(language));
    }

    public boolean isEmpty() {
        return values.values().stream().noneMatch(LocalizedText::isPresent);
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }
}
