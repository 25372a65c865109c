package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.chart.XYChart;
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
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.upkeep.analytics.VisitEvent;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

/**
 * Visitor statistics staff can trust: a case opened by any way (its card, a timeline link, the map, the attract
 * loop) is recorded once, a return by Back is not a new open, a visit runs from its first touch to the idle reset,
 * and the staff panel says what the statistics file says.
 */
@ExtendWith(ApplicationExtension.class)
class VisitStatisticsTest {

    private static final String PIN = "2468";
    private static final Duration SETTLE = Duration.ofSeconds(5);
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

    private void tap(FxRobot robot, String query) {
        robot.clickOn(query);
        fixture.interact(() -> fixture.frames().settle(SETTLE));
        fixture.advance(Duration.ofMillis(500));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private Content content() {
        return kiosk.content().content();
    }

    @Test
    void everyWayToACaseIsCountedOnceAndThePanelSaysWhatTheFileSays(FxRobot robot, @TempDir Path dir)
            throws IOException {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withOperations(
                KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000)).withAnalyticsDir(dir)
                        .withStaffLanguage("zh")));
        kiosk = fixture.kiosk();
        CaseStudy first = content().cases().get(0);

        tap(robot, "#home-cases"); // the visit starts here
        tap(robot, "#case-" + first.id()); // 1: a card on the grid
        fixture.dragIntoView(robot, "#case-scroller", "#case-place-bangkok");
        tap(robot, "#case-place-bangkok");
        tap(robot, "#nav-back"); // back on the case's page: a return, not a new open
        assertThat(text(robot, "#case-detail-title")).isEqualTo(first.title().in("zh", "zh"));
        tap(robot, "#nav-home");
        tap(robot, "#home-timeline");
        tap(robot, "#zoom-year");
        tap(robot, "#year-2017");
        tap(robot, "#event-wic-2017");
        tap(robot, "#related-case-belt-road-digital-economy"); // 2: a timeline link
        tap(robot, "#nav-home");
        tap(robot, "#home-map"); // where Bangkok was shown: the whole world again
        tap(robot, "#map-reset");
        tap(robot, "#map-pin-quito");
        tap(robot, "#map-card-open"); // 3: a map card
        fixture.advance(Duration.ofSeconds(90 + 15)); // nobody: the visit ends, the attract loop starts

        fixture.advance(AttractLoop.SLIDE.plusSeconds(1)); // the first case's slide
        CaseStudy onSlide = kiosk.upkeep().attract().caseShown();
        assertThat(onSlide).isNotNull();
        robot.clickOn(robot.point("#attract-loop").query()); // 4: the attract loop; a second visit starts
        fixture.interact(() -> fixture.frames().settle(SETTLE));
        assertThat(SceneGraph.showing(robot.lookup("#case-detail").tryQuery().orElse(null))).isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(onSlide.title().in("zh", "zh"));
        fixture.advance(Duration.ofSeconds(90 + 15));

        List<VisitEvent> lines = VisitLog.readDay(dir, LocalDate.now(fixture.clock()));
        assertThat(lines.stream().filter(e -> VisitEvent.CASE_OPEN.equals(e.event())).map(VisitEvent::caseId))
                .containsExactly(first.id(), "belt-road-digital-economy", "rainforest-acoustic-monitoring",
                        onSlide.id());
        List<VisitEvent> visits = lines.stream().filter(e -> VisitEvent.VISIT_START.equals(e.event())
                || VisitEvent.VISIT_END.equals(e.event())).toList();
        assertThat(visits).extracting(VisitEvent::event).containsExactly(VisitEvent.VISIT_START,
                VisitEvent.VISIT_END, VisitEvent.VISIT_START, VisitEvent.VISIT_END);
        assertThat(visits).extracting(VisitEvent::reason).containsExactly(null, "idle", null, "idle");
        assertThat(visits.get(0).visit()).isNotEqualTo(visits.get(2).visit());

        Map<String, Integer> opensInFile = new LinkedHashMap<>();
        lines.stream().filter(e -> VisitEvent.CASE_OPEN.equals(e.event()))
                .forEach(e -> opensInFile.merge(titleOf(e.caseId()), 1, Integer::sum));

        Point2D corner = robot.point(kiosk.root()).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(24, 24)).query();
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner);
        }
        robot.interact(() -> {
            for (char digit : PIN.toCharArray()) {
                robot.lookup("#pin-" + digit).queryButton().fire();
            }
            robot.lookup("#pin-ok").queryButton().fire();
        });
        assertThat(SceneGraph.showing(robot.lookup("#staff-panel").query())).isTrue();
        double active = visits.stream().filter(e -> e.active() != null).mapToDouble(VisitEvent::active).average()
                .orElseThrow();
        assertThat(text(robot, "#staff-usage-summary")).isEqualTo(new I18n("zh", "en").get("staff.usage.summary",
                "2", String.valueOf(Math.round(active))));
        Map<String, Integer> opensInPanel = new LinkedHashMap<>();
        XYChart<?, ?> chart = robot.lookup("#staff-usage-chart").queryAs(XYChart.class);
        chart.getData().get(0).getData().forEach(d -> opensInPanel.put((String) d.getYValue(),
                ((Number) d.getXValue()).intValue()));
        assertThat(opensInPanel).isEqualTo(opensInFile);
    }

    private String titleOf(String caseId) {
        return content().caseStudy(caseId).orElseThrow().title().in("zh", "zh");
    }
}
