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
 * A case's cover picture at a fixed size (design pixels, drawn at the window's own); when the picture is missing or
 * broken, a designed cover (the palette's gradient with the case's initial and theme) takes its place, never an
 * empty box. The picture is decoded once the cover is in a window, at the size it takes there, and again at the new
 * size when the window's unit changes (a resize, a rotation).
 */
public final class Cover extends StackPane {

    private static final double CORNER = 24;

    private final ImageCache cache;
    private final Path picture;
    private final StringBinding title;
    private final StringBinding theme;
    private final int hue;
    private final Rectangle clip = new Rectangle();
    private ImageView view;
    private boolean drawn;
    /** The box the picture was last asked for, in the window's pixels. */
    private double askedWidth;
    private double askedHeight;

    public Cover(ImageCache cache, Path picture, double width, double height, StringBinding title,
                 StringBinding theme, int hue) {
        this.cache = cache;
        this.picture = picture;
        this.title = title;
        this.theme = theme;
        this.hue = hue;
        getStyleClass().add("cover");
        Units.stylesheet(this, Cover.class, "cover.css");
        setClip(clip);
        if (picture == null) {
            draw();
        }
        Units.follow(this, units -> fit(units.px(width), units.px(height), units.px(CORNER)));
    }

    private void fit(double width, double height, double corner) {
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
        clip.setWidth(width);
        clip.setHeight(height);
        clip.setArcWidth(corner);
        clip.setArcHeight(corner);
        if (view != null) {
            view.setFitWidth(width);
            view.setFitHeight(height);
        }
        // out of a window nothing is decoded: the size it will be drawn at is not known yet
        if (drawn || getScene() == null || (width == askedWidth && height == askedHeight)) {
            return;
        }
        askedWidth = width;
        askedHeight = height;
        Optional<Image> image = cache.get(picture, width, height);
        if (image.isPresent()) {
            if (view == null) {
                view = new ImageView();
                view.setPreserveRatio(false);
                view.setFitWidth(width);
                view.setFitHeight(height);
                getChildren().add(view);
            }
            view.setImage(image.get()); // the picture at the old size is left to the cache's bound
        } else if (view == null) {
            draw();
        }
    }

    /** The designed cover, for a case without a picture that reads. */
    private void draw() {
        drawn = true;
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
