package org.wuzhenkiosk.ui;

import com.sun.javafx.scene.NodeHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * What screen readers (Narrator, VoiceOver) and a keyboard or switch need of what a visitor touches: a role, a
 * name in the language on screen, a place in the Tab order, Enter and Space to act. The one home for that, so
 * every screen names and reaches its controls alike.
 */
public final class Accessible {

    /** Room (design pixels) the focus ring takes around a control (its halo in theme/kiosk.css), kept in view. */
    public static final double RING_ROOM = 16;

    private Accessible() {
    }

    /** The non-empty {@code parts} with {@code separator} between them, kept up to date: a name made of labels. */
    @SafeVarargs
    public static StringBinding joined(ObservableValue<String> separator, ObservableValue<String>... parts) {
        List<Observable> dependencies = new ArrayList<>(List.of(parts));
        dependencies.add(separator);
        return Bindings.createStringBinding(() -> Stream.of(parts).map(ObservableValue::getValue)
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator.getValue())),
                dependencies.toArray(Observable[]::new));
    }

    /** Names {@code node} for screen readers; the name follows {@code text} through language switches. */
    public static <T extends Node> T named(T node, AccessibleRole role, ObservableValue<String> text) {
        node.setAccessibleRole(role);
        node.accessibleTextProperty().bind(text);
        return node;
    }

    /**
     * A node that acts on a tap (its own mouse handler) made a button for the keyboard too: reached with Tab,
     * named for screen readers, {@code action} on Enter or Space.
     */
    public static <T extends Node> T button(T node, ObservableValue<String> text, Runnable action) {
        named(node, AccessibleRole.BUTTON, text);
        node.setFocusTraversable(true);
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                action.run();
                e.consume();
            }
        });
        return node;
    }

    /**
     * Reached with Tab, but not focused by a touch: a finger on a control inside a scrolling page must not make
     * the page jump to it, nor leave a focus ring behind.
     */
    public static <T extends Control> T keyboardFocusOnly(T control) {
        control.setFocusTraversable(true);
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> control.setFocusTraversable(false));
        control.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> control.setFocusTraversable(true));
        return control;
    }

    /** Calls {@code reveal} with each node inside {@code area} that the keyboard moves the focus to. */
    public static void followKeyboardFocus(Node area, Consumer<Node> reveal) {
        ChangeListener<Node> follow = (o, was, now) -> {
            if (now != null && now.isFocusVisible() && inside(now, area)) {
                reveal.accept(now);
            }
        };
        // one listener, on the window the area is in only: a page left behind must not stay held by the window
        area.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        if (area.getScene() != null) {
            area.getScene().focusOwnerProperty().addListener(follow);
        }
    }

    /**
     * While {@code area} is showing and holds the focus, Tab and Shift+Tab go round its own controls only: what it
     * covers is out of reach, as it is for a finger.
     */
    public static void keepFocusWithin(Parent area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || !area.isVisible()) {
                return;
            }
            List<Node> stops = new ArrayList<>();
            collectStops(area, stops);
            Scene scene = area.getScene();
            if (stops.isEmpty() || scene == null) {
                return;
            }
            int at = stops.indexOf(scene.getFocusOwner());
            int step = e.isShiftDown() ? -1 : 1;
            focusVisibly(stops.get(Math.floorMod(at < 0 ? 0 : at + step, stops.size())));
            e.consume();
        });
    }

    /**
     * Focuses the first control of {@code area} that Tab reaches, for a panel that has just opened; with its ring
     * when the visitor is using the keyboard.
     */
    public static void focusFirst(Parent area) {
        List<Node> stops = new ArrayList<>();
        collectStops(area, stops);
        if (stops.isEmpty()) {
            return;
        }
        Node was = area.getScene() == null ? null : area.getScene().getFocusOwner();
        if (was != null && was.isFocusVisible()) {
            focusVisibly(stops.get(0));
        } else {
            stops.get(0).requestFocus();
        }
    }

    /** Focus as Tab gives it, ring and all: JavaFX 21 has no public call for that (JavaFX 24 adds one). */
    private static void focusVisibly(Node node) {
        try {
            NodeHelper.requestFocusVisible(node);
        } catch (LinkageError e) {
            node.requestFocus(); // JavaFX on the module path keeps its helper to itself: focus without the ring
        }
    }

    private static void collectStops(Parent parent, List<Node> stops) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                stops.add(child);
            }
            if (child instanceof Parent p) {
                collectStops(p, stops);
            }
        }
    }

    private static boolean inside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }
}
