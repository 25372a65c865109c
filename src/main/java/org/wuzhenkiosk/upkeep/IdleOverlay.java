package org.wuzhenkiosk.upkeep;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;

/**
 * "Still there?": a calm question over the dimmed screen with a countdown ring and one large Continue button.
 * Any touch answers it (the idle timer sees every touch); the button makes that obvious.
 */
final class IdleOverlay extends StackPane {

    /** The ring's radius in design pixels: larger in portrait, where the card has the height to spare. */
    private static final double RING = 84;
    private static final double RING_PORTRAIT = 120;
    /** Room around the ring for its stroke. */
    private static final double RING_MARGIN = 8;
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");

    IdleOverlay(IdleTimer idle, I18n i18n) {
        setId("idle-overlay");
        getStyleClass().add("idle-overlay");
        Region backdrop = new Region();
        backdrop.getStyleClass().add("overlay-backdrop");

        Label question = new Label();
        question.setId("idle-question");
        question.getStyleClass().add("idle-question");
        question.textProperty().bind(i18n.text("idle.question"));
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);

        Circle track = new Circle();
        track.getStyleClass().add("idle-ring-track");
        Arc ring = new Arc();
        ring.setStartAngle(90);
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("idle-ring");
        int total = (int) IdleTimer.COUNTDOWN.toSeconds();
        ring.lengthProperty().bind(idle.secondsLeftProperty().multiply(-360.0 / total)); // clockwise, like a clock
        Label seconds = new Label();
        seconds.setId("idle-seconds");
        seconds.getStyleClass().add("idle-seconds");
        seconds.textProperty().bind(idle.secondsLeftProperty().asString());
        // a plain Pane keeps the shrinking arc where it is; a StackPane would re-centre it every second
        Pane shapes = new Pane(track, ring);
        Runnable sizeRing = () -> {
            Units units = Units.of(this);
            double radius = units.px(getPseudoClassStates().contains(PORTRAIT) ? RING_PORTRAIT : RING);
            double centre = radius + units.px(RING_MARGIN);
            track.setCenterX(centre);
            track.setCenterY(centre);
            track.setRadius(radius);
            ring.setCenterX(centre);
            ring.setCenterY(centre);
            ring.setRadiusX(radius);
            ring.setRadiusY(radius);
            shapes.setMinSize(2 * centre, 2 * centre);
            shapes.setMaxSize(2 * centre, 2 * centre);
        };
        Units.follow(this, units -> sizeRing.run());
        // portrait: the same card, taller, with a larger ring; decided by the window's shape, not its pixels
        layoutBoundsProperty().addListener((obs, old, now) -> {
            boolean portrait = now.getWidth() < now.getHeight();
            if (portrait != getPseudoClassStates().contains(PORTRAIT)) {
                pseudoClassStateChanged(PORTRAIT, portrait);
                sizeRing.run();
            }
        });
        StackPane dial = new StackPane(shapes, seconds);
        dial.getStyleClass().add("idle-dial");

        Label explanation = new Label();
        explanation.setId("idle-countdown");
        explanation.getStyleClass().add("idle-countdown");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("idle.countdown", idle.secondsLeftProperty().get()),
                i18n.languageProperty(), idle.secondsLeftProperty()));

        Button resume = TouchButton.create("idle-continue", "mdi2g-gesture-tap", i18n.text("idle.continue"));
        resume.getStyleClass().add("idle-continue");
        resume.setDefaultButton(true);
        resume.setOnAction(e -> idle.touched());

        VBox card = new VBox(question, dial, explanation, resume);
        card.setId("idle-card");
        card.getStyleClass().addAll("panel", "overlay-card", "idle-card");
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().addAll(backdrop, card);
        // the question takes the focus, so a screen reader says it and Enter or Space answers it
        visibleProperty().addListener((obs, was, showing) -> {
            if (showing) {
                resume.requestFocus();
            }
        });
    }
}
