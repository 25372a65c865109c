package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.ui.KioskRoot;
import org.wuzhenkiosk.ui.Units;

/**
 * The idle question, the attract loop, the PIN pad and the staff panel in the window they have: a portrait window
 * gets a portrait layout, and sizes stay in design pixels at every window size. Sizes are measured in design
 * pixels in the kiosk's content (scaled or laid out at the window's pixels, the same numbers).
 */
@ExtendWith(ApplicationExtension.class)
class UpkeepLayoutTest {

    private static final String PIN = "2468";
    /** Portrait, and small enough for the headless screen the tests run on. */
    private static final int TALL_WIDTH = 600;
    private static final int TALL_HEIGHT = 1000;
    private Stage stage;
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void show(int width, int height) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height)
                .withLanguage("en")
                .withOperations(KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000))));
    }

    /** {@code node}'s bounds in design pixels of the kiosk's content. */
    private Bounds design(Node node) {
        return fixture.interact(() -> {
            Parent content = fixture.kiosk().root().content();
            Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double unit = Units.of(node).unit();
            return new BoundingBox(b.getMinX() / unit, b.getMinY() / unit, b.getWidth() / unit, b.getHeight() / unit);
        });
    }

    /** The window in design pixels of the kiosk's content. */
    private Bounds window() {
        return design(fixture.kiosk().root().content());
    }

    /** Taps the window {@code inset} window pixels in from its top-left corner, five times. */
    private void tapCorner(FxRobot robot, double inset) {
        Point2D corner = fixture.interact(() -> {
            KioskRoot root = fixture.kiosk().root();
            Bounds b = root.localToScreen(root.getLayoutBounds());
            return new Point2D(b.getMinX() + inset, b.getMinY() + inset);
        });
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openStaffPanel(FxRobot robot) {
        tapCorner(robot, 12);
        fixture.interact(() -> {
            for (char digit : PIN.toCharArray()) {
                robot.lookup("#pin-" + digit).queryButton().fire();
            }
            robot.lookup("#pin-ok").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(SceneGraph.showing(robot.lookup("#staff-panel").query())).isTrue();
    }

    /** Every visible labelled node under {@code root} (buttons, labels). */
    private List<Labeled> labelled(Node root) {
        List<Labeled> found = new ArrayList<>();
        fixture.interact(() -> collect(root, found));
        return found;
    }

    private static void collect(Node node, List<Labeled> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !labeled.getText().isEmpty()) {
            found.add(labeled);
        }
        if (node instanceof ScrollPane scroller && scroller.getContent() != null) {
            collect(scroller.getContent(), found);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    @Test
    void inAPortraitWindowTheStaffPanelIsOneScrollingColumnWithNothingOutsideTheWindowAcross(FxRobot robot) {
        show(TALL_WIDTH, TALL_HEIGHT);
        openStaffPanel(robot);
        Bounds window = window();
        Bounds content = design(robot.lookup("#staff-content").query());
        Bounds usage = design(robot.lookup("#staff-usage").query());
        assertThat(usage.getMinY()).as("the usage card under the content card")
                .isGreaterThanOrEqualTo(content.getMaxY());
        assertThat(usage.getWidth()).as("both cards across the width").isCloseTo(content.getWidth(), within(1.0));
        assertThat(content.getWidth()).isGreaterThan(window.getWidth() * 0.8);
        assertThat(SceneGraph.showing(robot.lookup("#staff-scroll").query())).as("the column scrolls").isTrue();
        // where today's chart is drawn once visitors opened cases: the chart fills it
        Node shownChart = fixture.interact(() -> robot.lookup("#staff-usage-chart").query().getParent());
        Bounds chart = design(shownChart);
        assertThat(chart.getWidth()).as("the chart across the card").isGreaterThan(usage.getWidth() * 0.8);
        for (Labeled node : labelled(robot.lookup("#staff-panel").query())) {
            Bounds b = design(node);
            assertThat(b.getMinX()).as("%s \"%s\" starts in the window", node.getId(), node.getText())
                    .isGreaterThanOrEqualTo(window.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("%s \"%s\" ends in the window", node.getId(), node.getText())
                    .isLessThanOrEqualTo(window.getMaxX() + 0.5);
        }
        for (String id : List.of("#staff-close", "#staff-exit")) {
            Bounds b = design(robot.lookup(id).query());
            assertThat(b.getMinY()).as("%s in the window", id).isGreaterThanOrEqualTo(window.getMinY());
            assertThat(b.getHeight()).as("%s a finger high", id).isGreaterThanOrEqualTo(56);
        }
    }

    @Test
    void inAWideWindowTheStaffPanelKeepsItsTwoCardsSideBySide(FxRobot robot) {
        show(1280, 720);
        openStaffPanel(robot);
        Bounds content = design(robot.lookup("#staff-content").query());
        Bounds usage = design(robot.lookup("#staff-usage").query());
        assertThat(usage.getMinY()).isCloseTo(content.getMinY(), within(1.0));
        assertThat(usage.getMinX()).isGreaterThan(content.getMaxX());
        assertThat(usage.getMaxX()).isLessThanOrEqualTo(window().getMaxX() + 0.5);
        Region reload = robot.lookup("#staff-reload").queryAs(Region.class);
        assertThat(fixture.interact(() -> reload.getWidth() - reload.prefWidth(-1))).as("\"Reload now\" whole")
                .isGreaterThanOrEqualTo(-0.5);
    }

    @Test
    void thePinKeysAreAFingerWideAndHighInEveryWindowAndLargerInPortrait(FxRobot robot) {
        show(1280, 720);
        tapCorner(robot, 12);
        Bounds wide = design(robot.lookup("#pin-5").query());
        assertThat(wide.getWidth()).isGreaterThanOrEqualTo(56);
        assertThat(wide.getHeight()).isGreaterThanOrEqualTo(56);
        for (String id : List.of("#pin-0", "#pin-ok", "#pin-delete", "#pin-cancel")) {
            assertThat(design(robot.lookup(id).query()).getHeight()).as(id).isGreaterThanOrEqualTo(56);
        }
        fixture.close();
        show(TALL_WIDTH, TALL_HEIGHT);
        tapCorner(robot, 12);
        Bounds tall = design(robot.lookup("#pin-5").query());
        assertThat(tall.getHeight()).as("the height a portrait screen has to spare").isGreaterThan(wide.getHeight());
        Bounds card = design(robot.lookup("#pin-card").query());
        Bounds window = window();
        assertThat(card.getMinX()).isGreaterThanOrEqualTo(window.getMinX());
        assertThat(card.getMaxX()).isLessThanOrEqualTo(window.getMaxX());
        assertThat(card.getMinY()).isGreaterThanOrEqualTo(window.getMinY());
        assertThat(card.getMaxY()).isLessThanOrEqualTo(window.getMaxY());
    }

    @Test
    void theStaffCornerIs120DesignPixelsOnALaptopToo(FxRobot robot) {
        show(1280, 720); // two thirds of a design pixel per window pixel: the corner is 80 window pixels
        tapCorner(robot, 100);
        assertThat(SceneGraph.showing(robot.lookup("#pin-pad").query())).as("100 px in is past the corner").isFalse();
        tapCorner(robot, 60);
        assertThat(SceneGraph.showing(robot.lookup("#pin-pad").query())).isTrue();
    }

    @Test
    void inAPortraitWindowTheQuestionFitsAndTheAttractLoopPutsThePictureAboveTheWords(FxRobot robot) {
        show(TALL_WIDTH, TALL_HEIGHT);
        fixture.interact(() -> fixture.kiosk().upkeep().idle().touched());
        fixture.advance(KioskSettings.DEFAULTS.idleTimeout().plusSeconds(1));
        Bounds window = window();
        Bounds card = design(robot.lookup("#idle-card").query());
        assertThat(SceneGraph.showing(robot.lookup("#idle-card").query())).isTrue();
        assertThat(card.getMinX()).isGreaterThanOrEqualTo(window.getMinX());
        assertThat(card.getMaxX()).isLessThanOrEqualTo(window.getMaxX());
        assertThat(design(robot.lookup("#idle-continue").query()).getHeight()).isGreaterThanOrEqualTo(56);

        fixture.advance(IdleTimer.COUNTDOWN.plusSeconds(1));
        AttractLoop loop = fixture.kiosk().upkeep().attract();
        assertThat(SceneGraph.showing(loop)).isTrue();
        fixture.interact(loop::next);
        fixture.advance(Duration.ofSeconds(1)); // the cross-fade ends
        String first = fixture.kiosk().content().content().cases().get(0).id();
        Node slide = robot.lookup("#attract-case-" + first).query();
        Bounds picture = design(robot.from(slide).lookup(".attract-cover").query());
        Bounds words = design(robot.from(slide).lookup(".attract-text").query());
        assertThat(words.getMinY()).as("the words under the picture").isGreaterThanOrEqualTo(picture.getMaxY());
        for (Labeled node : labelled(loop)) {
            Bounds b = design(node);
            assertThat(b.getMinX()).as("\"%s\" starts in the window", node.getText())
                    .isGreaterThanOrEqualTo(window.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("\"%s\" ends in the window", node.getText())
                    .isLessThanOrEqualTo(window.getMaxX() + 0.5);
        }
    }
}
