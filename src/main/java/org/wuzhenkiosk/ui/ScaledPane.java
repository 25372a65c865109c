package org.wuzhenkiosk.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * The kiosk's root: lays its child out for the window it has. A window's short side is 1080 design pixels
 * ({@link Units}), so a portrait screen gets a portrait layout, an ultrawide one a wide layout, and a 4K panel or
 * a laptop the same design at its own pixels: the child is laid out at the window's size and {@link Units} turns
 * design pixels into scene pixels.
 *
 * <p>Until every screen sizes itself through {@link Units}, the pane instead lays the child out for the 1920x1080
 * design and scales it to the window, as before (the default for now; {@code -Dwuzhenkiosk.layout=real} lays out
 * at the window's pixels).
 */
public final class ScaledPane extends Region {

    /** Whether the child is laid out at the window's own pixels rather than scaled from design pixels. */
    public static final boolean REAL_PIXELS = !"scaled".equals(System.getProperty("wuzhenkiosk.layout", "scaled"));

    private final Region child;
    private final Units units;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper renderScale = new ReadOnlyDoubleWrapper(this, "renderScale", 1);

    public ScaledPane(Region child, Units units) {
        this.child = child;
        this.units = units;
        child.getTransforms().add(scale);
        getChildren().add(child);
        getStyleClass().add("scaled-pane");
    }

    public Units units() {
        return units;
    }

    public double scale() {
        return scale.getX();
    }

    /** Screen pixels per scene pixel of the child: the scale times the window's own (a desktop set to 150 %, say). */
    public ReadOnlyDoubleProperty renderScaleProperty() {
        return renderScale.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s;
        if (REAL_PIXELS) {
            units.fit(w, h);
            s = 1;
        } else {
            s = Math.min(w / 1920, h / 1080);
        }
        scale.setX(s);
        scale.setY(s);
        Scene scene = getScene();
        double output = scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
        renderScale.set(s * output);
        child.resizeRelocate(0, 0, w / s, h / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1920;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 1080;
    }

    public Parent content() {
        return child;
    }
}
