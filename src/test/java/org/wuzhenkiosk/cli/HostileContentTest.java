package org.wuzhenkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.ControlCharacters;
import org.wuzhenkiosk.content.HostileFiles;
import org.wuzhenkiosk.content.Limits;

/**
 * Content and settings made to break the kiosk (wrong encodings, links out of the folder, remote media, pictures
 * that claim billions of pixels, control characters, files and lists over the limits, settings abuse), each checked
 * as staff check it, with {@code --validate}: it must answer with exit 1 or a warning, name the file and line, print
 * no stack trace, and be done in bounded time.
 */
class HostileContentTest {

    /** A hang guard, not a speed figure: the slowest case takes a few seconds on a busy 2-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String PIN = "482916";

    /** Makes one hostile folder out of valid-base and an empty settings file. */
    @FunctionalInterface
    interface Setup {
        void apply(Path content, Path settings) throws IOException;
    }

    /**
     * One hostile case and what staff must read.
     *
     * @param exit  1 for an error, 0 for content that loads with a warning
     * @param at    where: "cases.json:38:" (a settings or map file: its name, as printed after its folder)
     * @param says  a telling part of that line
     * @param never what must appear nowhere in the output (a PIN), or null
     */
    record Case(String name, Setup setup, int exit, String at, String says, String never) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(encodings(), links(), paths(), remote(), bombs(), limits(), controlCharacters(), settings(),
                maps()).flatMap(s -> s);
    }

    private static Stream<Case> encodings() {
        return Stream.of(
                error("events-json-saved-as-utf16-with-bom", (c, s) -> recode(c.resolve("events.json"),
                        StandardCharsets.UTF_16LE, true), "events.json:1:", "saved as UTF-16"),
                error("events-json-saved-as-utf16-without-bom", (c, s) -> recode(c.resolve("events.json"),
                        StandardCharsets.UTF_16BE, false), "events.json:1:", "saved as UTF-16"),
                error("one-windows-1252-line-in-cases-json", (c, s) -> recodeLine(c.resolve("cases.json"), 14,
                        "puts 5G to work.", "puts 5G to \u201cwork\u201d.", Charset.forName("windows-1252")),
                        "cases.json:14:", "line 14 is not UTF-8 (byte 0x93 at column"),
                error("one-gbk-line-in-events-json", (c, s) -> recodeLine(c.resolve("events.json"), 13, "举行",
                        "举行", Charset.forName("GBK")), "events.json:13:", "probably saved as GBK"),
                error("one-latin-1-line-in-exhibition-json", (c, s) -> recodeLine(c.resolve("exhibition.json"), 5,
                        "Test", "T\u00ebst", StandardCharsets.ISO_8859_1), "exhibition.json:5:",
                        "probably saved as Windows-1252 or ISO-8859-1"),
                error("a-second-json-document-after-the-first", (c, s) -> append(c.resolve("events.json"),
                        "\n{\"events\": []}\n"), "events.json:39:", "a second JSON document starts here"),
                error("text-after-the-end-of-the-json", (c, s) -> append(c.resolve("events.json"), "\n]\n"),
                        "events.json:39:", "more text after the end: this text follows"));
    }

    private static Stream<Case> links() {
        return Stream.of(
                error("cover-is-a-link-to-a-picture-outside", (c, s) -> {
                    Path outside = Files.copy(c.resolve("media/cover.png"), c.resolveSibling("outside.png"));
                    Files.delete(c.resolve("media/cover.png"));
                    HostileFiles.link(c.resolve("media/cover.png"), outside);
                }, "cases.json:38:", "is a link to"),
                error("media-folder-is-a-link-to-a-folder-outside", (c, s) -> {
                    Path elsewhere = Files.move(c.resolve("media"), c.resolveSibling("elsewhere"));
                    HostileFiles.link(c.resolve("media"), elsewhere);
                }, "cases.json:38:", "outside the content folder"),
                error("cover-is-a-link-to-a-system-file", (c, s) -> {
                    Files.delete(c.resolve("media/cover.png"));
                    HostileFiles.link(c.resolve("media/cover.png"), Path.of("/etc/passwd"));
                }, "cases.json:38:", "is a link to /etc/passwd"),
                error("cover-is-a-link-to-an-endless-device", (c, s) -> {
                    Files.delete(c.resolve("media/cover.png"));
                    HostileFiles.link(c.resolve("media/cover.png"), Path.of("/dev/zero"));
                }, "cases.json:38:", "is a link to /dev/zero, outside the content folder"),
                error("cover-is-a-link-to-nothing", (c, s) -> {
                    Files.delete(c.resolve("media/cover.png"));
                    HostileFiles.link(c.resolve("media/cover.png"), c.resolveSibling("gone.png"));
                }, "cases.json:38:", "does not exist"),
                error("events-json-is-a-link-to-a-file-outside", (c, s) -> {
                    Path outside = Files.move(c.resolve("events.json"), c.resolveSibling("events-elsewhere.json"));
                    HostileFiles.link(c.resolve("events.json"), outside);
                }, "events.json:0:", "events.json is a link to "),
                error("cases-json-is-a-link-to-a-system-file", (c, s) -> {
                    Files.delete(c.resolve("cases.json"));
                    HostileFiles.link(c.resolve("cases.json"), Path.of("/etc/passwd"));
                }, "cases.json:0:", "cases.json is a link to /etc/passwd, outside the content folder"),
                error("story-json-is-a-link-to-an-endless-device", (c, s) ->
                        HostileFiles.link(c.resolve("story.json"), Path.of("/dev/zero")),
                        "story.json:0:", "story.json is a link to /dev/zero, outside the content folder"),
                error("countries-json-is-a-link-through-a-folder-outside", (c, s) -> {
                    Path elsewhere = Files.createDirectories(c.resolveSibling("elsewhere"));
                    Files.move(c.resolve("countries.json"), elsewhere.resolve("countries.json"));
                    HostileFiles.link(c.resolve("tables"), elsewhere);
                    HostileFiles.link(c.resolve("countries.json"), Path.of("tables", "countries.json"));
                }, "countries.json:0:", "outside the content folder"),
                error("exhibition-json-is-a-link-to-nothing", (c, s) -> {
                    Files.delete(c.resolve("exhibition.json"));
                    HostileFiles.link(c.resolve("exhibition.json"), c.resolveSibling("gone.json"));
                }, "exhibition.json:0:", "the file is missing"),
                error("events-json-is-a-named-pipe", (c, s) -> {
                    Files.delete(c.resolve("events.json"));
                    HostileFiles.pipe(c.resolve("events.json"));
                }, "events.json:0:", "this is not an ordinary file"),
                error("cases-json-is-a-folder", (c, s) -> {
                    Files.delete(c.resolve("cases.json"));
                    Files.createDirectory(c.resolve("cases.json"));
                }, "cases.json:0:", "this is not an ordinary file"),
                error("map-file-in-the-content-folder-is-a-link-outside", (c, s) -> {
                    Files.writeString(s, "map.file=content/map/world.geojson\n");
                    Path outside = Files.writeString(c.resolveSibling("world.geojson"),
                            "{\"type\": \"FeatureCollection\", \"features\": []}");
                    HostileFiles.link(Files.createDirectories(c.resolve("map")).resolve("world.geojson"), outside);
                }, "content/map/world.geojson:0:", "the map file is a link to "));
    }

    private static Stream<Case> paths() {
        return Stream.of(
                error("nul-in-the-cover-path", cover("media/cover\\u0000.png"), "cases.json:38:",
                        "U+0000 (NULL), which no file name may hold"),
                error("right-to-left-override-in-the-cover-path", cover("media/\\u202Egnp.revoc"), "cases.json:38:",
                        "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
                error("tab-in-the-cover-path", cover("media/cover\\t.png"), "cases.json:38:", "U+0009"),
                error("cover-path-on-a-windows-share", cover("\\\\\\\\server\\\\share\\\\cover.png"), "cases.json:38:",
                        "is absolute"));
    }

    private static Stream<Case> remote() {
        return Stream.of(
                error("video-is-a-playlist-of-remote-clips", clip("media/clip.m3u8",
                        "#EXTM3U\n#EXTINF:10,\nhttp://example.org/clip.ts\n"), "cases.json:41:", "playlist (HLS)"),
                error("video-is-a-remote-playlist-named-mp4", clip("media/clip.mp4",
                        "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nhttps://example.org/live.m3u8\n"), "cases.json:41:",
                        "the kiosk plays only the files in its content folder"),
                error("cover-is-a-web-address", cover("https://example.org/cover.png"), "cases.json:38:",
                        "is a web address; the kiosk never uses the network"),
                error("cover-is-a-file-url", cover("file:///etc/passwd"), "cases.json:38:", "is a web address"),
                error("video-is-an-rtsp-stream", clip("rtsp://camera.local/live", null), "cases.json:41:",
                        "is a web address"));
    }

    private static Stream<Case> bombs() {
        return Stream.of(
                error("png-of-30000-by-30000-pixels-in-a-few-kilobytes", picture(HostileFiles::png, 30_000, 30_000),
                        "cases.json:38:", "the picture is 30000 x 30000 = 900,000,000 pixels"),
                error("cover-of-12000-by-12000-pixels", picture(HostileFiles::png, 12_000, 12_000), "cases.json:38:",
                        "12000 x 12000 = 144,000,000 pixels"),
                error("png-one-column-over-the-pixel-limit", picture(HostileFiles::png, 4001, 4000),
                        "cases.json:38:", "4001 x 4000 = 16,004,000 pixels; the kiosk shows pictures of at most "
                                + "16,000,000 pixels"),
                error("gif-of-65535-by-65535-pixels", picture((w, h) -> HostileFiles.gif(w, h), 65_535, 65_535),
                        "cases.json:38:", "65535 x 65535 = 4,294,836,225 pixels"),
                error("jpeg-claiming-60000-by-60000-pixels", picture(HostileFiles::jpeg, 60_000, 60_000),
                        "cases.json:38:", "60000 x 60000 = 3,600,000,000 pixels"),
                error("bmp-header-of-8000-by-8000-pixels", picture((w, h) -> HostileFiles.bmp(w, h), 8000, 8000),
                        "cases.json:38:", "8000 x 8000 = 64,000,000 pixels"),
                error("picture-file-of-26-mb", (c, s) -> HostileFiles.growTo(c.resolve("media/cover.png"),
                        26 * Limits.MEGABYTE), "cases.json:38:",
                        "the picture is 26 MB; a picture may be at most 25 MB"),
                error("events-json-of-17-mb", (c, s) -> HostileFiles.growTo(c.resolve("events.json"),
                        17 * Limits.MEGABYTE), "events.json:0:",
                        "the file is 17 MB; a content file may be at most 16 MB"),
                error("cases-json-holding-a-50-mb-text", (c, s) -> HostileFiles.growTo(c.resolve("cases.json"),
                        50 * Limits.MEGABYTE), "cases.json:0:", "the file is 50 MB"),
                error("lists-nested-100000-deep", (c, s) -> Files.writeString(c.resolve("events.json"),
                        "[".repeat(100_000)), "events.json:1:", "malformed JSON"),
                error("a-latitude-of-100000-digits", (c, s) -> replace(c.resolve("events.json"), "30.7454",
                        "3" + "0".repeat(100_000)), "events.json:22:", "latitude 3000000000000000000000000000000000000…"
                                + " is out of range"),
                error("a-latitude-of-1e999", (c, s) -> replace(c.resolve("events.json"), "30.7454", "1e999"),
                        "events.json:22:", "latitude 1e999 is out of range"));
    }

    private static Stream<Case> limits() {
        return Stream.of(
                warning("a-title-of-10000-characters", (c, s) -> replace(c.resolve("events.json"),
                        "2021 Wuzhen Summit", "W".repeat(10_000)), "events.json:10:",
                        "the en text is 10000 characters long; a title may have at most 150, so the kiosk shows "
                                + "the first 150"),
                warning("a-summary-of-3000-characters", (c, s) -> replace(c.resolve("events.json"),
                        "The conference met in Wuzhen.", "Wuzhen ".repeat(430)), "events.json:14:",
                        "a summary may have at most 2000"),
                warning("a-body-of-30000-characters", (c, s) -> replace(c.resolve("events.json"), "      \"place\"",
                        "      \"body\": {\"zh\": \"" + "长".repeat(30_000) + "\", \"en\": \"A long story.\"},\n"
                                + "      \"place\""), "events.json:16:", "a body may have at most 20000"),
                error("a-flood-of-4000-mistakes", (c, s) -> {
                    String events = IntStream.range(0, 2000).mapToObj(i -> "{\"id\": \"e-" + i + "\", \"date\": "
                            + "\"2021\", \"kind\": \"summit\", \"title\": {\"zh\": \"峰会\", \"en\": \"Summit\"}}")
                            .collect(Collectors.joining(",\n"));
                    Files.writeString(c.resolve("events.json"), "{\"events\": [\n" + events + "\n]}\n");
                }, "events.json:502:", "3001 more problems from here on (3001 errors, 0 warnings) are not listed"),
                warning("5001-events", (c, s) -> manyEvents(c, Limits.EVENTS + 1), "events.json:" + eventLine(5000)
                        + ":", "the file has 5001 events; the timeline shows the first 5000"),
                warning("2001-cases", (c, s) -> manyCases(c, Limits.CASES + 1), "cases.json:" + caseLine(2000) + ":",
                        "the file has 2001 cases; the cases screen shows the first 2000"));
    }

    private static Stream<Case> controlCharacters() {
        return Stream.of(
                warning("right-to-left-override-in-a-title", (c, s) -> replace(c.resolve("events.json"),
                        "2021 Wuzhen Summit", "2021 \\u202Etimmus nehzuW\\u202C"), "events.json:10:",
                        "the en text contains U+202E (RIGHT-TO-LEFT OVERRIDE), U+202C (POP DIRECTIONAL FORMATTING)"),
                warning("bell-in-a-title", (c, s) -> replace(c.resolve("events.json"), "2021年乌镇峰会",
                        "2021年乌镇峰会\\u0007"), "events.json:9:", "U+0007"),
                warning("nul-in-a-summary", (c, s) -> replace(c.resolve("events.json"), "met in Wuzhen.",
                        "met in\\u0000 Wuzhen."), "events.json:14:", "U+0000 (NULL)"),
                warning("isolate-in-a-place-name", (c, s) -> replace(c.resolve("events.json"), "\"en\": \"Wuzhen\"",
                        "\"en\": \"\\u2066Wuzhen\""), "events.json:20:", "U+2066 (LEFT-TO-RIGHT ISOLATE)"),
                warning("terminal-escape-in-a-source-title", (c, s) -> replace(c.resolve("events.json"),
                        "WIC press release", "WIC \\u001b[2Jpress release"), "events.json:31:", "U+001B (ESCAPE)"),
                warning("override-in-a-case-caption", (c, s) -> replace(c.resolve("cases.json"),
                        "\"type\": \"image\"\n", "\"type\": \"image\", \"caption\": {\"zh\": \"封面\", \"en\": "
                                + "\"\\u202DCover\"}\n"), "cases.json:39:", "U+202D (LEFT-TO-RIGHT OVERRIDE)"),
                warning("c1-control-in-an-exhibition-title", (c, s) -> replace(c.resolve("exhibition.json"),
                        "Test exhibition", "Test\\u0085exhibition"), "exhibition.json:5:", "U+0085"),
                error("nul-in-an-event-id", (c, s) -> replace(c.resolve("events.json"), "\"wic-2021\",",
                        "\"wic-2021\\u0000\","), "events.json:4:", "event 1 (wic-2021), id: error:"));
    }

    private static Stream<Case> settings() {
        String salt = Base64.getEncoder().encodeToString(new byte[16]);
        String hash = Base64.getEncoder().encodeToString(new byte[32]);
        return Stream.of(
                new Case("pin-after-a-space-separator", settingsFile("staff.pin " + PIN + "\n"), 1,
                        "kiosk.properties:1:", "this value is not allowed for staff.pin (it is a PIN itself", PIN),
                new Case("pin-after-a-colon-and-tabs", settingsFile("staff.pin\t:\t" + PIN + "34\n"), 1,
                        "kiosk.properties:1:", "(it is a PIN itself", PIN),
                new Case("pin-alone-on-a-line", settingsFile("window.mode=windowed\n" + PIN + "\n"), 1,
                        "kiosk.properties:2:", "unknown setting (not shown", PIN),
                error("pin-hash-of-0-iterations", settingsFile("staff.pin=pbkdf2-sha256:0:" + salt + ":" + hash
                        + "\n"), "kiosk.properties:1:", "its 0 iterations are outside 10000 to 2000000"),
                error("pin-hash-of-999999999-iterations", settingsFile("staff.pin=pbkdf2-sha256:999999999:" + salt
                        + ":" + hash + "\n"), "kiosk.properties:1:", "its 999999999 iterations are outside"),
                error("pin-hash-of-more-iterations-than-an-int", settingsFile("staff.pin=pbkdf2-sha256:9999999999:"
                        + salt + ":" + hash + "\n"), "kiosk.properties:1:", "iterations are outside"),
                error("320000-spaces-around-the-separator", settingsFile("window.mode" + " ".repeat(320_000) + "="
                        + " ".repeat(320_000) + "maybe\n"), "kiosk.properties:1:",
                        "\"maybe\" is not allowed for window.mode"),
                error("320000-spaces-after-a-value", settingsFile("theme=dark" + " ".repeat(320_000) + "x\n"),
                        "kiosk.properties:1:", "is not allowed for theme"),
                error("a-gbk-comment-in-settings", (c, s) -> {
                    Files.write(s, concat("theme=default\nidle.timeout.seconds=90\n".getBytes(StandardCharsets.UTF_8),
                            "# 乌镇展厅的设置\n".getBytes(Charset.forName("GBK"))));
                }, "kiosk.properties:3:", "line 3 is not UTF-8"),
                error("settings-saved-as-utf16", (c, s) -> Files.write(s, "\uFEFFtheme=default\n"
                        .getBytes(StandardCharsets.UTF_16LE)), "kiosk.properties:1:", "saved as UTF-16"),
                error("nul-in-content-dir", settingsFile("content.dir=con\u0000tent\n"), "kiosk.properties:1:",
                        "is not allowed for content.dir"),
                error("settings-file-of-2-mb", (c, s) -> HostileFiles.growTo(s, 2 * Limits.MEGABYTE),
                        "kiosk.properties:0:", "the settings file is 2 MB; a settings file may be at most 1 MB"));
    }

    private static Stream<Case> maps() {
        return Stream.of(
                error("map-file-of-9-mb", (c, s) -> {
                    mapSetting(s);
                    HostileFiles.growTo(s.resolveSibling("map.geojson"), 9 * Limits.MEGABYTE);
                }, "map.geojson:0:", "the map file is 9 MB; a map file may be at most 8 MB"),
                error("map-of-150001-positions", (c, s) -> {
                    mapSetting(s);
                    Files.writeString(s.resolveSibling("map.geojson"), ring(Limits.MAP_POSITIONS + 1));
                }, "map.geojson:1:", "the map has more than 150000 positions"),
                error("map-file-with-a-gbk-line", (c, s) -> {
                    mapSetting(s);
                    Files.write(s.resolveSibling("map.geojson"), concat("{\"type\": \"FeatureCollection\",\n"
                            .getBytes(StandardCharsets.UTF_8), "\"name\": \"世界\", \"features\": []}"
                            .getBytes(Charset.forName("GBK"))));
                }, "map.geojson:2:", "line 2 is not UTF-8"),
                error("map-file-saved-as-utf16", (c, s) -> {
                    mapSetting(s);
                    Files.write(s.resolveSibling("map.geojson"), "{\"type\": \"FeatureCollection\"}"
                            .getBytes(StandardCharsets.UTF_16LE));
                }, "map.geojson:1:", "saved as UTF-16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileCaseIsNamedWithItsFileAndLineWithoutAStackTraceInBoundedTime(Case hostile, @TempDir Path dir)
            throws IOException {
        Path content = dir.resolve("content");
        BundledCopy.of(base(), content);
        Path settings = dir.resolve("kiosk.properties");
        Files.writeString(settings, "");
        hostile.setup().apply(content, settings);
        StringWriter output = new StringWriter();

        int exit = assertTimeoutPreemptively(BOUND, () -> Main.run(new PrintWriter(output, true), "--config",
                settings.toString(), "--validate", content.toString()));

        String printed = output.toString();
        assertThat(exit).as(printed).isEqualTo(hostile.exit());
        String severity = hostile.exit() == 0 ? ": warning: " : ": error: ";
        assertThat(printed.lines()).as(printed)
                .anyMatch(line -> (line.startsWith(hostile.at()) || line.contains("/" + hostile.at()))
                        && line.contains(severity) && line.contains(hostile.says()));
        assertThat(printed).doesNotContain("Exception in", "\tat ", "Caused by").doesNotContainPattern("\n\\s+at ");
        assertThat(printed.codePoints().filter(ControlCharacters::isHidden).mapToObj(Integer::toHexString))
                .as("control characters printed to the staff's terminal").isEmpty();
        if (hostile.never() != null) {
            assertThat(printed).doesNotContain(hostile.never());
        }
    }

    @Test
    void theCorpusHoldsAtLeastFortyCasesEachNamedOnce() {
        List<String> names = corpus().map(Case::name).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    // ---- making hostile folders ----

    private static Case error(String name, Setup setup, String at, String says) {
        return new Case(name, setup, 1, at, says, null);
    }

    private static Case warning(String name, Setup setup, String at, String says) {
        return new Case(name, setup, 0, at, says, null);
    }

    private static Path base() {
        try {
            return Path.of(HostileContentTest.class.getResource("/broken/valid-base").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's cover file, written as the JSON text {@code file} (escapes and all). */
    private static Setup cover(String file) {
        return (c, s) -> replace(c.resolve("cases.json"), "\"media/cover.png\"", "\"" + file + "\"");
    }

    /** A video entry on line 41 of cases.json pointing at {@code file}, which holds {@code text} (null: none). */
    private static Setup clip(String file, String text) {
        return (c, s) -> {
            if (text != null) {
                Files.writeString(c.resolve(file), text);
            }
            replace(c.resolve("cases.json"), "      \"link\"", "      \"media\": [{\"file\": \"" + file
                    + "\", \"type\": \"video\", \"caption\": {\"zh\": \"视频\", \"en\": \"Clip\"}}],\n      \"link\"");
        };
    }

    @FunctionalInterface
    private interface Picture {
        byte[] make(int width, int height) throws IOException;
    }

    private static Setup picture(Picture picture, int width, int height) {
        return (c, s) -> Files.write(c.resolve("media/cover.png"), picture.make(width, height));
    }

    private static Setup settingsFile(String text) {
        return (c, s) -> Files.writeString(s, text);
    }

    private static void mapSetting(Path settings) throws IOException {
        Files.writeString(settings, "map.file=map.geojson\n");
    }

    /** One country whose single ring has {@code positions} corners, on one line. */
    private static String ring(int positions) {
        String corners = IntStream.range(0, positions - 1)
                .mapToObj(i -> "[" + (i % 2 == 0 ? "10.0" : "10.5") + ", " + (i * 40.0 / positions) + "]")
                .collect(Collectors.joining(","));
        return "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": "
                + "\"Big\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + corners
                + ",[10.0, 0.0]]]}}]}";
    }

    /** The line where event {@code index} starts when the valid-base event (33 lines from line 3) is repeated. */
    private static int eventLine(int index) {
        return 3 + 33 * index;
    }

    /** As {@link #eventLine} for the valid-base case (49 lines from line 3). */
    private static int caseLine(int index) {
        return 3 + 49 * index;
    }

    private static void manyEvents(Path content, int count) throws IOException {
        repeatRecord(content.resolve("events.json"), "events", "\"wic-2021\",", i -> "\"wic-2021-" + i + "\",",
                count);
    }

    private static void manyCases(Path content, int count) throws IOException {
        repeatRecord(content.resolve("cases.json"), "cases", "\"th-5g-smart-hospital\",",
                i -> "\"th-5g-smart-hospital-" + i + "\",", count);
    }

    /** The file's one record repeated {@code count} times; copies after the first get their own id. */
    private static void repeatRecord(Path file, String list, String id, IntFunction<String> renamed, int count)
            throws IOException {
        String text = Files.readString(file);
        int open = text.indexOf("    {");
        int close = text.lastIndexOf("    }") + "    }".length();
        String record = text.substring(open, close);
        assertThat(record).contains(id);
        String records = IntStream.range(0, count)
                .mapToObj(i -> i == 0 ? record : record.replace(id, renamed.apply(i)))
                .collect(Collectors.joining(",\n"));
        Files.writeString(file, text.substring(0, open) + records + text.substring(close));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.getFileName().toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    private static void recode(Path file, Charset charset, boolean byteOrderMark) throws IOException {
        Files.writeString(file, (byteOrderMark ? "\uFEFF" : "") + Files.readString(file), charset);
    }

    /** Replaces {@code from} on line {@code line} and writes that one line in {@code charset}, the rest in UTF-8. */
    private static void recodeLine(Path file, int line, String from, String to, Charset charset) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(line - 1)).contains(from);
        byte[] before = (String.join("\n", lines.subList(0, line - 1)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = (lines.get(line - 1).replace(from, to) + "\n").getBytes(charset);
        byte[] after = String.join("\n", lines.subList(line, lines.size())).getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(concat(before, bad), after));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
