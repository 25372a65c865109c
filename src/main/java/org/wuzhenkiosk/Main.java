package org.wuzhenkiosk;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the kiosk, or checks content and settings with {@code --validate}. Not a JavaFX Application itself, so
 * that the single jar starts with plain {@code java -jar}.
 */
@Command(name = "wuzhen-kiosk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Offline touchscreen kiosk: a timeline, case cards and a world map of international "
                + "digital cooperation.",
        footer = {"", "Settings come from kiosk.properties in the working folder (or --config FILE); "
                + "options given here win.", "Exit codes of --validate: 0 no errors (warnings allowed), 1 errors."})
public final class Main implements Callable<Integer> {

    @Option(names = "--windowed", description = "Presenter mode: a normal, resizable window.")
    boolean windowed;

    @Option(names = "--fullscreen", description = "Kiosk mode: full screen, undecorated (the default).")
    boolean fullScreen;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size, e.g. 1920x1080.")
    String size;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder to show instead of the configured one.")
    Path content;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: ./kiosk.properties).")
    Path config;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language at start, e.g. zh or en.")
    String language;

    @Option(names = "--screen", paramLabel = "SCREEN", description = "Start screen: home, timeline, cases or map.",
            converter = ScreenConverter.class)
    ScreenName screen;

    @Option(names = "--validate", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "Check the content (DIR, or the configured content) and the settings, print every "
                    + "problem, open no window.")
    String validate;

    private final PrintWriter out;

    Main(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        CommandLine commandLine = new CommandLine(new Main(out)).setCaseInsensitiveEnumValuesAllowed(true);
        int code = commandLine.execute(args);
        if (code != 0 || isInformational(args)) {
            System.exit(code);
        }
    }

    private static boolean isInformational(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("--validate") || a.startsWith("--validate=")
                || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }

    @Override
    public Integer call() {
        SettingsFile.Result settingsResult = SettingsFile.read(config == null ? SettingsFile.DEFAULT_LOCATION : config);
        List<Problem> optionProblems = new ArrayList<>();
        KioskSettings settings = applyOptions(settingsResult.settings(), optionProblems);
        SettingsFile.Result effective = new SettingsFile.Result(settings, settingsResult.problems(),
                settingsResult.source());
        if (validate != null) {
            Path dir = validate.isEmpty() ? settings.contentDir() : Path.of(validate);
            return Validation.run(dir == null ? BundledContent.root() : dir, effective, optionProblems, out);
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
                problems.add(new Problem(Problem.Severity.ERROR, "command line", 0, 0, "--size",
                        "\"" + size + "\" is not a size; the configured size is used",
                        "write WIDTHxHEIGHT, e.g. --size 1920x1080"));
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

    /** --screen accepts home, timeline, cases or map in any case. */
    static final class ScreenConverter implements CommandLine.ITypeConverter<ScreenName> {
        @Override
        public ScreenName convert(String value) {
            try {
                return ScreenName.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a screen; use home, timeline, cases or map");
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
        return new CommandLine(new Main(out)).setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out).setErr(out).execute(args);
    }
}
