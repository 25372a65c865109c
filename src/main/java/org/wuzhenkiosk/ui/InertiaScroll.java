package org.wuzhenkiosk.ui;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Drag-to-scroll with inertia for a vertical {@link ScrollPane}, as visitors expect from a phone: the content
 * follows the finger and keeps gliding after a flick, slowing down. A drag never presses the button it started
 * on, and a touch that stops a glide is not a tap. Mouse wheels keep working as usual.
 */
public final class InertiaScroll {

    /** Drags shorter than this (layout pixels) are taps. */
    private static final double TAP_SLOP = 12;
    /** Share of speed kept per millisecond of gliding. */
    private static final double FRICTION = 0.9965;
    private static final double MIN_SPEED = 0.02;

    private final ScrollPane pane;
    private final ReadOnlyBooleanWrapper gliding = new ReadOnlyBooleanWrapper(this, "gliding");
    private final FingerVelocity velocity = new FingerVelocity();
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private boolean tracking;
    private boolean dragging;
    private boolean stoppedGlide;
    private double pressY;
    private double pressTop;
    private double speed;
    private long lastFrame;

    private final AnimationTimer glide = new AnimationTimer() {
        @Override
        public void handle(long now) {
            double ms = lastFrame == 0 ? 16 : Math.min(64, (now - lastFrame) / 1e6);
            lastFrame = now;
            double before = top();
            setTop(before - speed * ms);
            speed *= Math.pow(FRICTION, ms);
            if (Math.abs(speed) < MIN_SPEED || top() == before) {
                stop();
            }
        }

        @Override
        public void stop() {
            super.stop();
            gliding.set(false);
        }
    };

    private InertiaScroll(ScrollPane pane) {
        this.pane = pane;
        pane.setPannable(false);
        // on the content, not the pane: the pane's own skin consumes drags before they bubble up to it
        listenTo(pane.getContent(), null);
        pane.contentProperty().addListener((obs, old, now) -> listenTo(now, old));
        // the skin caches its viewport as a bitmap; a page that is opened and closed over and over leaves one
        // behind each time in the renderer's pool, and a page that moves gains nothing from it
        pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport());
        uncacheViewport();
        pane.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragging || stoppedGlide) {
                e.consume(); // the end of a drag, or a touch that stopped a glide, is not a tap
            }
        });
        // a touch screen sends its drags as mouse drags too; scrolling on both would double the speed
        pane.addEventFilter(ScrollEvent.ANY, e -> {
            if (e.isDirect()) {
                e.consume();
            } else {
                glide.stop();
            }
        });
    }

    private void listenTo(Node content, Node old) {
        if (old != null) {
            old.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
            old.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
            old.removeEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        }
        if (content != null) {
            content.addEventHandler(MouseEvent.MOUSE_PRESSED, onPressed);
            content.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDragged);
            content.addEventHandler(MouseEvent.MOUSE_RELEASED, onReleased);
        }
    }

    private void uncacheViewport() {
        if (pane.getSkin() != null) {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        }
    }

    /** Lets visitors drag {@code pane} up and down with inertia; returns the handle to stop or query gliding. */
    public static InertiaScroll attach(ScrollPane pane) {
        return new InertiaScroll(pane);
    }

    private void pressed(MouseEvent e) {
        tracking = e.getButton() == MouseButton.PRIMARY && !inside(e, Slider.class);
        stoppedGlide = gliding.get();
        glide.stop();
        dragging = false;
        pressY = e.getSceneY();
        pressTop = top();
        velocity.reset(e.getSceneY());
    }

    private void dragged(MouseEvent e) {
        if (!tracking || e.isConsumed()) {
            return;
        }
        double dy = (e.getSceneY() - pressY) / sceneScale();
        velocity.add(e.getSceneY());
        if (!dragging && Math.abs(dy) > TAP_SLOP) {
            dragging = true;
            disarmButtonUnder(e);
        }
        if (dragging) {
            setTop(pressTop - dy);
        }
    }

    private void released(MouseEvent e) {
        if (!tracking) {
            return;
        }
        tracking = false;
        if (dragging) {
            velocity.add(e.getSceneY()); // a finger that rested before lifting does not fling
            speed = velocity.perMillisecond() / sceneScale();
            if (Math.abs(speed) > 0.1) {
                lastFrame = 0;
                gliding.set(true);
                glide.start();
            }
        }
    }

    private static boolean inside(MouseEvent e, Class<?> type) {
        Node node = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (node != null) {
            if (type.isInstance(node)) {
                return true;
            }
            node = node.getParent();
        }
        return false;
    }

    private static void disarmButtonUnder(MouseEvent e) {
        Node node = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        while (node != null) {
            if (node instanceof ButtonBase button) {
                button.disarm();
                return;
            }
            node = node.getParent();
        }
    }

    /** Stops a glide at once, e.g. when the screen resets. */
    public void stop() {
        glide.stop();
        dragging = false;
        stoppedGlide = false;
    }

    public ReadOnlyBooleanProperty glidingProperty() {
        return gliding.getReadOnlyProperty();
    }

    /** How far the content is scrolled, in layout pixels. */
    private double top() {
        double range = range();
        return range <= 0 ? 0 : (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * range;
    }

    private void setTop(double top) {
        double range = range();
        if (range <= 0) {
            return;
        }
        double clamped = Math.max(0, Math.min(range, top));
        pane.setVvalue(pane.getVmin() + clamped / range * (pane.getVmax() - pane.getVmin()));
    }

    private double range() {
        Node content = pane.getContent();
        if (content == null || pane.getViewportBounds() == null) {
            return 0;
        }
        return content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
    }

    private double sceneScale() {
        double s = pane.getLocalToSceneTransform().getMxx();
        return s > 0 ? s : 1;
    }
}
