package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.SyntheticContent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Item;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

/** With a thousand events, the timeline keeps nodes only for what is on screen, and has one for everything that is. */
@ExtendWith(ApplicationExtension.class)
class TimelineScaleTest {

    @TempDir
    static Path dir;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private TimelineScreen screen;

    @Start
    void start(Stage stage) {
        SyntheticContent.besideBundled(dir).eventsInAll(1000).seed(5).write();
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE)
                .withContentDir(dir);
        fixture = KioskFixture.show(stage, settings);
        kiosk = fixture.kiosk();
        screen = (TimelineScreen) kiosk.shell().screen(ScreenName.TIMELINE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void onlyWhatIsOnScreenBecomesNodesAtEveryZoom(FxRobot robot) {
        TimelineModel model = screen.model();
        assertThat(model.content().events()).hasSize(1000);
        assertThat(kiosk.content().showingFallback()).isFalse();
        for (Zoom zoom : Zoom.values()) {
            robot.interact(() -> model.setZoom(zoom, 0));
            double end = model.layout().maxScroll();
            for (double x = 0; x <= end; x += Math.max(1, end / 40)) {
                double at = x;
                robot.interact(() -> model.scrollTo(at));
                WaitForAsyncUtils.waitForFxEvents();
                Set<String> cardNodes = new HashSet<>();
                for (Node node : robot.lookup(".tl-card").queryAll()) {
                    cardNodes.add(node.getId());
                }
                for (Item item : model.layout().visible(at, at + model.viewportWidth())) {
                    if (item instanceof TimelineLayout.Card) {
                        assertThat(cardNodes).as("%s at %s, x %.0f", item.key(), zoom, at).contains(item.key());
                    } else {
                        assertThat(robot.lookup("#" + item.key()).tryQuery()).as(item.key()).isPresent();
                    }
                }
                assertThat(screen.canvas().liveCardCount()).as("cards alive at %s, x %.0f", zoom, at)
                        .isLessThanOrEqualTo(60);
                assertThat(SceneGraph.count(screen.canvas())).as("timeline nodes at %s, x %.0f", zoom, at)
                        .isLessThan(800);
            }
        }
    }
}
