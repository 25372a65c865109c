package org.wuzhenkiosk;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.wuzhenkiosk.app.ContentState;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.KioskServices;
import org.wuzhenkiosk.app.KioskShell;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.DataFolder;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Playback;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.screen.cases.CasesScreen;
import org.wuzhenkiosk.screen.home.HomeScreen;
import org.wuzhenkiosk.screen.map.MapScreen;
import org.wuzhenkiosk.screen.story.StoryScreen;
import org.wuzhenkiosk.screen.timeline.TimelineScreen;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.theme.Theme;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.PlaybackProbe;
import org.wuzhenkiosk.ui.KioskRoot;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.upkeep.CrashGuard;
import org.wuzhenkiosk.upkeep.KioskLog;
import org.wuzhenkiosk.upkeep.Upkeep;

/** The composition root: settings, then content (validated, with fallback), then the screens in the shell. */
public final class KioskApp extends Application {

    /** The landscape design's size in design pixels (see {@link Units}). */
    public static final double DESIGN_WIDTH = 1920;
    public static final double DESIGN_HEIGHT = 1080;
    private static final System.Logger LOG = System.getLogger(KioskApp.class.getName());
    private static volatile Startup startup;

    /** What the command line decided before JavaFX starts. */
    public record Startup(KioskSettings settings, SettingsFile.Result settingsFile, List<Problem> optionProblems) {
    }

    /** The running kiosk's parts, for the stage and for tests. */
    public record Kiosk(KioskRoot root, KioskShell shell, I18n i18n, Navigator navigator, ContentState content,
                        String startLanguage, Upkeep upkeep) {
    }

    /** What this computer plays, asked of JavaFX once per kind of file when a content check first needs it. */
    public static Playback playback() {
        return new PlaybackProbe();
    }

    public static void launchWith(Startup how) {
        startup = how;
        Application.launch(KioskApp.class);
    }

    /** Builds the whole kiosk for {@code settings}; logs every problem, never fails on bad content. */
    public static Kiosk compose(KioskSettings settings, List<Problem> settingsProblems) {
        return compose(settings, settingsProblems, KioskServices.system());
    }

    /**
     * As above, with the clock, task runner and frame clock given (tests pass manual clocks and a same-thread
     * runner). The content is read on the calling thread, as the kiosk is returned built.
     */
    public static Kiosk compose(KioskSettings settings, List<Problem> settingsProblems, KioskServices services) {
        Kiosk[] built = new Kiosk[1];
        compose(settings, settingsProblems, services, TaskRunner.sameThread(), kiosk -> built[0] = kiosk, e -> {
            throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
        });
        return built[0];
    }

    /**
     * How the kiosk starts: reads the content on the services' task runner, as a reload does, then builds the
     * screens and hands the kiosk to {@code ready} on the FX thread ({@code failed} when it cannot start).
     */
    public static void compose(KioskSettings settings, List<Problem> settingsProblems, KioskServices services,
                               Consumer<Kiosk> ready, Consumer<Exception> failed) {
        compose(settings, settingsProblems, services, services.tasks(), ready, failed);
    }

    private static void compose(KioskSettings settings, List<Problem> settingsProblems, KioskServices services,
                                TaskRunner loader, Consumer<Kiosk> ready, Consumer<Exception> failed) {
        Fonts.load();
        settingsProblems.forEach(p -> LOG.log(Level.WARNING, "setting ignored: " + p));
        loader.submit("loading the content", () -> new Loaded(
                        ContentState.read(settings.contentDir(), services.playback()),
                        BasemapLoader.loadOrBundled(settings.mapFile(), settings.contentDir())),
                loaded -> {
                    Kiosk kiosk;
                    try {
                        kiosk = build(settings, services, loaded);
                    } catch (RuntimeException e) {
                        failed.accept(e);
                        return;
                    }
                    ready.accept(kiosk);
                }, failed);
    }

    /** What is read from disk before the screens can be built. */
    private record Loaded(ContentState.FirstLoad content, BasemapLoader.Choice basemap) {
    }

    private static Kiosk build(KioskSettings settings, KioskServices services, Loaded loaded) {
        ContentState state = ContentState.from(loaded.content());
        Content content = state.content();
        String language = settings.language();
        if (language == null || !content.exhibition().offers(language)) {
            if (language != null) {
                LOG.log(Level.WARNING, "language \"" + language + "\" is not offered by the content; using \""
                        + content.exhibition().defaultLanguage() + "\"");
            }
            language = content.exhibition().defaultLanguage();
        }
        I18n i18n = new I18n(language, content.exhibition().defaultLanguage());
        state.contentProperty().addListener((obs, old, now) ->
                i18n.setFallbackLanguage(now.exhibition().defaultLanguage()));
        // a tour to start in needs content that has one
        ScreenName start = settings.startScreen() == ScreenName.STORY && !content.hasStory() ? ScreenName.HOME
                : settings.startScreen();
        Navigator navigator = new Navigator(start);
        KioskContext context = new KioskContext(state.contentProperty(), i18n, navigator, services.frames());
        ImageCache images = ImageCache.ofBytes(settings.operations().picturesCacheBytes());
        Map<ScreenName, Supplier<? extends KioskScreen>> screens = new LinkedHashMap<>();
        screens.put(ScreenName.HOME, () -> new HomeScreen(context));
        screens.put(ScreenName.TIMELINE, () -> new TimelineScreen(context, images));
        screens.put(ScreenName.CASES, () -> new CasesScreen(context, images));
        screens.put(ScreenName.MAP, () -> new MapScreen(context, images, loaded.basemap()));
        screens.put(ScreenName.STORY, () -> new StoryScreen(context));
        KioskShell shell = new KioskShell(context, screens);
        shell.setReach(settings.reach());
        Upkeep upkeep = new Upkeep(settings, shell, context, state, services, images);
        KioskRoot root = new KioskRoot(upkeep.layers(), new Units());
        root.renderScaleProperty().addListener((obs, old, now) -> images.setRenderScale(now.doubleValue()));
        root.setId("kiosk-root");
        Fonts.useFor(root, language);
        i18n.languageProperty().addListener((obs, old, now) -> Fonts.useFor(root, now));
        return new Kiosk(root, shell, i18n, navigator, state, language, upkeep);
    }

    @Override
    public void start(Stage stage) {
        Startup how = startup != null ? startup
                : new Startup(KioskSettings.DEFAULTS, SettingsFile.read(DataFolder.settingsFile()), List.of());
        KioskSettings settings = how.settings();
        KioskLog.toFolder(settings.operations().logsDir());
        List<Problem> problems = new ArrayList<>(how.settingsFile().problems());
        problems.addAll(how.optionProblems());
        KioskServices services = KioskServices.system();
        // the window opens once the content is read
        compose(settings, problems, services, kiosk -> show(stage, settings, kiosk), e -> {
            LOG.log(Level.ERROR, "the kiosk cannot start: " + e, e);
            Platform.exit();
        });
    }

    private static void show(Stage stage, KioskSettings settings, Kiosk kiosk) {
        Scene scene = new Scene(kiosk.root(), settings.width(), settings.height());
        Theme.apply(scene, settings.theme());
        kiosk.shell().installKeys(scene);
        stage.setScene(scene);
        stage.setTitle(kiosk.i18n().get(kiosk.content().content().exhibition().title()));
        new CrashGuard(kiosk.upkeep()::recoverFromError, Clock.systemUTC()).install();
        kiosk.upkeep().attach(stage, scene, Platform::exit);
        if (settings.fullScreen()) {
            stage.setFullScreen(true);
        }
        stage.show();
        FirstFrame.report(scene, figures -> {
            LOG.log(Level.INFO, figures);
            buildInIdleTime(kiosk.shell());
        });
        kiosk.upkeep().start();
        LOG.log(Level.INFO, "Wuzhen Kiosk started: " + (settings.fullScreen() ? "full screen" : "windowed "
                + settings.width() + "x" + settings.height()) + ", language " + kiosk.startLanguage()
                + ", content " + kiosk.content().content().root().toUri()
                + (kiosk.content().showingFallback() ? " (fallback: the configured content has errors)" : "")
                + ", heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB (-Xmx)");
    }

    /** The screens not shown yet are built after the first frame, one at a time, so a first visit finds them ready. */
    private static void buildInIdleTime(KioskShell shell) {
        PauseTransition pause = new PauseTransition(Duration.seconds(1));
        pause.setOnFinished(e -> {
            if (shell.buildRemaining()) {
                pause.playFromStart();
            }
        });
        pause.play();
    }
}
