package org.wuzhenkiosk.screen.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.SyntheticContent;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.theme.Theme;

/**
 * Pictures of timeline states that are hard to reach by clicking (an event with a picture in 1,000 generated
 * events), at 1920x1080, to look at. Not part of {@code mvn verify}: run
 * {@code mvn -B test -Dtest=TimelineScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dshots=DIR}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class TimelineScreenshots {

    private KioskApp.Kiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(Path content, String language) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE)
                .withContentDir(content).withLanguage(language);
        kiosk = KioskApp.compose(settings, List.of());
        Scene scene = new Scene(kiosk.root(), 1920, 1080);
        Theme.apply(scene, settings.theme());
        stage.setScene(scene);
        stage.show();
    }

    private void shoot(FxRobot robot, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        IOException[] failed = new IOException[1];
        robot.interact(() -> {
            try {
                SceneGraph.savePng(stage.getScene(), file);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        System.out.println("saved " + file.toAbsolutePath());
    }

    @Test
    void detailWithAPictureAndRelatedCases(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("shots", "target/timeline-shots"));
        Path content = out.resolve("content-1000");
        SyntheticContent.besideBundled(content).eventsInAll(1000).seed(2014).write();
        for (String language : List.of("zh", "en")) {
            robot.interact(() -> show(content, language));
            TimelineModel model = ((TimelineScreen) kiosk.shell().screen(ScreenName.TIMELINE)).model();
            TimelineEvent pictured = model.content().events().stream()
                    .filter(e -> e.image() != null && !e.cases().isEmpty()).findFirst().orElseThrow();
            robot.interact(() -> {
                model.setZoom(Zoom.MONTH, 0);
                model.reveal(pictured.id());
            });
            shoot(robot, out.resolve("1000-" + language + "-detail-picture.png"));
            robot.interact(model::close);
            shoot(robot, out.resolve("1000-" + language + "-month.png"));
        }
    }
}
