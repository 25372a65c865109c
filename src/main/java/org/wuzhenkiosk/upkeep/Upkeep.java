package org.wuzhenkiosk.upkeep;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.RotateEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.SwipeEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.wuzhenkiosk.app.ContentState;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskServices;
import org.wuzhenkiosk.app.KioskShell;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.StoryStop;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.NarrationEvent;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.upkeep.analytics.Analytics;
import org.wuzhenkiosk.upkeep.staff.PinLock;
import org.wuzhenkiosk.upkeep.staff.PinPad;
import org.wuzhenkiosk.upkeep.staff.StaffGesture;
import org.wuzhenkiosk.upkeep.staff.StaffPanel;

/**
 * Everything that lets the kiosk run all day alone, layered over the shell: the idle question and reset, the
 * attract loop, staff mode, live content reload, visitor statistics and lockdown. One ticker drives the timers,
 * so tests move an injected clock and call {@link #tick()} instead of waiting.
 */
public final class Upkeep {

    private static final System.Logger LOG = System.getLogger(Upkeep.class.getName());
    private static final Duration TICK = Duration.millis(250);
    /** How long the way out stays on screen after a tap in the staff corner, while no staff PIN is set. */
    static final long EXIT_HINT_SECONDS = 10;
    static final String NO_PIN_HINT = "no staff.pin is set, so anyone can leave kiosk mode: tap the top-left corner "
            + "five times, then Exit twice; set staff.pin (java -jar wuzhen-kiosk.jar --hash-pin) to lock it";

    private final KioskSettings settings;
    private final KioskShell shell;
    private final KioskContext context;
    private final ContentState state;
    private final KioskServices services;
    private final StackPane layers = new StackPane();
    private final IdleTimer idle;
    private final IdleOverlay idleOverlay;
    private final AttractLoop attract;
    private final Analytics analytics;
    private final VisitTracker tracker;
    private final PinPad pinPad;
    private final StaffPanel staffPanel;
    private final StaffGesture gesture;
    private final Label exitHint = new Label();
    private Instant exitHintUntil;
    private final ContentWatcher watcher;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private Runnable exit = Platform::exit;
    private IntConsumer terminate = System::exit;
    private Lockdown lockdown;
    /** The narrations playing now: while one plays, the visitor listening is not asked "Still there?". */
    private final List<ObservableBooleanValue> narrations = new ArrayList<>();

    public Upkeep(KioskSettings settings, KioskShell shell, KioskContext context, ContentState state,
                      KioskServices services, ImageCache images) {
        this.settings = settings;
        this.shell = shell;
        this.context = context;
        this.state = state;
        this.services = services;
        Clock clock = services.clock();
        KioskSettings.Operations ops = settings.operations();
        idle = new IdleTimer(clock, settings.idleTimeout(), IdleTimer.COUNTDOWN);
        attract = new AttractLoop(context.i18n(), services.frames(), settings.operations().attractStory(), images);
        idleOverlay = new IdleOverlay(idle, context.i18n());
        analytics = Analytics.to(ops.analyticsDir(), ops.analyticsMaxBytes(), clock);
        tracker = new VisitTracker(analytics, idle, context.navigator(), context.i18n(), clock);
        Path watched = ops.contentWatch() ? state.configuredFolder() : null;
        watcher = watched == null ? null
                : new ContentWatcher(watched, clock, ContentWatcher.QUIET, this::reloadContent);
        pinPad = new PinPad(ops.staffPin(), new PinLock(clock), services.tasks(), context.i18n(), this::showStaffPanel,
                this::closeStaff, () -> exit.run());
        staffPanel = new StaffPanel(state, context.i18n(), ops.staffLanguageOrSystem(), analytics, services.tasks(),
                clock, watcher != null, ops.logsDir(), this::reloadContent, this::closeStaff, () -> exit.run());
        gesture = new StaffGesture(clock, this::openPinPad, this::showExitHint);
        exitHint.setId("exit-hint");
        exitHint.getStyleClass().add("exit-hint");
        exitHint.textProperty().bind(context.i18n().text("staff.exit.hint"));
        exitHint.setWrapText(true);
        exitHint.setMouseTransparent(true); // the taps that follow reach the corner below
        StackPane.setAlignment(exitHint, Pos.TOP_LEFT);

        layers.setId("kiosk-layers");
        Units.stylesheet(layers, Upkeep.class, "upkeep.css");
        layers.getChildren().addAll(shell, staffPanel, pinPad, attract, idleOverlay, exitHint);
        for (Node layer : List.of(staffPanel, pinPad, attract, idleOverlay, exitHint)) {
            hide(layer);
        }
        pinPad.setFocusTraversable(true);
        ticker.setCycleCount(Animation.INDEFINITE);

        for (EventType<? extends Event> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED,
                TouchEvent.ANY, ScrollEvent.ANY, ZoomEvent.ANY, RotateEvent.ANY, SwipeEvent.ANY,
                KeyEvent.KEY_PRESSED)) {
            layers.addEventFilter(type, e -> idle.touched());
        }
        layers.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!staffPanel.isVisible() && !pinPad.isVisible()) {
                Point2D p = layers.sceneToLocal(e.getSceneX(), e.getSceneY());
                double unit = Units.of(layers).unit(); // the corner is as large on a 4K panel as on a laptop
                gesture.pressed(p.getX() / unit, p.getY() / unit);
            }
        });
        idle.phaseProperty().addListener((obs, old, now) -> phaseChanged(old, now));
        layers.addEventHandler(NarrationEvent.STARTED, e -> narrations.add(e.playing()));
    }

    private void phaseChanged(IdleTimer.Phase old, IdleTimer.Phase now) {
        switch (now) {
            case ASKING -> show(idleOverlay);
            case IN_USE -> {
                hide(idleOverlay);
                if (old == IdleTimer.Phase.ATTRACT) {
                    CaseStudy touched = attract.caseShown();
                    StoryStop stop = attract.stopShown();
                    attract.stop();
                    hide(attract); // the touch that ended it lands on the attract layer, not on a door below
                    if (touched != null) {
                        context.navigator().show(ScreenName.CASES, touched.id()); // the project that drew them in
                    } else if (stop != null) {
                        context.navigator().show(ScreenName.STORY, stop.id()); // the tour, at the stop on show
                    }
                }
            }
            case ATTRACT -> {
                if (old == IdleTimer.Phase.ASKING) {
                    tracker.endVisit("idle");
                    LOG.log(Level.INFO, "nobody answered \"Still there?\"; the kiosk resets");
                }
                resetKiosk();
                attract.start(context.currentContent(), resetLanguage());
                show(attract);
            }
            default -> hide(idleOverlay);
        }
    }

    /**
     * Closes every overlay and returns each screen to its start, on the start screen in the reset language, in
     * reach mode or not as the settings say.
     */
    public void resetKiosk() {
        hide(idleOverlay);
        pinPad.clear();
        hide(pinPad);
        hide(staffPanel);
        shell.resetAll(resetLanguage());
        // reach as the kiosk is set up for, whichever way the last visitor switched it
        shell.setReach(settings.reach());
        // the next visitor starts with normal text, whatever size the last one chose
        Units.of(shell).setTextScale(1);
        tracker.resume();
    }

    /** The language after a reset: the configured one when the content offers it, else the content's default. */
    String resetLanguage() {
        Content content = context.currentContent();
        String configured = settings.language();
        return configured != null && content.exhibition().offers(configured) ? configured
                : content.exhibition().defaultLanguage();
    }

    /** After a crash: log already written; home, a fresh visit. */
    public void recoverFromError() {
        tracker.endVisit("error");
        attract.stop();
        hide(attract);
        resetKiosk();
        idle.restart();
    }

    /** Reads the content folder again (off the FX thread) and shows it only when it is clean. */
    public void reloadContent() {
        Path folder = state.folderToReload();
        services.tasks().submit("reloading the content from " + folder,
                () -> ContentLoader.load(folder, services.playback()),
                result -> applyContent(folder, result),
                e -> applyContent(folder, new ContentLoader.Result(null, List.of(Problem.worded(
                        Problem.Severity.ERROR, folder.toString(), 0, 0, "", null,
                        Wording.of("content.reload.failed", String.valueOf(e)),
                        Wording.of("content.reload.failed.fix"))))));
    }

    private void applyContent(Path folder, ContentLoader.Result result) {
        List<Problem> problems = state.apply(folder, result);
        long errors = problems.stream().filter(Problem::isError).count();
        if (result.ok()) {
            LOG.log(Level.INFO, "content reloaded from " + folder + " (" + (problems.size() - errors)
                    + " warnings)");
        } else {
            LOG.log(Level.WARNING, "the edited content in " + folder + " has " + errors + " error(s); the kiosk "
                    + "keeps showing what it showed:\n  " + String.join("\n  ",
                    problems.stream().filter(Problem::isError).map(Problem::toString).toList()));
        }
    }

    /** While no staff PIN is set, a tap in the staff corner in kiosk mode shows how to leave. */
    private void showExitHint() {
        if (settings.operations().staffPin() == null && settings.fullScreen()) {
            exitHintUntil = services.clock().instant().plusSeconds(EXIT_HINT_SECONDS);
            show(exitHint);
        }
    }

    private void openPinPad() {
        hide(exitHint);
        LOG.log(Level.INFO, "staff gesture: PIN pad opened");
        pinPad.clear();
        show(pinPad);
        pinPad.requestFocus();
    }

    private void showStaffPanel() {
        LOG.log(Level.INFO, "staff panel opened");
        hide(pinPad);
        tracker.pause();
        staffPanel.open();
        show(staffPanel);
    }

    private void closeStaff() {
        hide(pinPad);
        hide(staffPanel);
    }

    private static void show(Node layer) {
        layer.setVisible(true);
        layer.setManaged(true);
    }

    private static void hide(Node layer) {
        layer.setVisible(false);
        layer.setManaged(false);
    }

    /** Moves the timers on; the kiosk's ticker calls it four times a second, tests after moving their clock. */
    public void tick() {
        narrations.removeIf(playing -> !playing.get());
        idle.setHeld(!narrations.isEmpty());
        idle.tick();
        if (exitHint.isVisible() && !services.clock().instant().isBefore(exitHintUntil)) {
            hide(exitHint);
        }
        if (watcher != null) {
            watcher.tick();
        }
        if (pinPad.isVisible()) {
            pinPad.refresh();
        }
        if (lockdown != null) {
            lockdown.tick();
        }
    }

    /** Starts the ticker and the content watcher. */
    public void start() {
        ticker.play();
        if (watcher != null) {
            watcher.start();
        }
    }

    /**
     * Puts the kiosk into its window: kiosk mode locks the window down, presenter mode leaves it alone.
     * {@code exit} is how the staff panel ends the application.
     */
    public void attach(Stage stage, Scene scene, Runnable exitApplication) {
        this.exit = () -> {
            LOG.log(Level.INFO, "staff exit from the staff panel");
            stop();
            exitApplication.run();
        };
        detach();
        if (settings.fullScreen()) {
            lockdown = Lockdown.install(stage, scene, services.clock(), this::windowLost);
            if (settings.operations().staffPin() == null) {
                LOG.log(Level.WARNING, NO_PIN_HINT);
            }
        }
    }

    /** The kiosk's window cannot be brought back: the visit ends whole and the service starts a fresh kiosk. */
    private void windowLost() {
        tracker.endVisit("error");
        stop();
        terminate.accept(Lockdown.WINDOW_LOST_EXIT);
    }

    /** How the process ends when its window is lost; tests record the exit code instead. */
    void terminateWith(IntConsumer halt) {
        this.terminate = halt;
    }

    /** Undoes {@link #attach}'s lockdown, leaving the window as it was: a test stage hosts one kiosk after another. */
    public void detach() {
        if (lockdown != null) {
            lockdown.uninstall();
            lockdown = null;
        }
    }

    public void stop() {
        ticker.stop();
        attract.stop();
        if (watcher != null) {
            watcher.close();
        }
        services.tasks().shutdown();
    }

    /** The layers (shell below, overlays above) that the window shows, scaled. */
    public Region layers() {
        return layers;
    }

    public IdleTimer idle() {
        return idle;
    }

    public Analytics analytics() {
        return analytics;
    }

    /** The content watcher, or null when live reload is off or the bundled content is shown by design. */
    public ContentWatcher watcher() {
        return watcher;
    }

    AttractLoop attract() {
        return attract;
    }

    VisitTracker tracker() {
        return tracker;
    }
}
