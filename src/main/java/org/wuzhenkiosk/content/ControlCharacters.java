package org.wuzhenkiosk.content;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Characters that change how text around them is drawn instead of being drawn: control characters and the
 * direction overrides that can reverse or hide a title. The validator names them; the kiosk never shows them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True for C0/C1 controls other than a line break, and for bidi embeddings, overrides and isolates. */
    public static boolean isHidden(int codePoint) {
        return codePoint < 0x20 && codePoint != '\n'
                || codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** Each such character in {@code text} once, as "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
    public static Set<String> namedIn(String text) {
        Set<String> named = new LinkedHashSet<>();
        text.codePoints().filter(ControlCharacters::isHidden).forEach(c -> {
            String name = Character.getName(c);
            named.add(String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")"));
        });
        return named;
    }

    /** {@code text} without them; the same instance when it has none, as nearly every text. */
    public static String strip(String text) {
        if (text.codePoints().noneMatch(ControlCharacters::isHidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isHidden(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
