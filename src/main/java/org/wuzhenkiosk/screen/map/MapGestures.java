package org.wuzhenkiosk.screen.map;

import java.time.Duration;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.wuzhenkiosk.ui.FrameClock;

/**
 * What fingers (and a presenter's mouse) do to the map's viewport: a drag pans and glides on, a pinch zooms
 * about the fingers, a double tap zooms in there, the wheel zooms, and a single tap, once no second tap followed,
 * goes to {@link Tap}. Linux touch screens deliver only mouse events, so every gesture has a one-finger way.
 */
final class MapGestures {

    /** Time to wait for a second tap before a single tap counts as one. */
    static final Duration DOUBLE_TAP = Duration.ofMillis(280);

    /** Where a single tap on the map (not on a pin) goes. */
    @FunctionalInterface
    interface Tap {
        void at(double x, double y);
    }

    private final MapModel model;
    private final MapMotion motion;
    private final FrameClock frames;
    private final Tap tap;
    private FrameClock.Motion pendingTap;
    private boolean pinching;
    private double lastX;
    private double lastY;

    MapGestures(Pane viewport, MapModel model, MapMotion motion, FrameClock frames, Tap tap) {
        this.model = model;
        this.motion = motion;
        this.frames = frames;
        this.tap = tap;
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            motion.press(e.getX(), e.getY());
            lastX = e.getX();
            lastY = e.getY();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!e.isStillSincePress() && !pinching) {
                motion.release(e.getX(), e.getY());
            }
        });
        viewport.setOnMouseClicked(this::clicked);
        viewport.setOnZoomStarted(e -> {
            pinching = true;
            motion.stop();
        });
        viewport.setOnZoom(e -> {
            model.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        viewport.setOnZoomFinished(e -> pinching = false);
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            // the mouse wheel zooms; a finger's scroll events are left to the drag that pans
            if (e.getTouchCount() == 0 && !e.isInertia() && !e.isDirect() && e.getDeltaY() != 0) {
                motion.stop();
                model.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
                e.consume();
            }
        });
    }

    /** Forgets a single tap still waiting for a possible second one (the panel closed meanwhile). */
    void cancelTap() {
        if (pendingTap != null) {
            pendingTap.stop();
            pendingTap = null;
        }
    }

    private void dragged(MouseEvent e) {
        if (pinching) {
            // two fingers zoom; follow the first one afresh, so lifting the other makes no jump and no glide
            motion.press(e.getX(), e.getY());
        } else {
            model.panBy(e.getX() - lastX, e.getY() - lastY);
            motion.track(e.getX(), e.getY());
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        double x = e.getX();
        double y = e.getY();
        cancelTap();
        if (e.getClickCount() >= 2) {
            motion.zoomAt(2, x, y);
        } else {
            long start = frames.nanoTime();
            pendingTap = frames.run(now -> {
                if (now - start < DOUBLE_TAP.toNanos()) {
                    return true;
                }
                pendingTap = null;
                tap.at(x, y);
                return false;
            });
        }
    }
}
