package org.wuzhenkiosk.screen.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.StoryStop;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * A visitor steps through the bundled tour: every stop shows its screen moved to what it is about and lit (the
 * event's card ringed, the case's pins and arcs lit, the case's page open) under its text and "n / 12"; swipes,
 * buttons and a presenter's keys step; "Explore from here" leaves the screen as it is and Back returns to the stop.
 */
@ExtendWith(ApplicationExtension.class)
class StoryTourTest {

    /** Long enough for every fade, glide and flight to end. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final String EN = "en";
    private Stage stage;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withLanguage(EN)
                .withStartScreen(ScreenName.STORY));
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Content content() {
        return kiosk.content().content();
    }

    private List<StoryStop> stops() {
        return content().story().stops();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(SETTLE));
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Nodes that show and lie within the part of the screen above the tour's text. */
    private List<Node> shownInHost(FxRobot robot, String query) {
        return shownInHost(robot, query, null);
    }

    /** As above, in the state {@code pseudoClass} (a lookup by selector does not look at states). */
    private List<Node> shownInHost(FxRobot robot, String query, String pseudoClass) {
        Node host = robot.lookup("#story-host").query();
        return fixture.interact(() -> {
            Bounds area = host.localToScene(host.getLayoutBounds());
            return robot.lookup(query).queryAll().stream().filter(SceneGraph::showing)
                    .filter(n -> pseudoClass == null || in(n, pseudoClass))
                    .filter(n -> area.contains(n.localToScene(n.getLayoutBounds()))).toList();
        });
    }

    private static boolean in(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** What the visitor sees at stop {@code i}: its place in the tour, its text, and its screen lit. */
    private void assertShows(FxRobot robot, int i) {
        StoryStop stop = stops().get(i);
        String where = "stop " + (i + 1) + " (" + stop.id() + ")";
        assertThat(kiosk.navigator().current()).as(where).isEqualTo(ScreenName.STORY);
        assertThat(text(robot, "#story-progress")).as(where).isEqualTo((i + 1) + " / " + stops().size());
        assertThat(text(robot, "#story-title")).as(where).isEqualTo(stop.title().in(EN, EN));
        assertThat(text(robot, "#story-text")).as(where).isEqualTo(stop.text().in(EN, EN));
        switch (stop.show()) {
            case TIMELINE -> {
                TimelineEvent event = content().event(stop.event()).orElseThrow();
                List<Node> lit = shownInHost(robot, ".tl-card", "spotlit");
                assertThat(lit).as(where + ": the event's card ringed, on screen").singleElement();
                assertThat(robot.from(lit.get(0)).lookup(".tl-card-title").queryAs(Labeled.class).getText())
                        .as(where).isEqualTo(event.title().in(EN, EN));
                assertThat(shownInHost(robot, "#timeline-screen")).as(where).hasSize(1);
            }
            case MAP -> {
                assertThat(shownInHost(robot, "#map-screen")).as(where).hasSize(1);
                if (stop.caseId() == null) {
                    assertThat(shownInHost(robot, ".map-marker", "highlighted")).as(where + ": nothing lit")
                            .isEmpty();
                    assertThat(robot.lookup(".map-marker").queryAll().stream().filter(SceneGraph::showing))
                            .as(where + ": every project's pin on the whole world").isNotEmpty();
                } else {
                    CaseStudy lit = content().caseStudy(stop.caseId()).orElseThrow();
                    assertThat(shownInHost(robot, ".map-marker", "highlighted"))
                            .as(where + ": the case's pins lit, in view").isNotEmpty();
                    if (lit.places().size() > 1) {
                        assertThat(robot.lookup(".map-arc-highlight").queryAll()).as(where + ": its arcs")
                                .isNotEmpty();
                    }
                }
            }
            case CASE -> {
                CaseStudy open = content().caseStudy(stop.caseId()).orElseThrow();
                assertThat(shownInHost(robot, "#case-detail")).as(where + ": the case's page open").hasSize(1);
                assertThat(text(robot, "#case-detail-title")).as(where).isEqualTo(open.title().in(EN, EN));
            }
            default -> throw new AssertionError(stop.show());
        }
    }

    @Test
    void everyStopOfTheBundledTourShowsItsScreenLitUnderItsText(FxRobot robot) {
        assertThat(stops()).hasSize(12);
        for (int i = 0; i < stops().size(); i++) {
            settle();
            assertShows(robot, i);
            if (i < stops().size() - 1) {
                robot.clickOn("#story-next");
            }
        }
        assertThat(text(robot, "#story-next")).as("after the last stop").isEqualTo("From the start");
        robot.clickOn("#story-next");
        settle();
        assertShows(robot, 0);
    }

    @Test
    void aSwipeStepsOnOrBackAndTheButtonsToo(FxRobot robot) {
        settle();
        Point2D middle = fixture.interact(() -> {
            Node host = robot.lookup("#story-host").query();
            Bounds b = host.localToScreen(host.getLayoutBounds());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-400, 0).release(MouseButton.PRIMARY);
        settle();
        assertShows(robot, 1);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(-400, 0).release(MouseButton.PRIMARY);
        settle();
        assertShows(robot, 2);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(400, 0).release(MouseButton.PRIMARY);
        settle();
        assertShows(robot, 1);
        robot.drag(middle, MouseButton.PRIMARY).moveBy(60, -300).release(MouseButton.PRIMARY);
        settle();
        assertThat(text(robot, "#story-progress")).as("a drag up is no swipe").isEqualTo("2 / 12");

        robot.clickOn("#story-previous");
        settle();
        assertShows(robot, 0);
        assertThat(robot.lookup("#story-previous").query().isDisabled()).as("no stop before the first").isTrue();
    }

    @Test
    void arrowKeysAndPageKeysStepAsAPresenterClickerDoes(FxRobot robot) {
        settle();
        robot.type(KeyCode.RIGHT);
        settle();
        assertShows(robot, 1);
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        assertShows(robot, 2);
        robot.type(KeyCode.DOWN);
        settle();
        assertShows(robot, 3);
        robot.type(KeyCode.PAGE_UP);
        settle();
        assertShows(robot, 2);
        robot.type(KeyCode.LEFT);
        settle();
        assertShows(robot, 1);
    }

    @Test
    void exploreFromHereLeavesTheScreenAsTheStopShowedItAndBackReturnsToTheStop(FxRobot robot) {
        int caseStop = indexOf(StoryStop.Shows.CASE);
        for (int i = 0; i < caseStop; i++) {
            robot.type(KeyCode.RIGHT);
        }
        settle();
        assertShows(robot, caseStop);
        String caseTitle = text(robot, "#case-detail-title");

        robot.clickOn("#story-explore");
        settle();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.CASES);
        assertThat(SceneGraph.showing(robot.lookup("#story-panel").tryQuery().orElse(null))).isFalse();
        assertThat(SceneGraph.showing(robot.lookup("#case-detail").query())).as("the case's page stays open").isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(caseTitle);

        robot.clickOn("#nav-back");
        settle();
        assertShows(robot, caseStop);

        robot.type(KeyCode.HOME);
        settle();
        robot.clickOn("#home-story");
        settle();
        assertThat(text(robot, "#story-progress")).as("the door leads back to where the visitor was")
                .isEqualTo((caseStop + 1) + " / 12");
    }

    @Test
    void exploringATimelineStopKeepsTheEventLitAndInView(FxRobot robot) {
        settle();
        String title = content().event(stops().get(0).event()).orElseThrow().title().in(EN, EN);

        robot.clickOn("#story-explore");
        settle();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);
        List<Node> lit = robot.lookup(".tl-card").queryAll().stream().filter(SceneGraph::showing)
                .filter(card -> in(card, "spotlit")).toList();
        assertThat(lit).singleElement().satisfies(card -> assertThat(
                robot.from(card).lookup(".tl-card-title").queryAs(Labeled.class).getText()).isEqualTo(title));

        robot.clickOn("#nav-back");
        settle();
        assertShows(robot, 0);
    }

    @Test
    void homeOffersTheTourWithItsTitleAndNumberOfStops(FxRobot robot) {
        robot.clickOn("#nav-home");
        settle();
        assertThat(SceneGraph.showing(robot.lookup("#home-story").query())).isTrue();
        Node door = robot.lookup("#home-story").query();
        assertThat(robot.from(door).lookup(".door-label").queryAs(Labeled.class).getText())
                .isEqualTo("Ten Years, Stop by Stop");
        assertThat(robot.from(door).lookup(".door-hint").queryAs(Labeled.class).getText())
                .isEqualTo("12 stops through the timeline, the map and the cases");
    }

    @Test
    void anExhibitionWithoutATourHasNoTourOnHomeAndStartsOnHome(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.into(dir);
        Files.delete(dir.resolve("story.json"));
        fixture = fixture.restart(KioskSettings.DEFAULTS.withFullScreen(false).withLanguage(EN)
                .withStartScreen(ScreenName.STORY).withContentDir(dir));
        kiosk = fixture.kiosk();
        settle();

        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.HOME);
        assertThat(SceneGraph.showing(robot.lookup("#home-story").query())).isFalse();
        assertThat(SceneGraph.showing(robot.lookup("#home-timeline").query())).isTrue();
    }

    @Test
    void theIdleResetStartsTheTourAgainAtItsFirstStop(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        settle();
        assertShows(robot, 2);

        fixture.interact(() -> kiosk.shell().resetAll(EN));
        settle();
        assertShows(robot, 0);
    }

    private int indexOf(StoryStop.Shows show) {
        for (int i = 0; i < stops().size(); i++) {
            if (stops().get(i).show() == show) {
                return i;
            }
        }
        throw new AssertionError("the bundled tour has no " + show + " stop");
    }
}
