package org.wuzhenkiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which characters the kiosk's bundled fonts can draw: a character none of them has shows as a box on screen,
 * so the validator names it before a visitor sees it. Read once from the character maps ({@code cmap}) of the
 * fonts in the jar; nothing is drawn.
 */
public final class BundledGlyphs {

    /** The fonts the kiosk registers at start (theme.Fonts), as resources of the jar. */
    public static final List<String> FONTS = List.of("/content/fonts/NotoSansSC-Regular.ttf",
            "/content/fonts/NotoSansSC-Bold.ttf", "/content/fonts/NotoSans-Regular.ttf",
            "/content/fonts/NotoSans-Bold.ttf", "/content/fonts/NotoSansArabic-Regular.ttf",
            "/content/fonts/NotoSansArabic-Bold.ttf");

    private static final BitSet DRAWN = load();

    private BundledGlyphs() {
    }

    private static BitSet load() {
        BitSet drawn = new BitSet();
        for (String file : FONTS) {
            try (InputStream in = BundledGlyphs.class.getResourceAsStream(file)) {
                if (in != null) {
                    drawn.or(characterMap(ByteBuffer.wrap(in.readAllBytes())));
                }
            } catch (IOException | RuntimeException e) {
                // a font that cannot be read draws nothing: the check then reports only what the others lack
            }
        }
        return drawn;
    }

    /** The code points of a TrueType font's Unicode character map (format 12, else format 4). */
    static BitSet characterMap(ByteBuffer font) {
        int tables = font.getShort(4) & 0xFFFF;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font.getInt(record) == 0x636D6170) { // "cmap"
                cmap = font.getInt(record + 8);
            }
        }
        BitSet codes = new BitSet();
        if (cmap < 0) {
            return codes;
        }
        int format4 = -1;
        int subtables = font.getShort(cmap + 2) & 0xFFFF;
        for (int i = 0; i < subtables; i++) {
            int platform = font.getShort(cmap + 4 + 8 * i) & 0xFFFF;
            int offset = cmap + font.getInt(cmap + 4 + 8 * i + 4);
            int format = font.getShort(offset) & 0xFFFF;
            if (platform == 3 || platform == 0) {
                if (format == 12) {
                    int groups = font.getInt(offset + 12);
                    for (int g = 0; g < groups; g++) {
                        int start = font.getInt(offset + 16 + 12 * g);
                        int end = font.getInt(offset + 16 + 12 * g + 4);
                        codes.set(start, end + 1);
                    }
                    return codes;
                }
                if (format == 4) {
                    format4 = offset;
                }
            }
        }
        if (format4 >= 0) {
            int segments = (font.getShort(format4 + 6) & 0xFFFF) / 2;
            int ends = format4 + 14;
            int starts = ends + 2 * segments + 2;
            for (int s = 0; s < segments; s++) {
                int end = font.getShort(ends + 2 * s) & 0xFFFF;
                int start = font.getShort(starts + 2 * s) & 0xFFFF;
                if (start != 0xFFFF) {
                    codes.set(start, end + 1);
                }
            }
        }
        return codes;
    }

    /** False when no bundled font could be read, so the check says nothing rather than flag every character. */
    public static boolean available() {
        return !DRAWN.isEmpty();
    }

    /** The characters of {@code text} that no bundled font draws, each once, in order; spaces never count. */
    public static List<String> missingIn(String text) {
        List<String> missing = new ArrayList<>();
        if (!available()) {
            return missing;
        }
        text.codePoints().distinct()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !DRAWN.get(cp))
                .forEach(cp -> missing.add(new String(Character.toChars(cp))));
        return missing;
    }
}
