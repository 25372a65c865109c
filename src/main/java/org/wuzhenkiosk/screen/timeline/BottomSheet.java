package org.wuzhenkiosk.screen.timeline;

import java.time.Duration;
import javafx.animation.Interpolator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.Tween;
import org.wuzhenkiosk.ui.Units;

/**
 * A panel that rises from the bottom over a dimmed timeline. It closes the three ways a visitor tries: the close
 * button, a tap on the dimmed part, or swiping the panel down by its top.
 */
final class BottomSheet extends StackPane {

    /** How far down a swipe must take the panel to close it (design px). */
    private static final double SWIPE_TO_CLOSE = 120;
    private static final Duration FADE_IN = Duration.ofMillis(160);
    private static final Duration SPRING_BACK = Duration.ofMillis(150);
    /** Narrower than this (design px) the sheet takes the whole width and stacks its content. */
    private static final double NARROW = 1400;
    private final FrameClock frames;
    private final Region scrim = new Region();
    private final VBox sheet = new VBox();
    private final HBox header = new HBox();
    private final VBox grip = new VBox();
    private final StackPane body = new StackPane();
    private final Runnable onClose;
    private final double maxHeight;
    private final ReadOnlyBooleanWrapper portrait = new ReadOnlyBooleanWrapper(this, "portrait");
    private double pressY;
    private double dragged;
    private FrameClock.Motion fade;
    private FrameClock.Motion springBack;

    BottomSheet(String id, I18n i18n, FrameClock frames, double maxHeight, Runnable onClose) {
        this.frames = frames;
        this.onClose = onClose;
        this.maxHeight = maxHeight;
        setId(id);
        getStyleClass().add("tl-sheet-layer");
        setVisible(false);
        scrim.setId(id + "-scrim");
        scrim.getStyleClass().add("tl-scrim");
        scrim.setOnMouseClicked(e -> {
            // the second tap of a double tap on a card lands here: it must not close what the first one opened
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                onClose.run();
            }
            e.consume();
        });
        Button close = new Button();
        close.setId(id + "-close");
        close.getStyleClass().addAll("touch-button", "tl-close");
        close.setGraphic(new FontIcon("mdi2c-close"));
        close.accessibleTextProperty().bind(i18n.text("timeline.close"));
        close.setOnAction(e -> onClose.run());
        Region handle = new Region();
        handle.getStyleClass().add("tl-grip-handle");
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tl-sheet-header");
        grip.getChildren().addAll(handle, header);
        grip.setAlignment(Pos.TOP_CENTER);
        grip.getStyleClass().add("tl-sheet-grip");
        grip.addEventHandler(MouseEvent.MOUSE_PRESSED, this::gripPressed);
        grip.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::gripDragged);
        grip.addEventHandler(MouseEvent.MOUSE_RELEASED, this::gripReleased);
        HBox top = new HBox(grip, close);
        top.getStyleClass().add("tl-sheet-top");
        HBox.setHgrow(grip, Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        sheet.getChildren().addAll(top, body);
        sheet.getStyleClass().addAll("panel", "tl-sheet");
        sheet.setMaxHeight(Region.USE_PREF_SIZE);
        sheet.setOnMouseClicked(MouseEvent::consume);
        StackPane.setAlignment(sheet, Pos.BOTTOM_CENTER);
        getChildren().addAll(scrim, sheet);
        Accessible.keepFocusWithin(this); // what the sheet covers is out of a keyboard's reach, as of a finger's
    }

    /** Whether the sheet stands on a portrait (or narrow) screen: the full width, taller, its content stacked. */
    ReadOnlyBooleanProperty portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    /**
     * As tall as its content, up to {@code maxHeight} design px (on a portrait screen up to most of its height);
     * what is longer scrolls inside. On a portrait screen the sheet takes the whole width.
     */
    @Override
    protected void layoutChildren() {
        Units units = Units.of(this);
        // a screen too narrow for the text beside its picture (reach mode's lower part of a portrait one) stacks too
        boolean tall = getHeight() > getWidth() || getWidth() < units.px(NARROW);
        portrait.set(tall);
        double most = tall ? Math.max(units.px(maxHeight), getHeight() * 0.86) : units.px(maxHeight);
        body.setMaxHeight(most - units.px(130));
        sheet.setMinHeight(Math.min(most, units.px(420)));
        sheet.setMaxWidth(tall ? Double.MAX_VALUE : units.px(1792));
        super.layoutChildren();
    }

    void setHeader(Node... nodes) {
        header.getChildren().setAll(nodes);
    }

    void setBody(Node node) {
        body.getChildren().setAll(node);
    }

    void open() {
        stop(springBack);
        sheet.setTranslateY(0);
        if (!isVisible()) {
            setVisible(true);
            // fading, not sliding: the close button is where it will stay from the first frame
            setOpacity(0.2);
            fade = Tween.run(frames, FADE_IN, Interpolator.EASE_BOTH, t -> setOpacity(0.2 + 0.8 * t));
            Accessible.focusFirst(sheet); // a keyboard carries on in the sheet, a screen reader reads it
        }
    }

    void hide() {
        stop(fade);
        stop(springBack);
        setVisible(false);
        setOpacity(1);
        sheet.setTranslateY(0);
    }

    private static void stop(FrameClock.Motion motion) {
        if (motion != null) {
            motion.stop();
        }
    }

    private double y(MouseEvent e) {
        Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
        return local == null ? 0 : local.getY();
    }

    private void gripPressed(MouseEvent e) {
        stop(springBack);
        pressY = y(e);
        dragged = 0;
    }

    private void gripDragged(MouseEvent e) {
        dragged = Math.max(0, y(e) - pressY);
        sheet.setTranslateY(dragged);
        e.consume();
    }

    private void gripReleased(MouseEvent e) {
        if (dragged >= Units.of(this).px(SWIPE_TO_CLOSE)) {
            onClose.run();
        } else if (dragged > 0) {
            double from = dragged;
            springBack = Tween.run(frames, SPRING_BACK, Interpolator.EASE_BOTH,
                    t -> sheet.setTranslateY(from * (1 - t)));
        }
        dragged = 0;
    }
}
