package org.wuzhenkiosk.content;

/**
 * How much content the kiosk takes on, checked before anything big is read or decoded: sized so that a kiosk
 * with a 256 MB heap starts and runs on content at every limit, and far above what an exhibition needs.
 */
public final class Limits {

    public static final long MEGABYTE = 1024L * 1024L;
    /** One JSON content file (the bundled ones are under 50 KB; 5,000 events with their stories about 11 MB). */
    public static final long CONTENT_FILE_BYTES = 16 * MEGABYTE;
    /** A basemap file (the bundled one is 0.2 MB; Natural Earth's 1:50m countries about 4 MB). */
    public static final long MAP_FILE_BYTES = 8 * MEGABYTE;
    /** kiosk.properties, read at every start: a few kilobytes of settings; more is the wrong file. */
    public static final long SETTINGS_FILE_BYTES = MEGABYTE;
    /** Corners of all the basemap's rings together: each is drawn at every frame the map moves. */
    public static final int MAP_POSITIONS = 150_000;
    /** A picture's file: pictures are decoded in memory, so a bigger file is never worth it on a kiosk. */
    public static final long PICTURE_FILE_BYTES = 25 * MEGABYTE;
    /** A picture's pixels (a 12-megapixel photo fits): decoding takes 4 bytes a pixel before it is scaled down. */
    public static final long PICTURE_PIXELS = 16_000_000L;
    /** Events on the timeline; the first ones in the file are shown, the rest reported. */
    public static final int EVENTS = 5_000;
    /** Cases in the grid; the first ones in the file are shown, the rest reported. */
    public static final int CASES = 2_000;
    /** A body (the full story of an event or case), in characters. */
    public static final int BODY_CHARS = 20_000;
    /** A summary or an introduction, in characters. */
    public static final int SUMMARY_CHARS = 2_000;
    /** A title, in characters (the bundled ones take at most 66): more would push the story off the screen. */
    public static final int TITLE_CHARS = 150;
    /** Every other text a visitor reads (names, labels, captions, credits), in characters. */
    public static final int SHORT_TEXT_CHARS = 300;

    /** Problems listed for one folder; the rest are counted in one line (staff fix the first ones, then check). */
    public static final int PROBLEMS_LISTED = 1_000;

    private Limits() {
    }

    /** The most characters the field {@code name} may hold in one language. */
    public static int charsFor(String name) {
        return switch (name == null ? "" : name) {
            case "body" -> BODY_CHARS;
            case "summary", "intro", "text" -> SUMMARY_CHARS;
            case "title", "subtitle" -> TITLE_CHARS;
            default -> SHORT_TEXT_CHARS;
        };
    }

    /** The first {@code chars} characters of {@code text} and an ellipsis, whole characters only. */
    public static String cut(String text, int chars) {
        if (text.codePointCount(0, text.length()) <= chars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, chars)) + "…";
    }

    /** "8 MB", for messages. */
    public static String megabytes(long bytes) {
        return (bytes + MEGABYTE / 2) / MEGABYTE + " MB";
    }
}
