package org.wuzhenkiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.config.DataFolder;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Playback;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Starts the kiosk, or checks content and settings with {@code --validate}. Not a JavaFX Application itself, so
 * that the single jar starts with plain {@code java -jar}.
 */
@Command(name = "wuzhen-kiosk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Offline touchscreen kiosk: a timeline, case cards and a world map of international "
                + "digital cooperation.",
        footer = {"", "Settings come from kiosk.properties in the working folder (or --config FILE; an installed "
                + "kiosk: in its data folder, see README); options given here win.",
                "Exit codes of --validate: 0 no errors (warnings allowed), 1 errors."})
public final class Main implements Callable<Integer> {

    @Option(names = "--windowed", description = "Presenter mode: a normal, resizable window.")
    boolean windowed;

    @Option(names = "--fullscreen", description = "Kiosk mode: full screen, undecorated (the default).")
    boolean fullScreen;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size, e.g. 1920x1080.")
    String size;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Content folder to show instead of the configured one.")
    Path content;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./kiosk.properties).")
    Path config;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language at start, e.g. zh or en.")
    String language;

    @Option(names = "--screen", paramLabel = "SCREEN",
            description = "Start screen: home, timeline, cases, map or story.", converter = ScreenConverter.class)
    ScreenName screen;

    @Option(names = "--validate", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "Check the content (DIR, or the configured content) and the settings, print every "
                    + "problem, open no window.")
    String validate;

    @Option(names = "--hash-pin", paramLabel = "PIN", arity = "0..1", fallbackValue = "",
            description = "Print the staff.pin line for kiosk.properties: a salted hash of PIN (4 to 12 digits). "
                    + "Without PIN it is read from the console (not shown) or from standard input.")
    String hashPin;

    @Option(names = "--export-analytics", paramLabel = "FILE.csv",
            description = "Write the visitor statistics (from analytics.dir) to FILE.csv for a spreadsheet.")
    Path exportAnalytics;

    @Option(names = "--export-content", arity = "2", paramLabel = "DIR FILE.xlsx",
            description = "Write the content in DIR as a workbook for Excel, LibreOffice or WPS (or, when the second "
                    + "name is a folder, as one CSV file per sheet).")
    List<Path> exportContent;

    @Option(names = "--import-content", arity = "2", paramLabel = "FILE.xlsx DIR",
            description = "Check the workbook (or folder of CSV files) with the media in DIR and, when it has no "
                    + "errors, write its content files into DIR.")
    List<Path> importContent;

    @Option(names = "--import-timelinejs", arity = "2", paramLabel = "FILE.json|FILE.csv DIR",
            description = "Turn a TimelineJS 3 timeline (JSON, or the Google Sheets template as CSV) into events in "
                    + "DIR, written in the language of --lang (default en); then check DIR.")
    List<Path> importTimelineJs;


    private final PrintWriter out;
    private final BufferedReader in;
    /** The terminal, when there is one, to read a PIN without showing it; null in tests and pipes. */
    private Console console;
    /** What this computer plays, for --validate; tests of the command line leave it at "everything". */
    private Playback playback = Playback.ANY;

    Main(PrintWriter out) {
        this(out, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
    }

    Main(PrintWriter out, BufferedReader in) {
        this.out = out;
        this.in = in;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        Main main = new Main(out);
        main.console = System.console();
        main.playback = KioskApp.playback();
        CommandLine commandLine = new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
        int code = commandLine.execute(args);
        if (code != 0 || isInformational(args)) {
            System.exit(code);
        }
    }

    private static boolean isInformational(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--validate") || a.startsWith("--validate=")
                || a.startsWith("--hash-pin") || a.startsWith("--export-analytics")
                || a.startsWith("--export-content") || a.startsWith("--import-content")
                || a.startsWith("--import-timelinejs")
                || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }

    @Override
    public Integer call() {
        SettingsFile.Result settingsResult = SettingsFile.read(config == null ? DataFolder.settingsFile() : config);
        List<Problem> optionProblems = new ArrayList<>();
        KioskSettings settings = applyOptions(settingsResult.settings(), optionProblems);
        SettingsFile.Result effective = new SettingsFile.Result(settings, settingsResult.problems(),
                settingsResult.source());
        if (hashPin != null) {
            return StaffCommands.hashPin(hashPin, in, console, settings.operations().staffLanguageOrSystem(), out);
        }
        if (exportAnalytics != null) {
            return StaffCommands.exportAnalytics(settings.operations().analyticsDir(), exportAnalytics,
                    settings.operations().staffLanguageOrSystem(), out);
        }
        if (exportContent != null) {
            return ExchangeCommands.exportContent(exportContent.get(0), exportContent.get(1),
                    settings.operations().staffLanguageOrSystem(), out);
        }
        if (importContent != null) {
            return ExchangeCommands.importContent(importContent.get(0), importContent.get(1),
                    settings.operations().staffLanguageOrSystem(), out);
        }
        if (importTimelineJs != null) {
            return ExchangeCommands.importTimelineJs(importTimelineJs.get(0), importTimelineJs.get(1),
                    language == null ? "en" : language, settings.operations().staffLanguageOrSystem(), out);
        }
        if (validate != null) {
            Path dir = validate.isEmpty() ? settings.contentDir() : Path.of(validate);
            return Validation.run(dir == null ? BundledContent.root() : dir, effective, optionProblems, playback,
                    out);
        }
        KioskApp.launchWith(new KioskApp.Startup(settings, effective, optionProblems));
        return 0;
    }

    private KioskSettings applyOptions(KioskSettings settings, List<Problem> problems) {
        KioskSettings result = settings;
        if (windowed) {
            result = result.withFullScreen(false);
        } else if (fullScreen) {
            result = result.withFullScreen(true);
        }
        if (size != null) {
            int[] wh = SettingsFile.parseSize(size).orElse(null);
            if (wh == null) {
                problems.add(Problem.worded(Problem.Severity.ERROR, "command line", 0, 0, "--size", null,
                        Wording.of("size.not", size), Wording.of("size.not.fix")));
            } else {
                result = result.withSize(wh[0], wh[1]);
            }
        }
        if (content != null) {
            result = result.withContentDir(content.toAbsolutePath().normalize());
        }
        if (language != null) {
            result = result.withLanguage(language);
        }
        if (screen != null) {
            result = result.withStartScreen(screen);
        }
        return result;
    }

    /** --screen accepts home, timeline, cases, map or story in any case. */
    static final class ScreenConverter implements CommandLine.ITypeConverter<ScreenName> {
        @Override
        public ScreenName convert(String value) {
            try {
                return ScreenName.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a screen; use home, timeline, cases, map or story");
            }
        }
    }

    /** The version from the jar's manifest or the Maven build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Wuzhen Kiosk " + (version == null ? BuildInfo.version() : version)};
        }
    }

    /** Used by tests to run the command line without exiting the JVM. */
    static int run(PrintWriter out, String... args) {
        return run(out, new BufferedReader(new StringReader("")), args);
    }

    /** As above, with what the user types on standard input. */
    static int run(PrintWriter out, BufferedReader in, String... args) {
        return new CommandLine(new Main(out, in)).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(out).execute(args);
    }
}
