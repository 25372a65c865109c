package org.wuzhenkiosk.screen.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.ui.Units;

/**
 * Home on a screen mounted upright (a 9:16 window, as small as the test screen allows) stacks the guided tour and
 * the three doors under the title, each the whole width, each a target a hand finds, none cut short, all inside
 * the window, in a long language and a right-to-left one too; on a wide screen the three doors stand side by side.
 */
@ExtendWith(ApplicationExtension.class)
class HomeScreenLayoutTest {

    /** A portrait window (9:16) that the 1920x1080 test screen holds. */
    private static final int PORTRAIT_WIDTH = 608;
    private static final int PORTRAIT_HEIGHT = 1080;
    private static final double TARGET = 56;
    private static final List<String> ENTRIES = List.of("#home-story", "#home-timeline", "#home-cases", "#home-map");
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

    private void show(int width, int height, String language) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height)
                .withLanguage(language).withStartScreen(ScreenName.HOME);
        fixture = fixture == null ? KioskFixture.show(stage, settings) : fixture.restart(settings);
        fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(2)));
    }

    @Test
    void onAPortraitScreenTheEntriesStackFullWidthUnderTheTitleWholeAndLargeInEveryLanguage(FxRobot robot) {
        SoftAssertions checks = new SoftAssertions();
        for (String language : List.of("en", "ru", "ar")) {
            show(PORTRAIT_WIDTH, PORTRAIT_HEIGHT, language);
            fixture.interact(() -> {
                Node home = robot.lookup("#home-screen").query();
                double designPx = designPx(home);
                Bounds screen = home.localToScene(home.getLayoutBounds());
                Bounds title = bounds(robot.lookup("#home-title").query());
                double above = title.getMaxY();
                for (String id : ENTRIES) {
                    Node entry = robot.lookup(id).query();
                    Bounds b = bounds(entry);
                    checks.assertThat(SceneGraph.showing(entry)).as("%s %s shows", language, id).isTrue();
                    checks.assertThat(b.getMinY()).as("%s %s lies under what is above it", language, id)
                            .isGreaterThanOrEqualTo(above - 0.5);
                    checks.assertThat(b.getWidth()).as("%s %s takes the width", language, id)
                            .isGreaterThan(screen.getWidth() * 0.8);
                    checks.assertThat(b.getHeight() / designPx).as("%s %s is a target a hand finds", language, id)
                            .isGreaterThanOrEqualTo(TARGET);
                    checks.assertThat(inside(b, 0, 0, stage.getScene().getWidth(), stage.getScene().getHeight()))
                            .as("%s %s lies inside the window: %s", language, id, b).isTrue();
                    above = b.getMaxY();
                }
                for (String cut : cutTexts(home)) {
                    checks.fail("%s: text cut short: %s", language, cut);
                }
            });
        }
        checks.assertAll();
    }

    @Test
    void onAWideScreenTheThreeDoorsStandSideBySideUnderTheTour(FxRobot robot) {
        show(1920, 1080, "en");
        fixture.interact(() -> {
            Bounds story = bounds(robot.lookup("#home-story").query());
            Bounds timeline = bounds(robot.lookup("#home-timeline").query());
            Bounds cases = bounds(robot.lookup("#home-cases").query());
            Bounds map = bounds(robot.lookup("#home-map").query());
            assertThat(timeline.getMinY()).isGreaterThanOrEqualTo(story.getMaxY());
            assertThat(cases.getMinY()).isEqualTo(timeline.getMinY());
            assertThat(map.getMinY()).isEqualTo(timeline.getMinY());
            assertThat(cases.getMinX()).isGreaterThan(timeline.getMaxX());
            assertThat(map.getMinX()).isGreaterThan(cases.getMaxX());
            assertThat(cutTexts(robot.lookup("#home-screen").query())).isEmpty();
        });
    }

    /** Scene pixels per design pixel in the node's window. */
    private static double designPx(Node node) {
        return Units.of(node).unit();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean inside(Bounds b, double minX, double minY, double maxX, double maxY) {
        return b.getMinX() >= minX - 0.5 && b.getMinY() >= minY - 0.5 && b.getMaxX() <= maxX + 0.5
                && b.getMaxY() <= maxY + 0.5;
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
            Bounds box = bounds(labeled);
            if (shown != null && !labeled.getText().equals(shown.getText())) {
                cut.add("\"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\"");
            } else if (shown != null && !inside(bounds(shown), box.getMinX(), box.getMinY(), box.getMaxX(),
                    box.getMaxY())) {
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
