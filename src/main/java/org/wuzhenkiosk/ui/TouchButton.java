package org.wuzhenkiosk.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import org.kordamp.ikonli.javafx.FontIcon;

/** A large button for fingers: an icon over a short label, at least 56 px in each direction. */
public final class TouchButton {

    private TouchButton() {
    }

    public static Button create(String id, String iconCode, ObservableValue<String> label) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(label);
        if (iconCode != null) {
            FontIcon icon = new FontIcon(iconCode);
            icon.getStyleClass().add("touch-icon");
            button.setGraphic(icon);
            button.setContentDisplay(ContentDisplay.LEFT);
        }
        button.getStyleClass().add("touch-button");
        button.setFocusTraversable(true);
        button.setMinSize(56, 56);
        return button;
    }
}
