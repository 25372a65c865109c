package org.wuzhenkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuzhenkiosk.content.Exhibition;
import org.wuzhenkiosk.content.Problem.Severity;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Suggestions;
import org.wuzhenkiosk.content.Utf8Text;
import org.wuzhenkiosk.content.Wording;

/**
 * Reads kiosk.properties into {@link KioskSettings}. A wrong line never stops the kiosk: it is reported with its
 * key, line and what is allowed, and the default is used instead.
 */
public final class SettingsFile {

    /** Where the kiosk looks for its settings when no --config is given: the working folder. */
    public static final Path DEFAULT_LOCATION = Path.of("kiosk.properties");
    private static final String BUNDLED = "/org/wuzhenkiosk/config/kiosk.properties";
    /** A key as kiosk.properties writes them; anything else is not echoed (it may be a PIN or a pasted text). */
    private static final Pattern PLAIN_KEY = Pattern.compile("^[a-z][a-z.]{0,59}$");
    private static final Pattern SIZE = Pattern.compile("^(\\d{3,5})\\s*[xX×]\\s*(\\d{3,5})$");

    /** The settings, and every line that was wrong. */
    public record Result(KioskSettings settings, List<Problem> problems, String source) {
    }

    /** What one key accepts, how it reads a value into the settings, and how to describe it. */
    private record Key(String name, Wording allowed, BiFunction<KioskSettings, Value, KioskSettings> apply) {
    }

    private record Value(String text, Path folder) {
    }

    private static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        key("content.dir", Wording.of("setting.allowed.content.dir"),
                (s, v) -> s.withContentDir(v.text().isEmpty() ? null : v.folder().resolve(v.text()).normalize()));
        key("language.default", Wording.of("setting.allowed.language.default"),
                (s, v) -> {
                    if (!v.text().isEmpty() && !v.text().matches("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")) {
                        throw new IllegalArgumentException();
                    }
                    return s.withLanguage(v.text().isEmpty() ? null : v.text());
                });
        key("window.mode", Wording.of("setting.allowed.window.mode"), (s, v) -> switch (v.text()
                .toLowerCase(Locale.ROOT)) {
            case "fullscreen" -> s.withFullScreen(true);
            case "windowed" -> s.withFullScreen(false);
            default -> throw new IllegalArgumentException();
        });
        key("window.size", Wording.of("setting.allowed.window.size"), (s, v) -> {
            int[] size = parseSize(v.text()).orElseThrow(IllegalArgumentException::new);
            return s.withSize(size[0], size[1]);
        });
        key("idle.timeout.seconds", Wording.of("setting.allowed.idle.timeout.seconds"), (s, v) -> {
            int seconds = Integer.parseInt(v.text());
            if (seconds < 10 || seconds > 3600) {
                throw new IllegalArgumentException();
            }
            return s.withIdleTimeout(Duration.ofSeconds(seconds));
        });
        key("start.screen", Wording.of("setting.allowed.start.screen", names(ScreenName.values())), (s, v) ->
                s.withStartScreen(ScreenName.valueOf(v.text().toUpperCase(Locale.ROOT))));
        key("theme", Wording.of("setting.allowed.theme"), (s, v) ->
                s.withTheme(KioskSettings.Theme.valueOf(v.text().toUpperCase(Locale.ROOT).replace('-', '_'))));
        key("reach.default", Wording.of("setting.allowed.reach.default"), (s, v) ->
                s.withReach(parseBoolean(v.text())));
        key("content.watch", Wording.of("setting.allowed.content.watch"), (s, v) ->
                s.withOperations(s.operations().withContentWatch(parseBoolean(v.text()))));
        key("attract.story", Wording.of("setting.allowed.attract.story"), (s, v) ->
                s.withOperations(s.operations().withAttractStory(parseBoolean(v.text()))));
        key("staff.pin", Wording.of("setting.allowed.staff.pin"),
                (s, v) -> s.withOperations(s.operations().withStaffPin(v.text().isEmpty() ? null
                        : PinHash.parse(v.text()))));
        key("analytics.dir", Wording.of("setting.allowed.analytics.dir"),
                (s, v) -> s.withOperations(s.operations().withAnalyticsDir(folder(v))));
        key("analytics.max.mb", Wording.of("setting.allowed.analytics.max.mb"), (s, v) -> {
            long mb = Long.parseLong(v.text());
            if (mb < 1 || mb > 100_000) {
                throw new IllegalArgumentException();
            }
            return s.withOperations(s.operations().withAnalyticsMaxBytes(mb * KioskSettings.Operations.MEGABYTE));
        });
        key("pictures.cache.mb", Wording.of("setting.allowed.pictures.cache.mb"), (s, v) -> {
            long mb = Long.parseLong(v.text());
            if (mb < 8 || mb > 4096) {
                throw new IllegalArgumentException();
            }
            return s.withOperations(s.operations().withPicturesCacheBytes(mb * KioskSettings.Operations.MEGABYTE));
        });
        key("staff.language", Wording.of("setting.allowed.staff.language",
                        KioskSettings.Operations.STAFF_LANGUAGES), (s, v) -> {
                    if (!v.text().isEmpty() && !KioskSettings.Operations.STAFF_LANGUAGES.contains(v.text())) {
                        throw new IllegalArgumentException();
                    }
                    return s.withOperations(s.operations().withStaffLanguage(v.text().isEmpty() ? null : v.text()));
                });
        key("logs.dir", Wording.of("setting.allowed.logs.dir"),
                (s, v) -> s.withOperations(s.operations().withLogsDir(folder(v))));
        key("map.file", Wording.of("setting.allowed.map.file"),
                (s, v) -> s.withMapFile(v.text().isEmpty() ? null : v.folder().resolve(v.text()).normalize()));
    }

    private SettingsFile() {
    }

    private static void key(String name, Wording allowed, BiFunction<KioskSettings, Value, KioskSettings> apply) {
        KEYS.put(name, new Key(name, allowed, apply));
    }

    private static Path folder(Value v) {
        return v.text().isEmpty() ? null : v.folder().resolve(v.text()).normalize();
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException();
        };
    }

    private static List<String> names(ScreenName[] screens) {
        return Arrays.stream(screens).map(ScreenName::id).toList();
    }

    /** WIDTHxHEIGHT, each between 320 and 16384. */
    public static Optional<int[]> parseSize(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        return w >= 320 && h >= 320 && w <= 16384 && h <= 16384 ? Optional.of(new int[] {w, h}) : Optional.empty();
    }

    /** The settings at {@code file}; when it does not exist, the defaults shipped with the kiosk. */
    public static Result read(Path file) {
        if (file != null && Files.isRegularFile(file)) {
            try {
                long size = Files.size(file);
                if (size > Limits.SETTINGS_FILE_BYTES) {
                    Problem problem = Problem.worded(Severity.ERROR, file.toString(), 0, 0, "", null,
                            Wording.of("setting.too.big", Limits.megabytes(size),
                                    Limits.megabytes(Limits.SETTINGS_FILE_BYTES)), Wording.of("setting.too.big.fix"));
                    return new Result(KioskSettings.DEFAULTS, List.of(problem), file.toString());
                }
                Utf8Text.Decoded text = Utf8Text.decode(Files.readAllBytes(file));
                Path folder = file.toAbsolutePath().getParent();
                if (!text.ok()) {
                    // the lines before the first wrong byte still count; the rest are left at their defaults
                    Result before = parse(validPart(Files.readAllBytes(file), text.line()), file.toString(), folder);
                    List<Problem> problems = new ArrayList<>(before.problems());
                    problems.add(Problem.worded(Severity.ERROR, file.toString(), text.line(), text.column(), "",
                            null, Wording.of("setting.not.utf8", text.says()), Wording.of("file.utf8.fix")));
                    return new Result(before.settings(), List.copyOf(problems), file.toString());
                }
                return parse(text.text(), file.toString(), folder);
            } catch (IOException e) {
                Problem problem = Problem.worded(Severity.ERROR, file.toString(), 0, 0, "", null,
                        Wording.of("setting.unreadable", String.valueOf(e.getMessage())),
                        Wording.of("setting.unreadable.fix"));
                return new Result(KioskSettings.DEFAULTS, List.of(problem), file.toString());
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (file != null && !file.equals(DEFAULT_LOCATION)) {
            problems.add(Problem.worded(Severity.ERROR, file.toString(), 0, 0, "", null,
                    Wording.of("setting.missing"), Wording.of("setting.missing.fix")));
        }
        Result bundled = bundled();
        problems.addAll(bundled.problems());
        return new Result(bundled.settings(), problems, bundled.source());
    }

    /** The lines before {@code badLine}, which decoded as UTF-8. */
    private static String validPart(byte[] bytes, int badLine) {
        int end = 0;
        for (int line = 1; line < badLine; end++) {
            if (bytes[end] == '\n') {
                line++;
            }
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static Result bundled() {
        try (InputStream in = SettingsFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return new Result(KioskSettings.DEFAULTS, List.of(), "built-in defaults");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled kiosk.properties",
                    Path.of("").toAbsolutePath());
        } catch (IOException e) {
            return new Result(KioskSettings.DEFAULTS, List.of(), "built-in defaults");
        }
    }

    /** Parses settings text; {@code folder} is where relative paths start. */
    public static Result parse(String text, String fileName, Path folder) {
        KioskSettings settings = KioskSettings.DEFAULTS;
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        // beyond the first problems only counted: naming each of 200,000 garbage lines took seconds at every start
        int[] unlisted = new int[3];
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            Line split = Line.of(lines[i]);
            if (split == null) {
                if (!listed(problems, unlisted, lineNo, true)) {
                    continue;
                }
                // never quote the line: it may be a PIN typed without its key
                problems.add(Problem.worded(Severity.ERROR, fileName, lineNo, 1, "", null,
                        Wording.of("setting.not.key.value"), Wording.of("setting.not.key.value.fix")));
                continue;
            }
            String name = split.key();
            String value = split.value();
            Key key = KEYS.get(name);
            if (key == null) {
                if (!listed(problems, unlisted, lineNo, true)) {
                    continue;
                }
                Wording fix = Suggestions.closest(name, KEYS.keySet()).map(s -> Wording.of("did.you.mean", s))
                        .orElse(Wording.of("setting.known", String.join(", ", KEYS.keySet())));
                boolean plain = PLAIN_KEY.matcher(name).matches();
                problems.add(Problem.worded(Severity.ERROR, fileName, lineNo, 1, plain ? name : "", null,
                        plain ? Wording.of("setting.unknown", name) : Wording.of("setting.unknown.hidden"), fix));
                continue;
            }
            Integer earlier = seen.put(name, lineNo);
            if (earlier != null && listed(problems, unlisted, lineNo, false)) {
                problems.add(Problem.worded(Severity.WARNING, fileName, lineNo, 1, name, null,
                        Wording.of("setting.twice", name, earlier), Wording.of("setting.twice.fix")));
            }
            try {
                settings = key.apply().apply(settings, new Value(value, folder));
            } catch (RuntimeException e) {
                if (!listed(problems, unlisted, lineNo, true)) {
                    continue;
                }
                // a PIN typed here by mistake must not end up in logs and --validate output
                Object shown = name.equals("staff.pin") ? Wording.of("setting.this.value")
                        : "\"" + shortened(value) + "\"";
                Object why = e instanceof PinHash.Refused refused ? Wording.of("setting.because", refused.says()) : "";
                problems.add(Problem.worded(Severity.ERROR, fileName, lineNo, split.valueColumn(), name, null,
                        Wording.of("setting.not.allowed", shown, name, why, defaultText(name)),
                        Wording.of("setting.write", key.allowed())));
            }
        }
        if (unlisted[0] + unlisted[1] > 0) {
            problems.add(Problem.worded(unlisted[0] > 0 ? Severity.ERROR : Severity.WARNING, fileName, unlisted[2],
                    1, "", null, Wording.of("problems.unlisted", unlisted[0] + unlisted[1], unlisted[0],
                            unlisted[1]), Wording.of("problems.unlisted.fix")));
        }
        return new Result(settings, List.copyOf(problems), fileName);
    }

    /**
     * Whether a problem on {@code line} is still listed; if not, it is counted in {@code unlisted} (errors,
     * warnings, the first such line).
     */
    private static boolean listed(List<Problem> problems, int[] unlisted, int line, boolean error) {
        if (problems.size() < Limits.PROBLEMS_LISTED) {
            return true;
        }
        if (unlisted[0] + unlisted[1] == 0) {
            unlisted[2] = line;
        }
        unlisted[error ? 0 : 1]++;
        return false;
    }

    /**
     * One {@code key=value} line as java.util.Properties reads it: the key ends at the first =, : or blank, and
     * blanks around the separator and at the end are dropped. One pass over the line, however long its blanks.
     *
     * @param valueColumn the 1-based column where the value starts
     */
    private record Line(String key, String value, int valueColumn) {
        static Line of(String line) {
            int n = line.length();
            int start = 0;
            while (start < n && Character.isWhitespace(line.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && "=:".indexOf(line.charAt(end)) < 0 && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            if (end == start) {
                return null;
            }
            int value = end;
            while (value < n && Character.isWhitespace(line.charAt(value))) {
                value++;
            }
            if (value < n && "=:".indexOf(line.charAt(value)) >= 0) {
                value++;
                while (value < n && Character.isWhitespace(line.charAt(value))) {
                    value++;
                }
            }
            return new Line(line.substring(start, end), line.substring(value).strip(), value + 1);
        }
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    private static Object defaultText(String key) {
        KioskSettings d = KioskSettings.DEFAULTS;
        return switch (key) {
            case "window.mode" -> "fullscreen";
            case "window.size" -> d.width() + "x" + d.height();
            case "idle.timeout.seconds" -> String.valueOf(d.idleTimeout().toSeconds());
            case "start.screen" -> d.startScreen().id();
            case "theme" -> d.theme().id();
            case "reach.default" -> String.valueOf(d.reach());
            case "content.watch" -> String.valueOf(d.operations().contentWatch());
            case "attract.story" -> String.valueOf(d.operations().attractStory());
            case "analytics.max.mb" -> String.valueOf(d.operations().analyticsMaxBytes()
                    / KioskSettings.Operations.MEGABYTE);
            case "pictures.cache.mb" -> String.valueOf(d.operations().picturesCacheBytes()
                    / KioskSettings.Operations.MEGABYTE);
            default -> Wording.of("setting.empty");
        };
    }

    /** Settings that only make sense against the content: the language must be one the content offers. */
    public static List<Problem> checkAgainst(Result result, Exhibition exhibition) {
        String language = result.settings().language();
        if (language == null || exhibition.offers(language)) {
            return List.of();
        }
        int line = lineOf(result, "language.default");
        return List.of(Problem.worded(Severity.ERROR, result.source(), line, 1, "language.default", null,
                Wording.of("setting.language.not.offered", language, exhibition.defaultLanguage()),
                Wording.of("setting.language.fix", String.join(", ", exhibition.languageCodes()))));
    }

    private static int lineOf(Result result, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(result.source()), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the source is not a file (bundled defaults or a command-line option): no line to point at
        }
        return 0;
    }
}
