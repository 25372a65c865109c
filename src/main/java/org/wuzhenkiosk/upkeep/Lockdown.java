package org.wuzhenkiosk.upkeep;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Kiosk mode's guard: a visitor cannot leave or break the app. Keys that leave full screen or close the window,
 * close requests, context and long-press menus and text selection are neutralised, and full screen comes back
 * if anything takes it away. When the window loses the front (another desktop, "show desktop", another program)
 * or is resized from outside, it takes full screen and the front back; if it has not got the front back after
 * {@link #GIVE_UP} (its window destroyed by another program, say), {@code windowLost} runs, and the kiosk ends
 * with {@link #WINDOW_LOST_EXIT} for its service to start it again. Presenter mode (windowed) never installs it.
 * Staff leave through the staff panel. {@link #uninstall()} gives the stage back as it was, so that one stage can
 * host one kiosk after the other.
 */
public final class Lockdown {

    /** The exit code of a kiosk whose window could not be brought back: not 0, so its service restarts it. */
    public static final int WINDOW_LOST_EXIT = 3;
    /** How long the window may stay without the front, asking for it back every {@link #RETRY}, before it ends. */
    static final Duration GIVE_UP = Duration.ofSeconds(5);
    static final Duration RETRY = Duration.ofSeconds(1);
    /** After this long without the front the window is opened anew, on the desktop on show now. */
    static final Duration REOPEN = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(Lockdown.class.getName());

    private final Stage stage;
    private final Scene scene;
    private final String exitHint;
    private final KeyCombination exitKeys;
    private final EventHandler<WindowEvent> closeHandler;
    private final Map<TextInputControl, ChangeListener<IndexRange>> guardedInputs = new HashMap<>();
    private final EventHandler<KeyEvent> keyFilter = e -> {
        if (blocks(e)) {
            e.consume();
        }
    };
    private final EventHandler<ContextMenuEvent> menuFilter = Event::consume;
    private final ChangeListener<Node> guardFocused = (obs, old, now) -> {
        if (now instanceof TextInputControl input && !guardedInputs.containsKey(input)) {
            ChangeListener<IndexRange> deselect = (o, was, range) -> {
                if (range.getLength() > 0) {
                    Platform.runLater(input::deselect);
                }
            };
            guardedInputs.put(input, deselect);
            input.selectionProperty().addListener(deselect);
        }
    };
    private final ChangeListener<Boolean> restoreFullScreen = (obs, was, now) -> {
        if (!now) {
            LOG.log(Level.INFO, "full screen was left; restoring it");
            Platform.runLater(this::fullScreenAgain);
        }
    };
    private final ChangeListener<Boolean> restoreWindow = (obs, was, now) -> {
        if (now) {
            Platform.runLater(this::deiconifyAgain);
        }
    };
    private final ChangeListener<Boolean> watchFront = (obs, was, now) -> frontChanged(now);
    private final ChangeListener<Number> watchSize = (obs, was, now) -> Platform.runLater(this::fullSizeAgain);
    private final Clock clock;
    private final Runnable windowLost;
    private boolean installed;
    private boolean hadFront;
    private Instant frontLostAt;
    private Instant lastAsked;
    private boolean reopened;
    private boolean implicitExit;

    private Lockdown(Stage stage, Scene scene, Clock clock, Runnable windowLost) {
        this.stage = stage;
        this.scene = scene;
        this.clock = clock;
        this.windowLost = windowLost;
        this.exitHint = stage.getFullScreenExitHint();
        this.exitKeys = stage.getFullScreenExitKeyCombination();
        this.closeHandler = stage.getOnCloseRequest();
    }

    /** True for the keys a visitor could use to leave: Esc, F11, Alt+F4, Alt+Space, Ctrl+W, Ctrl+Q, menu key. */
    public static boolean blocks(KeyEvent e) {
        KeyCode code = e.getCode();
        return code == KeyCode.ESCAPE || code == KeyCode.F11 || code == KeyCode.CONTEXT_MENU
                || code == KeyCode.WINDOWS || code == KeyCode.COMMAND
                || (e.isAltDown() && (code == KeyCode.F4 || code == KeyCode.SPACE || code == KeyCode.TAB))
                || (e.isShortcutDown() && (code == KeyCode.W || code == KeyCode.Q));
    }

    /**
     * Locks {@code stage} showing {@code scene} down until {@link #uninstall()}; {@code windowLost} runs when the
     * window stayed without the front for {@link #GIVE_UP} ({@link #tick()} measures on {@code clock}).
     */
    public static Lockdown install(Stage stage, Scene scene, Clock clock, Runnable windowLost) {
        Lockdown lockdown = new Lockdown(stage, scene, clock, windowLost);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(Event::consume); // Alt+F4 and the window manager's close end up here
        scene.addEventFilter(KeyEvent.ANY, lockdown.keyFilter);
        // right click, and press-and-hold on a touchscreen, ask for a context menu
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, lockdown.menuFilter);
        scene.focusOwnerProperty().addListener(lockdown.guardFocused);
        stage.fullScreenProperty().addListener(lockdown.restoreFullScreen);
        stage.iconifiedProperty().addListener(lockdown.restoreWindow);
        stage.focusedProperty().addListener(lockdown.watchFront);
        stage.widthProperty().addListener(lockdown.watchSize);
        stage.heightProperty().addListener(lockdown.watchSize);
        lockdown.hadFront = stage.isFocused();
        // the window may be closed and opened again (below): that must not end the program
        lockdown.implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        lockdown.installed = true;
        return lockdown;
    }

    /** Takes every guard away and gives the stage its exit hint, exit keys and close handler back. */
    public void uninstall() {
        if (!installed) {
            return;
        }
        installed = false;
        stage.heightProperty().removeListener(watchSize);
        stage.widthProperty().removeListener(watchSize);
        stage.focusedProperty().removeListener(watchFront);
        stage.fullScreenProperty().removeListener(restoreFullScreen);
        stage.iconifiedProperty().removeListener(restoreWindow);
        scene.focusOwnerProperty().removeListener(guardFocused);
        guardedInputs.forEach((input, deselect) -> input.selectionProperty().removeListener(deselect));
        guardedInputs.clear();
        scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, menuFilter);
        scene.removeEventFilter(KeyEvent.ANY, keyFilter);
        Platform.setImplicitExit(implicitExit);
        stage.setOnCloseRequest(closeHandler);
        stage.setFullScreenExitKeyCombination(exitKeys);
        stage.setFullScreenExitHint(exitHint);
    }

    private void fullScreenAgain() {
        if (installed) {
            stage.setFullScreen(true);
        }
    }

    private void deiconifyAgain() {
        if (installed) {
            stage.setIconified(false);
        }
    }

    private void frontChanged(boolean front) {
        if (front) {
            hadFront = true; // a loss ends at the next tick that finds the front still here
        } else if (installed && hadFront && stage.isShowing()) {
            // only a window that once had the front can lose it: under no window manager there may be no front
            if (frontLostAt == null) {
                LOG.log(Level.WARNING, "the kiosk window lost the front (another desktop, \"show desktop\" or "
                        + "another program); taking it back");
                frontLostAt = clock.instant();
                lastAsked = frontLostAt;
                reopened = false;
            }
            Platform.runLater(this::takeFront);
        }
    }

    /** Asks for full screen and the front: the window manager raises the window, or switches to its desktop. */
    private void takeFront() {
        if (!installed) {
            return;
        }
        lastAsked = clock.instant();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (!stage.isFullScreen()) {
            stage.setFullScreen(true);
        }
    }

    /** A window made smaller (or moved) from outside while it is meant to fill the screen gets the screen back. */
    private void fullSizeAgain() {
        if (!installed || !stage.isShowing()) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), Math.max(1, stage.getWidth()),
                Math.max(1, stage.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getBounds();
        if (stage.getWidth() < screen.getWidth() || stage.getHeight() < screen.getHeight()) {
            LOG.log(Level.INFO, "the kiosk window was resized to " + Math.round(stage.getWidth()) + "x"
                    + Math.round(stage.getHeight()) + " from outside; filling the screen again");
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            if (!stage.isFullScreen()) {
                stage.setFullScreen(true);
            }
        }
    }

    /**
     * Asks for the front again every second while it is lost, and gives up after {@link #GIVE_UP}; a window that
     * another program keeps taking the front from counts as lost, as it is no use to visitors either.
     */
    public void tick() {
        if (!installed || frontLostAt == null) {
            return;
        }
        if (stage.isFocused()) {
            LOG.log(Level.INFO, "the kiosk window has the front again");
            frontLostAt = null;
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(frontLostAt.plus(GIVE_UP))) {
            LOG.log(Level.ERROR, "the kiosk window could not be brought back for " + GIVE_UP.toSeconds() + " s (was "
                    + "it closed by another program?); the kiosk ends with exit code " + WINDOW_LOST_EXIT
                    + " so that its service starts it again");
            frontLostAt = null;
            windowLost.run();
        } else if (!reopened && !now.isBefore(frontLostAt.plus(REOPEN))) {
            // a window on another desktop, or destroyed by another program, is not raised: a new one shows here
            LOG.log(Level.WARNING, "the kiosk window did not come back; opening it anew");
            reopened = true;
            lastAsked = now;
            stage.hide();
            stage.show();
            takeFront();
        } else if (!now.isBefore(lastAsked.plus(RETRY))) {
            takeFront();
        }
    }
}
