package org.wuzhenkiosk.screen.map;

import java.time.Duration;
import javafx.animation.Interpolator;
import org.wuzhenkiosk.ui.Fling;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.Tween;

/**
 * Everything that moves the map's view by itself, on the frame clock: the glide after a drag (the kiosk's one
 * fling rule) and smooth flights to a zoom or a place. A new touch, flight or reset stops what moves.
 */
final class MapMotion {

    private static final Duration FLIGHT = Duration.ofMillis(450);
    private final MapModel model;
    private final FrameClock frames;
    private final Fling fling;
    private FrameClock.Motion flight;

    MapMotion(MapModel model, FrameClock frames) {
        this.model = model;
        this.frames = frames;
        this.fling = new Fling(frames, model::unit); // the map moves in scene px: a flick glides as at 1080p
    }

    /** A finger went down at (x, y) in the viewport: whatever moves stops, and the finger is followed from here. */
    void press(double x, double y) {
        stop();
        fling.press(x, y);
    }

    void track(double x, double y) {
        fling.track(x, y);
    }

    /** The finger lifted at (x, y): the map glides on at the finger's speed, slowing down, until it hits a limit. */
    void release(double x, double y) {
        fling.release(x, y, 1, this::glideBy);
    }

    private boolean glideBy(double dx, double dy) {
        double beforeX = model.translateX();
        double beforeY = model.translateY();
        model.panBy(dx, dy);
        return beforeX != model.translateX() || beforeY != model.translateY();
    }

    /** Flies to {@code factor} times the zoom about the middle of the view (above a sheet, if one is open). */
    void zoomBy(double factor) {
        zoomAt(factor, model.viewportWidth() / 2, (model.viewportHeight() - model.coveredBottom()) / 2);
    }

    /** Flies to {@code factor} times the zoom keeping the world point under (sx, sy) where it is. */
    void zoomAt(double factor, double sx, double sy) {
        double s = Math.max(model.minScale(), Math.min(model.maxScale(), model.scale() * factor));
        double wx = model.toWorldX(sx);
        double wy = model.toWorldY(sy);
        double[] t = model.clamp(s, sx - wx * s, sy - wy * s);
        flyTo(s, t[0], t[1]);
    }

    /** Flies to the view (scale, tx, ty). */
    void flyTo(double s1, double tx1, double ty1) {
        flyTo(s1, tx1, ty1, () -> model.setView(s1, tx1, ty1));
    }

    /**
     * Moves the view smoothly to (s1, tx1, ty1), then runs {@code arrival}: the scale changes geometrically, the
     * centre in a straight line.
     */
    void flyTo(double s1, double tx1, double ty1, Runnable arrival) {
        stop();
        double w = model.viewportWidth();
        double h = model.viewportHeight();
        double s0 = model.scale();
        double cx0 = (w / 2 - model.translateX()) / s0;
        double cy0 = (h / 2 - model.translateY()) / s0;
        double cx1 = (w / 2 - tx1) / s1;
        double cy1 = (h / 2 - ty1) / s1;
        flight = Tween.run(frames, FLIGHT, Interpolator.EASE_BOTH, f -> {
            double s = s0 * Math.pow(s1 / s0, f);
            double cx = cx0 + (cx1 - cx0) * f;
            double cy = cy0 + (cy1 - cy0) * f;
            model.setView(s, w / 2 - cx * s, h / 2 - cy * s);
        }, () -> {
            flight = null;
            arrival.run();
        });
    }

    /** Stops a glide or a flight where it is. */
    void stop() {
        fling.stop();
        if (flight != null) {
            flight.stop();
            flight = null;
        }
    }
}
