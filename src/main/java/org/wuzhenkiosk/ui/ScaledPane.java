package org.wuzhenkiosk.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its child out for a design resolution (1920x1080) and scales it to the window, filling the window's
 * aspect ratio: a presenter's laptop window shows the same, legible layout as the hall's touchscreen.
 */
public final class ScaledPane extends Region {

    private final Region child;
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper renderScale = new ReadOnlyDoubleWrapper(this, "renderScale", 1);

    public ScaledPane(Region child, double designWidth, double designHeight) {
        this.child = child;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        child.getTransforms().add(scale);
        getChildren().add(child);
        getStyleClass().add("scaled-pane");
    }

    public double scale() {
        return scale.getX();
    }

    /** Screen pixels per layout pixel: the scale times the window's own (a desktop set to 150 %, say). */
    public ReadOnlyDoubleProperty renderScaleProperty() {
        return renderScale.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double s = Math.min(w / designWidth, h / designHeight);
        if (s <= 0) {
            return;
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
        return designWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return designHeight;
    }

    public Parent content() {
        return child;
    }
}
