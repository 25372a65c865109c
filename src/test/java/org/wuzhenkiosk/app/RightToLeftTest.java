package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledCopy;

/**
 * Arabic reads right to left, and so does its timeline: time runs the way an Arabic reader reads a sequence of
 * events, the first summit at the right; its dates keep their Arabic month names and ASCII digits.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftTest {

    private Stage stage;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;

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

    private double centreX(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getCenterX();
    }

    private void showIn(String language) {
        fixture.interact(() -> {
            kiosk.i18n().setLanguage(language);
            kiosk.navigator().go(ScreenName.TIMELINE);
        });
        fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(3)));
    }

    /** How the arrow of {@code query} is drawn once the styles of the language now showing apply: -1 turned round. */
    private double arrowScale(FxRobot robot, String query) {
        return fixture.interact(() -> {
            fixture.scene().getRoot().applyCss();
            return robot.lookup(query).queryAs(Labeled.class).getGraphic().getScaleX();
        });
    }

    @Test
    void theTimelineRunsRightToLeftInArabicAndLeftToRightOtherwise(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.withUnLanguages(dir);
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(dir));
        kiosk = fixture.kiosk();

        showIn("ar");
        assertThat(centreX(robot, "#event-wic-2014")).as("the first summit, in Arabic")
                .isGreaterThan(centreX(robot, "#event-wic-2015"));
        assertThat(robot.lookup("#event-wic-2014 .tl-card-date").queryAs(Labeled.class).getText())
                .isEqualTo("19–21 نوفمبر 2014");
        // the step towards earlier events sits at the right and points there
        assertThat(centreX(robot, "#timeline-previous")).isGreaterThan(centreX(robot, "#timeline-next"));
        assertThat(arrowScale(robot, "#timeline-previous"))
                .isEqualTo(-1);

        showIn("fr");
        assertThat(centreX(robot, "#event-wic-2014")).as("the first summit, in French")
                .isLessThan(centreX(robot, "#event-wic-2015"));
        assertThat(robot.lookup("#event-wic-2014 .tl-card-date").queryAs(Labeled.class).getText())
                .isEqualTo("19–21 novembre 2014");
        assertThat(arrowScale(robot, "#timeline-previous"))
                .isEqualTo(1);
    }
}
