package org.wuzhenkiosk.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * A case's cover picture at a fixed size; when the picture is missing or broken, a designed cover (the palette's
 * gradient with the case's initial and theme) takes its place, never an empty box.
 */
public final class Cover extends StackPane {

    public Cover(ImageCache cache, Path picture, double width, double height, StringBinding title,
                 StringBinding theme, int hue) {
        getStyleClass().add("cover");
        Units.stylesheet(this, Cover.class, "cover.css");
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        Rectangle clip = new Rectangle(width, height);
        clip.setArcWidth(24);
        clip.setArcHeight(24);
        setClip(clip);
        Optional<Image> image = picture == null ? Optional.empty() : cache.get(picture, width, height);
        if (image.isPresent()) {
            ImageView view = new ImageView(image.get());
            view.setFitWidth(width);
            view.setFitHeight(height);
            view.setPreserveRatio(false);
            getChildren().add(view);
        } else {
            getStyleClass().add("cover-drawn");
            getStyleClass().add("cover-hue-" + Math.floorMod(hue, 4));
            Label initial = new Label();
            initial.textProperty().bind(title.map(t -> t.isEmpty() ? "" : t.substring(0, t.offsetByCodePoints(0, 1))));
            initial.getStyleClass().add("cover-initial");
            Label label = new Label();
            label.textProperty().bind(theme);
            label.getStyleClass().add("cover-theme");
            StackPane.setAlignment(label, Pos.BOTTOM_LEFT);
            Region wave = new Region();
            wave.getStyleClass().add("cover-wave");
            getChildren().addAll(wave, initial, label);
        }
    }
}
