package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;

/**
 * A visitor's way through the kiosk and back again: after each Back the screen is the one they came from, as they
 * left it (scroll, zoom, map view, what was open). With {@code -Dshots=DIR} each step is also saved as a picture.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyTest {

    /** Long enough for every fade, glide, flight and waiting single tap to end. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private int step;
    private String walk;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false));
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Content content() {
        return kiosk.content().content();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(SETTLE));
        fixture.advance(Duration.ofMillis(500));
    }

    private void tap(FxRobot robot, String query) {
        robot.clickOn(query);
        settle();
    }

    private void back(FxRobot robot) {
        tap(robot, "#nav-back");
    }

    private boolean showing(FxRobot robot, String query) {
        return SceneGraph.showing(robot.lookup(query).tryQuery().orElse(null));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private KioskScreen.State state(ScreenName screen) {
        return fixture.interact(() -> kiosk.shell().screen(screen).snapshot());
    }

    private Point2D where(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return fixture.interact(() -> {
            Bounds b = node.localToScene(node.getLayoutBounds());
            return new Point2D(b.getMinX(), b.getMinY());
        });
    }

    /** With -Dshots=DIR: the screen as the visitor sees it now, numbered in the order of the walk. */
    private void picture(String name) throws IOException {
        String dir = System.getProperty("shots");
        if (dir == null) {
            return;
        }
        Path file = Path.of(dir).resolve(String.format("journey-%s-%02d-%s.png", walk, ++step, name));
        IOException[] failed = new IOException[1];
        fixture.interact(() -> {
            try {
                SceneGraph.savePng(fixture.scene(), file);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private VirtualFlow<?> gridFlow(FxRobot robot) {
        return (VirtualFlow<?>) robot.lookup("#cases-grid .virtual-flow").query();
    }

    /** The lowest card of the grid whose middle is on screen: one a visitor scrolled to. */
    private CaseStudy cardInView(FxRobot robot) {
        Node grid = robot.lookup("#cases-grid").query();
        return fixture.interact(() -> {
            Bounds view = grid.localToScene(grid.getLayoutBounds());
            CaseStudy found = null;
            double lowest = Double.NEGATIVE_INFINITY;
            for (Node card : robot.lookup(".case-card").queryAll()) {
                Bounds b = card.localToScene(card.getLayoutBounds());
                if (SceneGraph.showing(card) && card.getId() != null
                        && view.contains(b.getCenterX(), b.getCenterY()) && b.getMinY() > lowest) {
                    lowest = b.getMinY();
                    found = content().caseStudy(card.getId().substring("case-".length())).orElseThrow();
                }
            }
            return found;
        });
    }

    @Test
    void backFromACaseOpenedOnTheGridReturnsToTheGridScrolledWhereItWas(FxRobot robot) throws IOException {
        walk = "grid";
        tap(robot, "#home-cases");
        robot.drag("#cases-grid").moveBy(0, -360).release(MouseButton.PRIMARY);
        settle();
        double scrolled = fixture.interact(() -> gridFlow(robot).getPosition());
        assertThat(scrolled).as("the grid was scrolled down").isGreaterThan(0);
        CaseStudy chosen = cardInView(robot);
        Point2D cardAt = where(robot, "#case-" + chosen.id());
        picture("cases-grid-scrolled");

        tap(robot, "#case-" + chosen.id());
        assertThat(showing(robot, "#case-detail")).isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(chosen.title().in("zh", "zh"));
        assertThat(text(robot, "#case-back")).isEqualTo(kiosk.i18n().get("case.back"));
        picture("case-page");

        back(robot);
        assertThat(showing(robot, "#case-detail")).isFalse();
        assertThat(showing(robot, "#cases-grid")).isTrue();
        assertThat(fixture.interact(() -> gridFlow(robot).getPosition())).isEqualTo(scrolled);
        assertThat(where(robot, "#case-" + chosen.id())).as("the card is where the visitor left it").isEqualTo(cardAt);
        picture("back-to-the-grid");

        // the page's own button does what Back does
        tap(robot, "#case-" + chosen.id());
        tap(robot, "#case-back");
        assertThat(showing(robot, "#cases-grid")).isTrue();
        assertThat(where(robot, "#case-" + chosen.id())).isEqualTo(cardAt);

        back(robot);
        assertThat(showing(robot, "#home-screen")).isTrue();
        assertThat(kiosk.navigator().canGoBackProperty().get()).isFalse();
    }

    @Test
    void fromTheTimelineThroughACaseToTheMapAndBackStepByStep(FxRobot robot) throws IOException {
        walk = "timeline";
        CaseStudy belt = content().caseStudy("belt-road-digital-economy").orElseThrow();
        tap(robot, "#home-timeline");
        tap(robot, "#zoom-year");
        tap(robot, "#year-2017");
        KioskScreen.State timeline = state(ScreenName.TIMELINE);
        Point2D eventAt = where(robot, "#event-wic-2017");
        picture("timeline-2017");

        tap(robot, "#event-wic-2017");
        assertThat(showing(robot, "#event-detail")).isTrue();
        KioskScreen.State sheet = state(ScreenName.TIMELINE);
        picture("event-sheet");

        tap(robot, "#related-case-" + belt.id());
        assertThat(showing(robot, "#case-detail")).isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(belt.title().in("zh", "zh"));
        assertThat(text(robot, "#case-back")).as("the page's button says where it leads")
                .isEqualTo(kiosk.i18n().get("home.timeline"));
        picture("case-page-from-the-timeline");

        fixture.dragIntoView(robot, "#case-scroller", "#case-place-wuzhen");
        KioskScreen.State page = state(ScreenName.CASES);
        picture("case-page-scrolled-to-its-places");
        tap(robot, "#case-place-wuzhen");
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.MAP);
        assertThat(showing(robot, "#map-panel")).isTrue();
        assertThat(text(robot, "#map-card-title")).isEqualTo(belt.title().in("zh", "zh"));
        picture("map-card-of-the-case");

        back(robot); // 1: the case's page, as it was
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.CASES);
        assertThat(showing(robot, "#case-detail")).isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(belt.title().in("zh", "zh"));
        assertThat(state(ScreenName.CASES)).as("scrolled to its places, as it was left").isEqualTo(page);
        assertThat(showing(robot, "#map-panel")).as("the map's card closed behind").isFalse();
        picture("back-1-case-page");

        back(robot); // 2: the timeline with the event's sheet open
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);
        assertThat(showing(robot, "#event-detail")).isTrue();
        assertThat(state(ScreenName.TIMELINE)).isEqualTo(sheet);
        picture("back-2-event-sheet");

        back(robot); // 3: the sheet closes, the timeline stays at 2017
        assertThat(showing(robot, "#event-detail")).isFalse();
        assertThat(state(ScreenName.TIMELINE)).isEqualTo(timeline);
        assertThat(where(robot, "#event-wic-2017")).isEqualTo(eventAt);
        picture("back-3-timeline");

        back(robot); // 4: home
        assertThat(showing(robot, "#home-screen")).isTrue();
        picture("back-4-home");

        // a door opens a screen with nothing left open in it
        tap(robot, "#home-cases");
        assertThat(showing(robot, "#case-detail")).isFalse();
        assertThat(showing(robot, "#cases-grid")).isTrue();
    }

    @Test
    void backFromAProjectOpenedOnTheMapShowsTheMapAsItWasWithItsCardOpen(FxRobot robot) throws IOException {
        walk = "map";
        CaseStudy rainforest = content().caseStudy("rainforest-acoustic-monitoring").orElseThrow();
        tap(robot, "#home-map");
        tap(robot, "#map-zoom-in");
        tap(robot, "#map-pin-quito");
        assertThat(showing(robot, "#map-panel")).isTrue();
        KioskScreen.State map = state(ScreenName.MAP);
        Point2D pinAt = where(robot, "#map-pin-quito");
        picture("map-pin-card");

        tap(robot, "#map-card-open");
        assertThat(showing(robot, "#case-detail")).isTrue();
        assertThat(text(robot, "#case-back")).isEqualTo(kiosk.i18n().get("home.map"));
        picture("case-page-from-the-map");

        back(robot);
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.MAP);
        assertThat(showing(robot, "#map-panel")).isTrue();
        assertThat(text(robot, "#map-card-title")).isEqualTo(rainforest.title().in("zh", "zh"));
        assertThat(where(robot, "#map-pin-quito")).as("the same view").isEqualTo(pinAt);
        assertThat(state(ScreenName.MAP)).isEqualTo(map);
        picture("back-to-the-map-card");

        back(robot);
        assertThat(showing(robot, "#map-panel")).as("Back closes the card first").isFalse();
        assertThat(where(robot, "#map-pin-quito")).isEqualTo(pinAt);
        back(robot);
        assertThat(showing(robot, "#home-screen")).isTrue();
    }

    @Test
    void theGridsFiltersAreStillOnAfterAVisitToTheMapAndBack(FxRobot robot) {
        tap(robot, "#home-cases");
        tap(robot, "#facet-region");
        tap(robot, "#filter-region-latin-america");
        String filtered = text(robot, "#facet-region");
        assertThat(filtered).isNotEqualTo(kiosk.i18n().get("cases.filter.region"));
        tap(robot, "#case-cbers-amazon");
        fixture.dragIntoView(robot, "#case-scroller", "#case-place-manaus");
        tap(robot, "#case-place-manaus");
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.MAP);
        back(robot);
        back(robot);
        assertThat(showing(robot, "#cases-grid")).isTrue();
        assertThat(text(robot, "#facet-region")).isEqualTo(filtered);
        assertThat(robot.lookup(".case-card").queryAll().stream().filter(SceneGraph::showing).map(Node::getId))
                .containsExactlyInAnyOrder("case-cbers-amazon", "case-rainforest-acoustic-monitoring");
    }

    @Test
    void escapeClosesWhatIsOpenOnEveryScreenAndNothingMore(FxRobot robot) {
        tap(robot, "#home-map");
        tap(robot, "#map-pin-quito");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(showing(robot, "#map-panel")).as("the map's card").isFalse();
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(kiosk.navigator().current()).as("nothing open: the screen stays").isEqualTo(ScreenName.MAP);

        tap(robot, "#nav-home");
        tap(robot, "#home-timeline");
        tap(robot, "#event-wic-2014");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(showing(robot, "#event-detail")).as("the event's sheet").isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);

        tap(robot, "#nav-home");
        tap(robot, "#home-cases");
        String first = content().cases().get(0).id();
        tap(robot, "#case-" + first);
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(showing(robot, "#case-detail")).as("the case's page").isFalse();
        assertThat(showing(robot, "#cases-grid")).isTrue();
    }

    @Test
    void backFromATimelineWithASheetOpenClosesTheSheetBeforeLeaving(FxRobot robot) {
        tap(robot, "#home-timeline");
        tap(robot, "#event-wic-2014");
        back(robot);
        assertThat(showing(robot, "#event-detail")).isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);
        back(robot);
        assertThat(showing(robot, "#home-screen")).isTrue();
        tap(robot, "#home-timeline");
        assertThat(showing(robot, "#event-detail")).as("nothing left open").isFalse();
    }

    @Test
    void backWithATimelineBadgesListOpenClosesTheListFirstAndKeepsTheTimelineAsItWas(FxRobot robot) {
        tap(robot, "#home-timeline");
        Node badge = robot.lookup(".tl-badge").queryAll().stream().filter(SceneGraph::showing).findFirst()
                .orElseThrow(() -> new AssertionError("the overview of the bundled timeline has a crowded period"));
        robot.clickOn(badge);
        settle();
        assertThat(showing(robot, "#event-group-heading")).as("the badge's list").isTrue();
        KioskScreen.State open = state(ScreenName.TIMELINE);

        back(robot);
        assertThat(showing(robot, "#event-group-heading")).as("Back closes the list").isFalse();
        assertThat(kiosk.navigator().current()).as("and stays on the timeline").isEqualTo(ScreenName.TIMELINE);
        assertThat(state(ScreenName.TIMELINE)).as("zoom, position and kinds as they were")
                .usingRecursiveComparison().ignoringFields("openGroup").isEqualTo(open);
        back(robot);
        assertThat(showing(robot, "#home-screen")).isTrue();
    }
}
