package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.ui.Fling;
import org.wuzhenkiosk.ui.Gallery;

/**
 * The case grid after a flick and the gallery after a swipe glide by one rule: each frame keeps the same share of
 * the last one's speed, and at the same starting speed both come to rest on the same frame.
 */
@ExtendWith(ApplicationExtension.class)
class OneGlideRuleTest {

    private static final Duration FRAME = Duration.ofNanos(16_666_667);
    private static final double SWIPED = 700;
    private KioskFixture fixture;
    private CasesScreen screen;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases());
        screen = CasesKiosk.screen(fixture.kiosk());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFlickedGridAndASwipedPictureSlowAlikeAndComeToRestOnTheSameFrame(FxRobot robot) {
        // the grid first, while it shows: flicked up at the speed the gallery's glide below will start at
        double speed = (CaseDetail.MEDIA_WIDTH - SWIPED) * -Math.log(Fling.FRICTION) + Fling.STOP_SPEED;
        Node card = CasesKiosk.card(robot, "th-5g-smart-hospital").orElseThrow();
        VirtualFlow<?> flow = CasesKiosk.gridFlow(robot);
        // the flow measures every row once, so that its position is a true measure of the rows' pixels
        fixture.interact(() -> {
            flow.setPosition(1);
            flow.layout();
            flow.setPosition(0);
            flow.layout();
        });
        double dragged = speed * 16 * 6;
        fixture.interact(() -> drag(card, 0, -dragged / 6, 6));
        // cards sit on whole pixels; the flow's position says exactly how far the rows have moved
        double pixelsPerPosition = dragged / flow.getPosition();
        List<Double> gridSteps = glide(() -> flow.getPosition() * pixelsPerPosition);

        // the gallery: a picture swiped most of the way to the next, then let go
        fixture.interact(() -> screen.model().open("th-5g-smart-hospital"));
        Gallery gallery = screen.detail().gallery();
        Node viewport = gallery.viewport();
        Node pictures = robot.from(gallery).lookup(".gallery-slot").query().getParent();
        fixture.interact(() -> drag(viewport, -SWIPED / 7, 0, 7));
        List<Double> gallerySteps = glide(() -> -pictures.getTranslateX());
        assertThat(gallery.indexProperty().get()).isEqualTo(1);

        double keptPerFrame = Math.pow(Fling.FRICTION, FRAME.toNanos() / 1e6);
        for (List<Double> steps : List.of(gridSteps, gallerySteps)) {
            assertThat(steps.get(0)).as("a flick moves it").isGreaterThan(1);
            for (int i = 1; i < steps.size() - 1; i++) {
                assertThat(steps.get(i) / steps.get(i - 1)).as("speed kept in frame %d", i)
                        .isCloseTo(keptPerFrame, Offset.offset(1e-6));
            }
        }
        assertThat(gallerySteps.get(0)).as("the same starting speed").isCloseTo(gridSteps.get(0),
                Offset.offset(1e-6));
        assertThat(gallerySteps).as("frames until at rest").hasSameSizeAs(gridSteps);
        assertThat(gallerySteps.stream().mapToDouble(Double::doubleValue).sum()).as("the picture lands in place")
                .isCloseTo(CaseDetail.MEDIA_WIDTH - SWIPED, Offset.offset(1e-6));
    }

    /** Presses on {@code node}, moves by (dx, dy) a frame's time apart {@code moves} times, and lifts at once. */
    private void drag(Node node, double dx, double dy, int moves) {
        Point2D at = node.localToScene(node.getLayoutBounds().getCenterX(), node.getLayoutBounds().getCenterY());
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_PRESSED, at));
        Point2D to = at;
        for (int i = 0; i < moves; i++) {
            fixture.frames().advance(Duration.ofMillis(16));
            to = to.add(dx, dy);
            Event.fireEvent(node, mouse(MouseEvent.MOUSE_DRAGGED, to));
        }
        Event.fireEvent(node, mouse(MouseEvent.MOUSE_RELEASED, to));
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, Point2D at) {
        return new MouseEvent(type, at.getX(), at.getY(), at.getX(), at.getY(), MouseButton.PRIMARY, 1, false,
                false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null);
    }

    /** Runs the frames one by one while {@code position} moves; returns how far it moved in each. */
    private List<Double> glide(DoubleSupplier position) {
        return fixture.interact(() -> {
            List<Double> steps = new ArrayList<>();
            double before = position.getAsDouble();
            for (int frame = 0; frame < 600; frame++) {
                fixture.frames().advance(FRAME);
                double now = position.getAsDouble();
                if (now == before) {
                    break;
                }
                steps.add(now - before);
                before = now;
            }
            return steps;
        });
    }
}
