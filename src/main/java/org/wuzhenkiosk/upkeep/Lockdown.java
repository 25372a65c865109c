package org.wuzhenkiosk.upkeep;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Kiosk mode's guard: a visitor cannot leave or break the app. Keys that leave full screen or close the window,
 * close requests, context and long-press menus and text selection are neutralised, and full screen comes back
 * if anything takes it away. Presenter mode (windowed) never installs it. Staff leave through the staff panel.
 * {@link #uninstall()} gives the stage back as it was, so that one stage can host one kiosk after the other.
 */
public final class Lockdown {

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
    private boolean installed;

    private Lockdown(Stage stage, Scene scene) {
        this.stage = stage;
        this.scene = scene;
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

    /** Locks {@code stage} showing {@code scene} down until {@link #uninstall()}. */
    public static Lockdown install(Stage stage, Scene scene) {
        Lockdown lockdown = new Lockdown(stage, scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(Event::consume); // Alt+F4 and the window manager's close end up here
        scene.addEventFilter(KeyEvent.ANY, lockdown.keyFilter);
        // right click, and press-and-hold on a touchscreen, ask for a context menu
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, lockdown.menuFilter);
        scene.focusOwnerProperty().addListener(lockdown.guardFocused);
        stage.fullScreenProperty().addListener(lockdown.restoreFullScreen);
        stage.iconifiedProperty().addListener(lockdown.restoreWindow);
        lockdown.installed = true;
        return lockdown;
    }

    /** Takes every guard away and gives the stage its exit hint, exit keys and close handler back. */
    public void uninstall() {
        if (!installed) {
            return;
        }
        installed = false;
        stage.fullScreenProperty().removeListener(restoreFullScreen);
        stage.iconifiedProperty().removeListener(restoreWindow);
        scene.focusOwnerProperty().removeListener(guardFocused);
        guardedInputs.forEach((input, deselect) -> input.selectionProperty().removeListener(deselect));
        guardedInputs.clear();
        scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, menuFilter);
        scene.removeEventFilter(KeyEvent.ANY, keyFilter);
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
}
