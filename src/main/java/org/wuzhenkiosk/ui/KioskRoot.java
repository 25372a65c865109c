package org.wuzhenkiosk.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * The kiosk's root: lays its child out for the window it has, at the window's own pixels, and sets the window's
 * {@link Units} from its size (a window's short side is 1080 design pixels). A portrait screen so gets a portrait
 * layout, an ultrawide one a wide layout, a 4K panel and a laptop the same design drawn at their own pixels; a
 * window resized or turned while the kiosk runs lays out again. Nothing is drawn through a scaling transform:
 * that thins text, drops the ink where hanzi strokes overlap and softens pictures.
 */
public final class KioskRoot extends Region {

    private final Region child;
    private final Units units;
    private final ReadOnlyDoubleWrapper renderScale = new ReadOnlyDoubleWrapper(this, "renderScale", 1);

    public KioskRoot(Region child, Units units) {
        this.child = child;
        this.units = units;
        getChildren().addAll(units.keeper(), child);
        getStyleClass().add("kiosk-root");
    }

    public Units units() {
        return units;
    }

    /** Screen pixels per scene pixel: the window's own scale (a desktop set to 150 %, say), for picture decoding. */
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
        Scene scene = getScene();
        renderScale.set(scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX());
        units.fit(w, h);
        child.resizeRelocate(0, 0, w, h);
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
