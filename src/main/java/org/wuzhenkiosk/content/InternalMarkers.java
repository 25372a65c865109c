package org.wuzhenkiosk.content;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces of how the content was made that must never reach a visitor: a file name, a to-do mark, an unconfirmed
 * flag, or a text left untranslated (the same words in two languages written in different scripts).
 */
public final class InternalMarkers {

    private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(md|json)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARK = Pattern.compile("\\b(TODO|FIXME|UNCONFIRMED)\\b");
    /** The script each language is written in, where it is not the Latin alphabet. */
    private static final Map<String, UnicodeScript> SCRIPTS = Map.of(
            "zh", UnicodeScript.HAN, "ja", UnicodeScript.HAN, "ko", UnicodeScript.HANGUL,
            "ru", UnicodeScript.CYRILLIC, "uk", UnicodeScript.CYRILLIC, "ar", UnicodeScript.ARABIC,
            "el", UnicodeScript.GREEK, "th", UnicodeScript.THAI);

    private InternalMarkers() {
    }

    /** What in {@code text} a visitor should not see, each as a short description; empty when it is clean. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher file = FILE_NAME.matcher(text);
        while (file.find()) {
            found.add("the file name \"" + file.group() + "\"");
        }
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            found.add("the marker \"" + mark.group() + "\"");
        }
        return found;
    }

    /**
     * True when two languages written in different scripts carry the very same text, so at least one of them is
     * not a translation (an English title left in the Chinese screens, or the reverse).
     */
    public static boolean untranslated(String language, String text, String otherLanguage, String otherText) {
        if (text == null || !text.strip().equals(otherText == null ? null : otherText.strip())
                || script(language) == script(otherLanguage)) {
            return false;
        }
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static UnicodeScript script(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return SCRIPTS.getOrDefault(base, UnicodeScript.LATIN);
    }
}
