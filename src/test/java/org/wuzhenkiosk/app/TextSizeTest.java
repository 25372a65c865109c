package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
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
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.ui.Units;

/**
 * The visitor's text size: one button in the touch bar steps A, A+, A++ and back to A, every text grows with it and
 * still reads whole, and the next visitor after the idle reset finds normal text again.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {

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
                .withLanguage("en").withStartScreen(ScreenName.HOME));
        settle();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(2)));
    }

    private void tapTextSize(FxRobot robot) {
        robot.clickOn("#text-size");
        WaitForAsyncUtils.waitForFxEvents();
        settle();
    }

    private double titleFont(FxRobot robot) {
        return fixture.interact(() -> robot.lookup("#home-title").queryAs(Labeled.class).getFont().getSize());
    }

    private static Button button(FxRobot robot) {
        return robot.lookup("#text-size").queryButton();
    }

    @Test
    void theButtonStepsThroughThreeSizesAndTheTitleGrowsWithIt(FxRobot robot) {
        show(1920, 1080);
        double normal = titleFont(robot);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: normal");

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A+");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: larger");
        assertThat(titleFont(robot)).isCloseTo(normal * 1.25, within(0.5));

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A++");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: largest");
        assertThat(titleFont(robot)).isCloseTo(normal * 1.5, within(0.5));

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(titleFont(robot)).isCloseTo(normal, within(0.5));
    }

    @Test
    void theButtonIsNamedInTheVisitorsLanguageAndIsATargetAHandFinds(FxRobot robot) {
        show(1920, 1080);
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button(robot).getAccessibleText()).isEqualTo("文字大小：标准");
        Bounds b = fixture.interact(() -> button(robot).localToScene(button(robot).getLayoutBounds()));
        double unit = fixture.interact(() -> Units.of(button(robot)).unit());
        assertThat(Math.min(b.getWidth(), b.getHeight()) / unit).isGreaterThanOrEqualTo(56);
    }

    @Test
    void theIdleResetGivesTheNextVisitorNormalText(FxRobot robot) {
        show(1920, 1080);
        double normal = titleFont(robot);
        tapTextSize(robot);
        tapTextSize(robot);
        assertThat(titleFont(robot)).isCloseTo(normal * 1.5, within(0.5));
        fixture.advance(Duration.ofSeconds(90));
        fixture.advance(Duration.ofSeconds(15));
        assertThat(SceneGraph.showing(robot.lookup("#attract-loop").tryQuery().orElse(null))).isTrue();
        assertThat(fixture.interact(() -> Units.of(button(robot)).textScale())).isEqualTo(1);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(titleFont(robot)).isCloseTo(normal, within(0.5));
    }

    @Test
    void atTheLargestSizeTheHomeScreenAndTheBarShowEveryTextWhole(FxRobot robot) {
        show(1920, 1080);
        tapTextSize(robot);
        tapTextSize(robot);
        List<String> cut = fixture.interact(() -> cutTexts(stage.getScene().getRoot()));
        assertThat(cut).as("text cut short at A++").isEmpty();
        assertThat(SceneGraph.showing(robot.lookup("#nav-home").query())).isTrue();
        assertThat(SceneGraph.showing(robot.lookup("#nav-back").query())).isTrue();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean inside(Bounds b, Bounds box) {
        return b.getMinX() >= box.getMinX() - 0.5 && b.getMinY() >= box.getMinY() - 0.5
                && b.getMaxX() <= box.getMaxX() + 0.5 && b.getMaxY() <= box.getMaxY() + 0.5;
    }

    /** Every shown label whose words are cut: an ellipsis in place of its end, or lines outside its own box. */
    private static List<String> cutTexts(Node node) {
        List<String> cut = new ArrayList<>();
        collectCut(node, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null && !labeled.getText().equals(shown.getText())) {
                cut.add("\"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\"");
            } else if (shown != null && !inside(bounds(shown), bounds(labeled))) {
                cut.add("\"" + labeled.getText() + "\" runs out of its box");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }
}
