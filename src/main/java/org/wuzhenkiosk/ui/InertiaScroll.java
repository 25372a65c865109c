package org.wuzhenkiosk.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Drag-to-scroll with inertia for a vertical {@link ScrollPane} or a virtualised list or grid, as visitors expect
 * from a phone: the content follows the finger and keeps gliding after a flick, slowing down by the one
 * {@link Fling} rule. A drag never presses the button it started on, and a touch that stops a glide is not a tap.
 * Mouse wheels keep working as usual.
 */
public final class InertiaScroll {

    /** Drags shorter than this (design pixels: as far for a finger on a 4K panel as on a 1080p one) are taps. */
    private static final double TAP_SLOP = 12;

    /** What the finger moves: the content, by layout pixels. */
    private interface Surface {
        /** Scrolls the content up by {@code dy} (down when negative); returns how far it really moved. */
        double scrollBy(double dy);

        void toTop();

        /** How far down the content is scrolled, from 0 (top) to 1 (bottom). */
        double position();

        void setPosition(double position);
    }

    private final Node area;
    private final Surface surface;
    private final Fling fling;
    private final EventHandler<MouseEvent> onPressed = this::pressed;
    private final EventHandler<MouseEvent> onDragged = this::dragged;
    private final EventHandler<MouseEvent> onReleased = this::released;
    private boolean tracking;
    private boolean dragging;
    private boolean stoppedGlide;
    private double pressY;
    private double lastY;

    private InertiaScroll(Node area, Surface surface, FrameClock frames) {
        this.area = area;
        this.surface = surface;
        this.fling = new Fling(frames, area); // tracked in the area's layout pixels
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragging || stoppedGlide) {
                e.consume(); // the end of a drag, or a touch that stopped a glide, is not a tap
            }
        });
        // a touch screen sends its drags as mouse drags too; scrolling on both would double the speed
        area.addEventFilter(ScrollEvent.ANY, e -> {
            if (e.isDirect()) {
                e.consume();
            } else {
                fling.stop();
            }
        });
    }

    /** Lets visitors drag {@code pane} up and down with inertia; returns the handle to stop or query gliding. */
    public static InertiaScroll attach(ScrollPane pane, FrameClock frames) {
        pane.setPannable(false);
        InertiaScroll inertia = new InertiaScroll(pane, new PaneSurface(pane), frames);
        // on the content, not the pane: the pane's own skin consumes drags before they bubble up to it
        inertia.listenTo(pane.getContent(), null);
        pane.contentProperty().addListener((obs, old, now) -> inertia.listenTo(now, old));
        // the skin caches its viewport as a bitmap; a page that is opened and closed over and over leaves one
        // behind each time in the renderer's pool, and a page that moves gains nothing from it
        pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport(pane));
        uncacheViewport(pane);
        return inertia;
    }

    /**
     * Lets visitors drag a virtualised control (a list or grid whose skin scrolls a {@link VirtualFlow}) up and
     * down with inertia, in place of the flow's own panning.
     */
    public static InertiaScroll attach(Control virtualised, FrameClock frames) {
        FlowSurface surface = new FlowSurface(virtualised);
        InertiaScroll inertia = new InertiaScroll(virtualised, surface, frames);
        inertia.listenTo(virtualised, null);
        return inertia;
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

    private static void uncacheViewport(ScrollPane pane) {
        if (pane.getSkin() != null) {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        }
    }

    private void pressed(MouseEvent e) {
        tracking = e.getButton() == MouseButton.PRIMARY && !inside(e, Slider.class);
        stoppedGlide = fling.gliding();
        fling.press(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale());
        dragging = false;
        pressY = e.getSceneY();
        lastY = pressY;
    }

    private void dragged(MouseEvent e) {
        if (!tracking || e.isConsumed()) {
            return;
        }
        fling.track(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale());
        if (!dragging && Math.abs(e.getSceneY() - pressY) / sceneScale() > Units.of(area).px(TAP_SLOP)) {
            dragging = true;
            disarmButtonUnder(e);
            lastY = pressY;
        }
        if (dragging) {
            surface.scrollBy(-(e.getSceneY() - lastY) / sceneScale());
            lastY = e.getSceneY();
        }
    }

    private void released(MouseEvent e) {
        if (!tracking) {
            return;
        }
        tracking = false;
        if (dragging) {
            // a finger that rested before lifting does not fling
            fling.release(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale(), 1,
                    (dx, dy) -> surface.scrollBy(-dy) != 0);
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
        fling.stop();
        dragging = false;
        stoppedGlide = false;
    }

    /** Stops any glide and shows the top of the content. */
    public void toTop() {
        stop();
        surface.toTop();
    }

    /** How far down the content is scrolled, from 0 (top) to 1 (bottom): what Back brings back. */
    public double position() {
        return surface.position();
    }

    /** Stops any glide and scrolls to {@code position} (0 top, 1 bottom). */
    public void setPosition(double position) {
        stop();
        surface.setPosition(Math.max(0, Math.min(1, position)));
    }

    /**
     * Stops any glide and scrolls just enough that all of {@code node} (inside the area) shows with
     * {@code designMargin} (design pixels) around it, if it can.
     */
    public void reveal(Node node, double designMargin) {
        stop();
        double margin = Units.of(area).px(designMargin);
        Bounds view = area.localToScene(area.getLayoutBounds());
        Bounds box = node.getLayoutBounds();
        Bounds wanted = node.localToScene(new BoundingBox(box.getMinX() - margin, box.getMinY() - margin,
                box.getWidth() + 2 * margin, box.getHeight() + 2 * margin));
        double dy = 0;
        if (wanted.getMinY() < view.getMinY()) {
            dy = wanted.getMinY() - view.getMinY();
        } else if (wanted.getMaxY() > view.getMaxY()) {
            dy = Math.min(wanted.getMinY() - view.getMinY(), wanted.getMaxY() - view.getMaxY());
        }
        if (dy != 0) {
            surface.scrollBy(dy / sceneScale());
        }
    }

    public ReadOnlyBooleanProperty glidingProperty() {
        return fling.glidingProperty();
    }

    /**
     * Scene pixels per layout pixel: 1 where the kiosk lays out at the window's pixels, the scale where it still
     * scales its 1920x1080 design to the window.
     */
    private double sceneScale() {
        double s = area.getLocalToSceneTransform().getMxx();
        return s > 0 ? s : 1;
    }

    /** A scroll pane's content, moved through its vertical value. */
    private record PaneSurface(ScrollPane pane) implements Surface {

        @Override
        public double scrollBy(double dy) {
            double range = range();
            if (range <= 0) {
                return 0;
            }
            double before = top(range);
            double after = Math.max(0, Math.min(range, before + dy));
            pane.setVvalue(pane.getVmin() + after / range * (pane.getVmax() - pane.getVmin()));
            return after - before;
        }

        @Override
        public void toTop() {
            pane.setVvalue(pane.getVmin());
        }

        @Override
        public double position() {
            return (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin());
        }

        @Override
        public void setPosition(double position) {
            pane.setVvalue(pane.getVmin() + position * (pane.getVmax() - pane.getVmin()));
        }

        private double top(double range) {
            return (pane.getVvalue() - pane.getVmin()) / (pane.getVmax() - pane.getVmin()) * range;
        }

        private double range() {
            Node content = pane.getContent();
            if (content == null || pane.getViewportBounds() == null) {
                return 0;
            }
            return content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        }
    }

    /** The virtual flow in a control's skin, found again whenever the skin changes. */
    private static final class FlowSurface implements Surface {
        private final Control control;
        private VirtualFlow<?> flow;

        FlowSurface(Control control) {
            this.control = control;
            control.skinProperty().addListener((obs, old, skin) -> findFlow());
            findFlow();
        }

        private void findFlow() {
            flow = control.getSkin() != null && control.lookup(".virtual-flow") instanceof VirtualFlow<?> found
                    ? found : null;
            if (flow != null) {
                flow.setPannable(false); // the finger scrolls through the fling rule, not the flow's own panning
            }
        }

        @Override
        public double scrollBy(double dy) {
            return flow == null ? 0 : flow.scrollPixels(dy);
        }

        @Override
        public void toTop() {
            setPosition(0);
        }

        @Override
        public double position() {
            return flow == null ? 0 : flow.getPosition();
        }

        @Override
        public void setPosition(double position) {
            if (flow != null) {
                flow.setPosition(position);
            }
        }
    }
}
