package org.wuzhenkiosk.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, and when they are not, names the line and column of the first byte that is
 * not, and the encoding the file was most likely saved in, so staff know which line to look at and what to do.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    /** The text, or where and why the bytes are not UTF-8. */
    public record Decoded(String text, int line, int column, Wording says) {
        public boolean ok() {
            return text != null;
        }

        /** Why the bytes are not UTF-8, in English; null when they are. */
        public String message() {
            return says == null ? null : says.in(Wording.ENGLISH);
        }
    }

    public static Decoded decode(byte[] bytes) {
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            return new Decoded(null, 1, 1, Wording.of("utf8.utf16", utf16));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return located(bytes, in.position());
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), 0, 0, null);
    }

    /** "UTF-16" when the text starts with its byte order mark or is mostly ASCII with a zero byte beside each. */
    private static String utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "UTF-16 (Unicode)";
        }
        int sample = Math.min(bytes.length, 200);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return sample >= 4 && zeros * 3 >= sample ? "UTF-16 (Unicode)" : null;
    }

    private static Decoded located(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // columns count characters, as editors do: the valid UTF-8 before the bad byte on that line
        int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new Decoded(null, line, column, Wording.of("utf8.line", line,
                String.format("0x%02X", bytes[offset] & 0xFF), column, likelyEncoding(bytes, offset)));
    }

    /** Windows-1252 for a lone byte above 0x7F between ASCII, GBK for pairs of such bytes (Chinese text). */
    private static Wording likelyEncoding(byte[] bytes, int offset) {
        boolean pair = offset + 1 < bytes.length && (bytes[offset + 1] & 0x80) != 0;
        return Wording.of(pair ? "utf8.gbk" : "utf8.western");
    }
}
