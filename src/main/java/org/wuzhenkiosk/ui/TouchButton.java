package org.wuzhenkiosk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A large button for fingers: an icon beside a short label, at least 56 design px in each direction and never
 * narrower than its whole label (a touch button that cuts its word to "Ho…" says nothing).
 */
public final class TouchButton {

    /** The smallest a finger hits reliably, in design pixels. */
    private static final double MIN_SIZE = 56;

    private TouchButton() {
    }

    /**
     * An icon; one that points left or right (back, previous, next, open) turns round in a right-to-left
     * language (kiosk.css), since JavaFX mirrors where a glyph sits but never the glyph itself.
     */
    public static FontIcon icon(String iconCode) {
        FontIcon icon = new FontIcon(iconCode);
        if (iconCode.matches(".*-(left|right)(-.*)?")) {
            icon.getStyleClass().add("directional-icon");
        }
        return icon;
    }

    public static Button create(String id, String iconCode, ObservableValue<String> label) {
        Button button = new Button() {
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(computePrefWidth(height), Units.of(this).px(MIN_SIZE));
            }
        };
        return dress(button, id, iconCode, label);
    }

    /** A touch button that stays lit while it is on (a mode the visitor switches, read out as on or off). */
    public static ToggleButton toggle(String id, String iconCode, ObservableValue<String> label) {
        ToggleButton button = new ToggleButton() {
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(computePrefWidth(height), Units.of(this).px(MIN_SIZE));
            }
        };
        return dress(button, id, iconCode, label);
    }

    private static <B extends ButtonBase> B dress(B button, String id, String iconCode, ObservableValue<String> label) {
        button.setId(id);
        button.textProperty().bind(label);
        if (iconCode != null) {
            FontIcon icon = icon(iconCode);
            icon.getStyleClass().add("touch-icon");
            button.setGraphic(icon);
            button.setContentDisplay(ContentDisplay.LEFT);
        }
        button.getStyleClass().add("touch-button");
        button.setFocusTraversable(true);
        Units.bind(button, button.minHeightProperty(), MIN_SIZE);
        return button;
    }
}
