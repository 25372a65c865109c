package org.wuzhenkiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.theme.Theme;

/**
 * Every event sheet and case detail of the bundled exhibition in each language, top and scrolled to the end
 * (where the sources are), at 1920x1080, for a fact-checker to read. Not part of {@code mvn verify}: run
 * {@code mvn -B test -Dtest=ContentScreenshots -Dsurefire.failIfNoSpecifiedTests=false -Dshots=DIR}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ContentScreenshots {

    private KioskApp.Kiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyEventSheetAndCaseDetail(FxRobot robot) throws IOException {
        Path out = Path.of(System.getProperty("shots", "target/content-shots"));
        for (String language : List.of("zh", "en")) {
            robot.interact(() -> {
                KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withLanguage(language);
                kiosk = KioskApp.compose(settings, List.of());
                Scene scene = new Scene(kiosk.root(), 1920, 1080);
                Theme.apply(scene, settings.theme());
                stage.setScene(scene);
                stage.show();
            });
            for (TimelineEvent e : kiosk.content().content().events()) {
                robot.interact(() -> kiosk.navigator().show(ScreenName.TIMELINE, e.id()));
                shootTopAndEnd(robot, "#event-detail .scroll-pane", out.resolve(language + "-event-" + e.id()));
            }
            for (CaseStudy c : kiosk.content().content().cases()) {
                robot.interact(() -> kiosk.navigator().show(ScreenName.CASES, c.id()));
                shootTopAndEnd(robot, "#case-scroller", out.resolve(language + "-case-" + c.id()));
            }
        }
    }

    private void shootTopAndEnd(FxRobot robot, String scroller, Path prefix) throws IOException {
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        shoot(robot, Path.of(prefix + "-top.png"));
        robot.lookup(scroller).tryQueryAs(ScrollPane.class).ifPresent(pane -> {
            robot.interact(() -> pane.setVvalue(pane.getVmax()));
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shoot(robot, Path.of(prefix + "-end.png"));
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
    }
}
