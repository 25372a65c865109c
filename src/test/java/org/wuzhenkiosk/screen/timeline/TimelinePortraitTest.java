package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.TimelineEvent;

/** The timeline on a portrait screen (1080 x 1920), as a kiosk mounted upright shows it. */
@ExtendWith(ApplicationExtension.class)
class TimelinePortraitTest {

    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private TimelineScreen screen;

    @Start
    void start(Stage stage) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE)
                .withSize(1080, 1920);
        fixture = KioskFixture.show(stage, settings);
        kiosk = fixture.kiosk();
        screen = (TimelineScreen) kiosk.shell().screen(ScreenName.TIMELINE);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The text a visitor reads on {@code query}: what its label draws, an ellipsis included. */
    private static String shown(FxRobot robot, String query) {
        Labeled labeled = robot.lookup(query).queryAs(Labeled.class);
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void theZoomLevelsAndTheHintReadWholeAndInsideTheWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double width = robot.lookup("#timeline-screen").query().getScene().getWidth();
        Bounds screen = inScene(robot.lookup("#timeline-screen").query());
        assertThat(screen.getMinX()).as("the screen's left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(screen.getMaxX()).as("the screen's right edge").isLessThanOrEqualTo(width + 0.5);
        for (String id : new String[] {"#zoom-all", "#zoom-year", "#zoom-month", "#timeline-hint"}) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            assertThat(shown(robot, id)).as(id).isEqualTo(labeled.getText());
            assertThat(inScene(labeled).getMaxX()).as(id).isLessThanOrEqualTo(width + 0.5);
            assertThat(inScene(labeled).getMinX()).as(id).isGreaterThanOrEqualTo(-0.5);
        }
    }

    /** Month names run long in some languages ("سبتمبر", "сент."); on a narrow axis none may touch another. */
    @Test
    void theAxisNamesNeverTouchInAnyLanguageAtAnyZoom(FxRobot robot) {
        for (String language : new String[] {"ar", "zh", "ru", "fr"}) {
            for (TimelineLayout.Zoom zoom : TimelineLayout.Zoom.values()) {
                fixture.interact(() -> {
                    kiosk.i18n().setLanguage(language);
                    screen.model().setZoom(zoom, screen.canvas().getWidth() / 2);
                });
                fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(3)));
                WaitForAsyncUtils.waitForFxEvents();
                List<Bounds> names = fixture.interact(() -> screen.canvas().lookupAll(".label").stream()
                        .filter(n -> n.getUserData() instanceof LocalDate && n.isVisible())
                        .map(TimelinePortraitTest::inScene).toList());
                for (int i = 0; i < names.size(); i++) {
                    for (int j = i + 1; j < names.size(); j++) {
                        Bounds a = names.get(i);
                        Bounds b = names.get(j);
                        boolean touch = a.getMinX() < b.getMaxX() && b.getMinX() < a.getMaxX()
                                && a.getMinY() < b.getMaxY() && b.getMinY() < a.getMaxY();
                        assertThat(touch).as("%s at %s: two axis names at %s and %s", language, zoom, a, b).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void anOpenEventTakesTheWidthAndItsTextReadsWhole(FxRobot robot) {
        TimelineEvent event = kiosk.content().content().events().get(0);
        fixture.interact(() -> screen.model().open(event));
        WaitForAsyncUtils.waitForFxEvents();
        Node sheet = robot.lookup("#event-detail").query();
        Node panel = robot.lookup("#event-detail .tl-sheet").query();
        Bounds layer = inScene(sheet);
        Bounds bounds = inScene(panel);
        // on a landscape design the panel stops short of the edges; on a portrait screen it spans the width
        assertThat(bounds.getWidth()).isGreaterThan(layer.getWidth() * 0.9);
        double width = sheet.getScene().getWidth();
        assertThat(bounds.getMinX()).isGreaterThanOrEqualTo(-0.5);
        assertThat(bounds.getMaxX()).isLessThanOrEqualTo(width + 0.5);
        assertThat(inScene(sheet).getMinX()).isGreaterThanOrEqualTo(-0.5);
        assertThat(inScene(sheet).getMaxX()).isLessThanOrEqualTo(width + 0.5);
        assertThat(shown(robot, "#event-detail-date")).isEqualTo(
                robot.lookup("#event-detail-date").queryAs(Labeled.class).getText());
        assertThat(inScene(robot.lookup("#event-detail-title").query()).getMaxX())
                .isLessThanOrEqualTo(bounds.getMaxX() + 0.5);
    }
}
