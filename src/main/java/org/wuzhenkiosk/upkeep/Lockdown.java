package org.wuzhenkiosk.upkeep;

import java.lang.System.Logger.Level;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Kiosk mode's guard: a visitor cannot leave or break the app. Keys that leave full screen or close the window,
 * close requests, context and long-press menus and text selection are neutralised, and full screen comes back
 * if anything takes it away. Presenter mode (windowed) never installs it. Staff leave through the staff panel.
 */
public final class Lockdown {

    private static final System.Logger LOG = System.getLogger(Lockdown.class.getName());
    private static final String GUARDED = "kiosk.lockdown.guarded";

    private Lockdown() {
    }

    /** True for the keys a visitor could use to leave: Esc, F11, Alt+F4, Alt+Space, Ctrl+W, Ctrl+Q, menu key. */
    public static boolean blocks(KeyEvent e) {
        KeyCode code = e.getCode();
        return code == KeyCode.ESCAPE || code == KeyCode.F11 || code == KeyCode.CONTEXT_MENU
                || code == KeyCode.WINDOWS || code == KeyCode.COMMAND
                || (e.isAltDown() && (code == KeyCode.F4 || code == KeyCode.SPACE || code == KeyCode.TAB))
                || (e.isShortcutDown() && (code == KeyCode.W || code == KeyCode.Q));
    }

    public static void install(Stage stage, Scene scene) {
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnCloseRequest(Event::consume); // Alt+F4 and the window manager's close end up here
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (blocks(e)) {
                e.consume();
            }
        });
        // right click, and press-and-hold on a touchscreen, ask for a context menu
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, Event::consume);
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now instanceof TextInputControl input && input.getProperties().putIfAbsent(GUARDED, true) == null) {
                input.selectionProperty().addListener((o, was, range) -> {
                    if (range.getLength() > 0) {
                        Platform.runLater(input::deselect);
                    }
                });
            }
        });
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now) {
                LOG.log(Level.INFO, "full screen was left; restoring it");
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
        stage.iconifiedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> stage.setIconified(false));
            }
        });
    }
}
