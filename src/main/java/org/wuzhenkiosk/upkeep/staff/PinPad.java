package org.wuzhenkiosk.upkeep.staff;

import java.lang.System.Logger.Level;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.ui.TouchButton;

/**
 * The PIN pad that guards the staff panel: big digit keys, dots for what was typed, and a lock that grows with
 * each wrong PIN. The PIN is checked against its salted hash off the FX thread (it takes a moment by design).
 * While no PIN is set the pad says how to set one and offers a two-tap Exit, so a first run never traps anyone.
 */
public final class PinPad extends StackPane {

    private static final System.Logger LOG = System.getLogger(PinPad.class.getName());
    private static final int MAX_DIGITS = 12;
    private static final PseudoClass INFO = PseudoClass.getPseudoClass("info");
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    private static final PseudoClass ARMED_EXIT = PseudoClass.getPseudoClass("armed-exit");
    private final PinHash pin;
    private final PinLock lock;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Runnable onRight;
    private final StringBuilder typed = new StringBuilder();
    private final Label dots = new Label();
    private final Label message = new Label();
    private final BooleanProperty accepting = new SimpleBooleanProperty(this, "accepting");
    private final GridPane keys = new GridPane();
    private final Button exit;
    private boolean exitArmed;
    private boolean checking;
    private int opened;

    /** {@code onExit} ends the kiosk; the pad offers it only while {@code pin} is null (no staff PIN set). */
    public PinPad(PinHash pin, PinLock lock, TaskRunner tasks, I18n i18n, Runnable onRight, Runnable onCancel,
                  Runnable onExit) {
        this.pin = pin;
        this.lock = lock;
        this.tasks = tasks;
        this.i18n = i18n;
        this.onRight = onRight;
        setId("pin-pad");
        getStyleClass().add("pin-pad");
        Region backdrop = new Region();
        backdrop.getStyleClass().add("overlay-backdrop");

        Label title = new Label();
        title.getStyleClass().add("pin-title");
        title.textProperty().bind(i18n.text("pin.title"));
        Label promptLabel = new Label();
        promptLabel.getStyleClass().add("pin-prompt");
        promptLabel.textProperty().bind(i18n.text("pin.prompt"));
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        message.setId("pin-message");
        message.getStyleClass().add("pin-message");
        message.setWrapText(true);
        message.setAlignment(Pos.CENTER);
        message.setMinHeight(Region.USE_PREF_SIZE);

        keys.getStyleClass().add("pin-keys");
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(digitKey(digit), (digit - 1) % 3, (digit - 1) / 3);
        }
        Button delete = TouchButton.create("pin-delete", "mdi2b-backspace-outline", i18n.text("pin.delete"));
        delete.getStyleClass().add("pin-key-small");
        delete.setOnAction(e -> delete());
        Button ok = TouchButton.create("pin-ok", null, i18n.text("pin.ok"));
        ok.getStyleClass().addAll("pin-key-small", "pin-ok");
        ok.setOnAction(e -> submit());
        ok.disableProperty().bind(accepting.not());
        keys.add(delete, 0, 3);
        keys.add(digitKey(0), 1, 3);
        keys.add(ok, 2, 3);

        Button cancel = TouchButton.create("pin-cancel", "mdi2c-close", i18n.text("pin.cancel"));
        cancel.getStyleClass().add("pin-cancel");
        cancel.setOnAction(e -> {
            clear();
            onCancel.run();
        });

        exit = TouchButton.create("pin-exit", "mdi2p-power", i18n.text("staff.exit"));
        exit.getStyleClass().addAll("staff-exit", "pin-cancel");
        exit.setOnAction(e -> {
            if (exitArmed) {
                onExit.run();
            } else {
                armExit(true);
            }
        });
        exit.setVisible(pin == null);
        exit.setManaged(pin == null);

        VBox card = new VBox(title, promptLabel, dots, message, keys, cancel, exit);
        card.setId("pin-card");
        card.getStyleClass().addAll("panel", "overlay-card", "pin-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // in the middle of the window; dragged when larger text makes the card taller than the window
        StackPane middle = new StackPane(card);
        ScrollPane scroller = new ScrollPane(middle);
        scroller.setId("pin-scroller");
        scroller.getStyleClass().add("scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().addAll(backdrop, scroller);
        // portrait: larger keys in a taller card, for the height a portrait screen has to spare
        layoutBoundsProperty().addListener((obs, old, now) ->
                pseudoClassStateChanged(PORTRAIT, now.getWidth() < now.getHeight()));

        // presenters with a keyboard may type the PIN; keys never leak to the screens below
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isDigitKey()) {
                String text = e.getText();
                if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
                    type(text.charAt(0) - '0');
                }
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                delete();
            } else if (e.getCode() == KeyCode.ENTER) {
                submit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                onCancel.run();
            }
            e.consume();
        });
        i18n.languageProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Button digitKey(int digit) {
        Button key = new Button(String.valueOf(digit));
        key.setId("pin-" + digit);
        key.getStyleClass().addAll("touch-button", "pin-key");
        key.setOnAction(e -> type(digit));
        key.disableProperty().bind(accepting.not());
        return key;
    }

    /** Clears what was typed, as the pad opens or closes; a PIN still being checked then opens nothing. */
    public void clear() {
        typed.setLength(0);
        opened++;
        armExit(false);
        refresh();
    }

    private void armExit(boolean armed) {
        exitArmed = armed;
        exit.textProperty().bind(i18n.text(armed ? "staff.exit.confirm" : "staff.exit"));
        exit.pseudoClassStateChanged(ARMED_EXIT, armed);
    }

    void type(int digit) {
        if (accepting() && typed.length() < MAX_DIGITS) {
            typed.append(digit);
        }
        refresh();
    }

    void delete() {
        if (typed.length() > 0 && !checking) {
            typed.setLength(typed.length() - 1);
        }
        refresh();
    }

    void submit() {
        if (!accepting() || typed.length() == 0) {
            return;
        }
        String entered = typed.toString();
        typed.setLength(0);
        checking = true;
        refresh();
        int asked = opened;
        tasks.submit("checking the staff PIN", () -> pin.matches(entered), right -> checked(right, asked), e -> {
            // the exception's class only: nothing that could carry the digits reaches the log
            LOG.log(Level.WARNING, "the staff PIN could not be checked (" + e.getClass().getSimpleName()
                    + "); check staff.pin with --validate");
            checked(false, asked);
        });
    }

    private void checked(boolean right, int asked) {
        checking = false;
        if (right) {
            if (lock.wrongInARow() > 0) {
                LOG.log(Level.INFO, "the right staff PIN was entered after " + lock.wrongInARow() + " wrong one(s)");
            }
            lock.right();
            refresh();
            if (asked == opened) { // the pad was not closed and opened again while the PIN was checked
                onRight.run();
            }
        } else {
            Duration locked = lock.wrong();
            // never the digits, nor how many: the log tells staff that someone tried, not what
            LOG.log(Level.WARNING, "a wrong staff PIN was entered at the PIN pad (" + lock.wrongInARow()
                    + " in a row); the pad takes no PIN for " + locked.toSeconds() + " s");
            refresh();
        }
    }

    private boolean accepting() {
        return pin != null && !checking && !lock.locked();
    }

    /** Updates the dots, the message and the lock countdown; the kiosk calls it every tick while the pad shows. */
    public void refresh() {
        dots.setText(typed.length() == 0 ? "–" : "●".repeat(typed.length()));
        message.pseudoClassStateChanged(INFO, pin == null || checking);
        if (pin == null) {
            message.setText(i18n.get("pin.none"));
        } else if (checking) {
            message.setText(i18n.get("pin.checking"));
        } else if (lock.locked()) {
            long seconds = (lock.remaining().toMillis() + 999) / 1000;
            message.setText(i18n.get("pin.locked", String.valueOf(seconds)));
        } else {
            message.setText("");
        }
        accepting.set(accepting());
    }

    public String message() {
        return message.getText();
    }
}
