package org.wuzhenkiosk.screen.story;

import java.time.Duration;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;

/**
 * The guided tour on a screen mounted upright (a 9:16 window the test screen holds): the stop's screen above, its
 * words across the whole width under it, and the steps in one row at the bottom, in reach of a thumb; every stop's
 * words whole, the steps inside the window, in a long language and a right-to-left one too.
 */
@ExtendWith(ApplicationExtension.class)
class StoryPortraitTest {

    private static final Duration SETTLE = Duration.ofSeconds(3);
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

    @Test
    void onAPortraitScreenTheWordsSpanTheWidthAndTheStepsLieUnderThemForEveryStop(FxRobot robot) {
        SoftAssertions checks = new SoftAssertions();
        for (String language : List.of("en", "fr", "ar")) {
            KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withSize(608, 1080)
                    .withLanguage(language).withStartScreen(ScreenName.STORY);
            fixture = fixture == null ? KioskFixture.show(stage, settings) : fixture.restart(settings);
            int stops = fixture.kiosk().content().content().story().stops().size();
            for (int i = 0; i < stops; i++) {
                int at = i;
                fixture.interact(() -> fixture.frames().settle(SETTLE));
                fixture.interact(() -> {
                    String where = language + ", stop " + (at + 1);
                    Bounds host = bounds(robot.lookup("#story-host").query());
                    Bounds words = bounds(robot.lookup("#story-text").query());
                    Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth(),
                            stage.getScene().getHeight());
                    checks.assertThat(words.getMinY()).as("%s: the words under the stop's screen", where)
                            .isGreaterThanOrEqualTo(host.getMaxY() - 0.5);
                    checks.assertThat(words.getWidth()).as("%s: the words across the width", where)
                            .isGreaterThan(window.getWidth() * 0.6);
                    for (String step : List.of("#story-previous", "#story-next", "#story-explore")) {
                        Bounds b = bounds(robot.lookup(step).query());
                        checks.assertThat(b.getMinY()).as("%s: %s under the words", where, step)
                                .isGreaterThanOrEqualTo(words.getMaxY() - 0.5);
                        checks.assertThat(window.contains(b)).as("%s: %s inside the window", where, step).isTrue();
                    }
                    for (String id : List.of("#story-title", "#story-text", "#story-previous", "#story-next",
                            "#story-explore", "#story-progress")) {
                        Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
                        Text shown = (Text) labeled.lookup(".text");
                        checks.assertThat(shown.getText()).as("%s: %s whole", where, id)
                                .isEqualTo(labeled.getText());
                    }
                });
                fixture.interact(() -> robot.lookup("#story-next").queryButton().fire());
            }
        }
        checks.assertAll();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
