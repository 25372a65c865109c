package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Source;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

@ExtendWith(ApplicationExtension.class)
class TimelineScreenTest {

    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private TimelineScreen screen;
    private TimelineModel model;

    @Start
    void start(Stage stage) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE);
        fixture = KioskFixture.show(stage, settings);
        kiosk = fixture.kiosk();
        screen = (TimelineScreen) kiosk.shell().screen(ScreenName.TIMELINE);
        model = screen.model();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Content content() {
        return kiosk.content().content();
    }

    private TimelineEvent event(String id) {
        return content().event(id).orElseThrow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Whether a node is in the scene, shown, and at least partly inside the window. */
    private static boolean onScreen(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        if (!SceneGraph.showing(node)) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return bounds.getMaxX() > 0 && bounds.getMinX() < 1920 && bounds.getMaxY() > 0 && bounds.getMinY() < 1080;
    }

    /** Runs the frames on until a fling has come to rest, five seconds at most. */
    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        boolean rested = fixture.interact(() -> {
            for (int frame = 0; frame < 300 && screen.canvas().flinging(); frame++) {
                fixture.frames().advance(Duration.ofMillis(16));
            }
            return !screen.canvas().flinging();
        });
        if (!rested) {
            throw new AssertionError("the timeline never came to rest");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOverviewShowsEveryYearAndTheSummitsAsCards(FxRobot robot) {
        assertThat(onScreen(robot, "#timeline-screen")).isTrue();
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        for (TimelineEvent summit : content().events()) {
            if (summit.kind().equals("summit")) {
                assertThat(onScreen(robot, "#event-" + summit.id())).as(summit.id()).isTrue();
            }
        }
        for (int year = 2014; year <= 2023; year++) {
            assertThat(onScreen(robot, "#year-" + year)).isTrue();
        }
    }

    @Test
    void inYearAndMonthZoomTheFewLanesOnScreenSpreadOverTheHeightAboveTheAxis(FxRobot robot) {
        Bounds canvas = screen.canvas().localToScene(screen.canvas().getLayoutBounds());
        int spread = 0;
        for (Zoom zoom : List.of(Zoom.YEAR, Zoom.MONTH)) {
            for (int year = 2014; year <= 2023; year++) {
                int jumpTo = year;
                robot.interact(() -> {
                    model.jumpToYear(jumpTo);
                    model.setZoom(zoom, model.viewportWidth() / 2);
                });
                settle();
                List<Bounds> cards = robot.lookup(".tl-card").queryAll().stream().filter(SceneGraph::showing)
                        .map(n -> n.localToScene(n.getLayoutBounds()))
                        .filter(b -> b.getMaxX() > canvas.getMinX() && b.getMinX() < canvas.getMaxX()).toList();
                double top = cards.stream().mapToDouble(Bounds::getMinY).min().orElse(Double.NaN);
                double bottom = cards.stream().mapToDouble(Bounds::getMinY).max().orElse(Double.NaN);
                if (cards.size() < 2 || bottom - top < 1) {
                    continue; // one lane on screen: it stays by the axis
                }
                spread++;
                assertThat(top - canvas.getMinY()).as(zoom + " " + year + ": the top lane reaches the top of the "
                        + "timeline, not the middle").isLessThan(0.12 * canvas.getHeight());
                assertThat(cards).allSatisfy(c -> assertThat(c.getMinY()).isGreaterThanOrEqualTo(canvas.getMinY()));
            }
        }
        assertThat(spread).as("positions with two lanes or more on screen").isPositive();
    }

    @Test
    void dragScrollsTheTimelineAndFlingsOn(FxRobot robot) {
        robot.clickOn("#zoom-year");
        robot.interact(() -> model.jumpToYear(2014));
        settle();
        assertThat(onScreen(robot, "#event-wic-2014")).isTrue();
        assertThat(onScreen(robot, "#event-wic-2016")).isFalse();
        double before = model.scroll();
        robot.drag(1600, 420, MouseButton.PRIMARY).moveBy(-500, 0).moveBy(-500, 0).release(MouseButton.PRIMARY);
        settle();
        assertThat(model.scroll()).isGreaterThanOrEqualTo(before + 1000 - 1);
        robot.drag(1600, 420, MouseButton.PRIMARY).moveBy(-600, 0).moveBy(-600, 0).release(MouseButton.PRIMARY);
        settle();
        assertThat(onScreen(robot, "#event-wic-2014")).as("scrolled away").isFalse();
        double after = model.scroll();
        robot.drag(300, 420, MouseButton.PRIMARY).moveBy(600, 0).release(MouseButton.PRIMARY);
        settle();
        assertThat(model.scroll()).as("dragging right goes back in time").isLessThan(after);
    }

    @Test
    void aSwipeKeepsGoingAfterTheFingerLifts(FxRobot robot) {
        robot.clickOn("#zoom-month");
        robot.interact(() -> model.jumpToYear(2016));
        settle();
        double before = model.scroll();
        double[] atRelease = new double[1];
        robot.interact(() -> {
            Node canvas = screen.canvas();
            // a quick flick: presses, moves 300 px over 60 ms, lifts at once
            fire(canvas, MouseEvent.MOUSE_PRESSED, 1200);
            for (int i = 1; i <= 6; i++) {
                fixture.frames().advance(Duration.ofMillis(10));
                fire(canvas, MouseEvent.MOUSE_DRAGGED, 1200 - i * 50);
            }
            fire(canvas, MouseEvent.MOUSE_RELEASED, 900);
            atRelease[0] = model.scroll();
        });
        assertThat(atRelease[0]).isCloseTo(before + 300, Offset.offset(1.0));
        settle();
        assertThat(model.scroll()).isGreaterThan(atRelease[0] + 300);
    }

    private static void fire(Node target, EventType<MouseEvent> type, double x) {
        Point2D scene = target.localToScene(x, 400);
        target.fireEvent(new MouseEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }

    @Test
    void zoomChangesTheScale(FxRobot robot) {
        double overview = model.layout().pxPerDay();
        robot.clickOn("#zoom-year");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        double year = model.layout().pxPerDay();
        assertThat(year).isGreaterThan(overview * 5);
        assertThat(robot.lookup("#zoom-year").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(model.nothingOnScreen()).as("zooming by button keeps an event in view").isFalse();

        // a pinch, as a touchscreen reports it
        robot.interact(() -> {
            Node canvas = screen.canvas();
            canvas.fireEvent(zoom(ZoomEvent.ZOOM_STARTED, 1, 1));
            canvas.fireEvent(zoom(ZoomEvent.ZOOM, 1.2, 1.2));
            canvas.fireEvent(zoom(ZoomEvent.ZOOM, 1.2, 1.44));
            canvas.fireEvent(zoom(ZoomEvent.ZOOM_FINISHED, 1, 1.44));
        });
        assertThat(model.zoom()).isEqualTo(Zoom.MONTH);
        assertThat(model.layout().pxPerDay()).isGreaterThan(year * 5);
        robot.interact(() -> {
            Node canvas = screen.canvas();
            canvas.fireEvent(zoom(ZoomEvent.ZOOM_STARTED, 1, 1));
            canvas.fireEvent(zoom(ZoomEvent.ZOOM, 0.7, 0.7));
            canvas.fireEvent(zoom(ZoomEvent.ZOOM_FINISHED, 1, 0.7));
        });
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);

        // the presenter's keys
        robot.interact(() -> screen.canvas().requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        robot.type(KeyCode.UP);
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        double scroll = model.scroll();
        robot.type(KeyCode.RIGHT);
        assertThat(model.scroll()).isGreaterThan(scroll);
    }

    private ZoomEvent zoom(EventType<ZoomEvent> type, double factor, double total) {
        return new ZoomEvent(type, 960, 400, 960, 500, false, false, false, false, true, false, factor, total,
                new PickResult(screen.canvas(), 960, 400));
    }

    @Test
    void aDoubleTapOnTheTimelineZoomsInThere(FxRobot robot) {
        robot.doubleClickOn(300, 190, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
    }

    @Test
    void tappingAnEventOpensItsDetail(FxRobot robot) {
        assertThat(onScreen(robot, "#event-detail")).isFalse();
        robot.clickOn("#event-wic-2014");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-detail")).isTrue();
        TimelineEvent wic = event("wic-2014");
        assertThat(text(robot, "#event-detail-title")).isEqualTo(wic.title().in("zh", "zh"));
        assertThat(text(robot, "#event-detail-date")).isEqualTo("2014年11月19日–21日");
        assertThat(text(robot, "#event-detail-body")).isEqualTo(wic.body().in("zh", "zh"));
        assertThat(text(robot, "#event-detail-place")).contains("乌镇");
        assertThat(robot.lookup("#event-detail-sources .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("each source by its Chinese title and its publisher, never by the staff's note")
                .contains(wic.sources().get(0).title().in("zh", "zh"), wic.sources().get(0).publication("zh", "zh"))
                .doesNotContainAnyElementsOf(wic.sources().stream().map(Source::note).filter(Objects::nonNull)
                        .toList());

        robot.clickOn("#event-detail-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-detail")).as("closed by its button").isFalse();

        robot.clickOn("#event-wic-2014");
        robot.clickOn(960, 80, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-detail")).as("closed by a tap outside").isFalse();

        robot.clickOn("#event-wic-2014");
        WaitForAsyncUtils.waitForFxEvents();
        Node title = robot.lookup("#event-detail-date").query();
        Bounds at = title.localToScreen(title.getLayoutBounds());
        robot.drag(at.getMinX() + 400, at.getCenterY(), MouseButton.PRIMARY).moveBy(0, 120).moveBy(0, 120)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-detail")).as("closed by a swipe down").isFalse();
    }

    @Test
    void thePanelFadesInAndASwipeTooShortToCloseItSpringsBack(FxRobot robot) {
        robot.clickOn("#event-wic-2014");
        Node layer = robot.lookup("#event-detail").query();
        Node sheet = robot.lookup("#event-detail .tl-sheet").query();
        assertThat(layer.getOpacity()).as("fading in").isLessThan(1);
        fixture.advance(Duration.ofMillis(200));
        assertThat(layer.getOpacity()).isEqualTo(1);

        Node grip = robot.lookup("#event-detail .tl-sheet-grip").query();
        Bounds at = grip.localToScreen(grip.getLayoutBounds());
        robot.drag(at.getMinX() + 400, at.getCenterY(), MouseButton.PRIMARY).moveBy(0, 60)
                .release(MouseButton.PRIMARY);
        assertThat(onScreen(robot, "#event-detail")).as("too short a swipe leaves it open").isTrue();
        assertThat(sheet.getTranslateY()).isGreaterThan(0);
        fixture.advance(Duration.ofMillis(200));
        assertThat(sheet.getTranslateY()).as("back in place").isZero();
    }

    @Test
    void presentersCloseThePanelWithEscapeAndKeepMovingWithTheArrows(FxRobot robot) {
        robot.clickOn("#zoom-year");
        robot.interact(() -> model.reveal("wic-2016"));
        WaitForAsyncUtils.waitForFxEvents();
        double scroll = model.scroll();
        robot.type(KeyCode.RIGHT);
        assertThat(model.scroll()).as("arrows do not move the timeline behind an open panel").isEqualTo(scroll);
        robot.type(KeyCode.ESCAPE);
        assertThat(onScreen(robot, "#event-detail")).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(model.scroll()).isGreaterThan(scroll);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        assertThat(model.scroll()).isLessThan(scroll);
    }

    @Test
    void aRelatedCaseOpensItsCardOnTheCasesScreen(FxRobot robot) {
        robot.clickOn("#event-wic-2017");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#related-case-belt-road-digital-economy")).isTrue();
        robot.clickOn("#related-case-belt-road-digital-economy");
        WaitForAsyncUtils.waitForFxEvents();
        Navigator navigator = kiosk.navigator();
        assertThat(navigator.current()).isEqualTo(ScreenName.CASES);
        assertThat(navigator.targetProperty().get())
                .isEqualTo(new Navigator.Target(ScreenName.CASES, "belt-road-digital-economy"));
    }

    @Test
    void anotherScreenCanAskForAnEvent(FxRobot robot) {
        robot.interact(() -> kiosk.navigator().go(ScreenName.CASES));
        robot.interact(() -> model.setZoom(Zoom.MONTH, 0));
        robot.interact(() -> kiosk.navigator().show(ScreenName.TIMELINE, "wic-2021"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);
        assertThat(onScreen(robot, "#event-detail")).isTrue();
        assertThat(text(robot, "#event-detail-title")).isEqualTo(event("wic-2021").title().in("zh", "zh"));
        assertThat(onScreen(robot, "#event-wic-2021")).as("the timeline behind shows it too").isTrue();
    }

    @Test
    void aFilterChipHidesEveryOtherKind(FxRobot robot) {
        assertThat(onScreen(robot, "#event-belt-road-initiative-2017")).isTrue();
        robot.clickOn("#kind-initiative");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-belt-road-initiative-2017")).isTrue();
        assertThat(onScreen(robot, "#event-action-initiative-2020")).isTrue();
        assertThat(onScreen(robot, "#event-wic-2014")).as("a summit").isFalse();
        for (Node card : robot.lookup(".tl-card").queryAll()) {
            assertThat(event(card.getId().substring("event-".length())).kind()).isEqualTo("initiative");
        }
        assertThat(robot.lookup("#kind-all").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.clickOn("#kind-summit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-wic-2014")).isTrue();
        assertThat(onScreen(robot, "#event-concept-document-2019")).as("a document").isFalse();

        robot.clickOn("#kind-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shownEvents()).hasSameSizeAs(content().events());
        assertThat(onScreen(robot, "#event-wic-2014")).isTrue();
    }

    @Test
    void aBadgeListsItsEventsAndEachOpens(FxRobot robot) {
        TimelineLayout.Group group = model.layout().groups().get(0);
        robot.clickOn("#" + group.key());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-group")).isTrue();
        TimelineEvent first = group.events().get(0);
        assertThat(text(robot, "#event-group-heading")).startsWith(group.events().size() + "个里程碑");
        robot.clickOn("#group-row-" + first.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-group")).isFalse();
        assertThat(text(robot, "#event-detail-title")).isEqualTo(first.title().in("zh", "zh"));
        robot.clickOn("#event-detail-close");

        robot.clickOn("#" + group.key());
        robot.clickOn("#event-group-zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        assertThat(onScreen(robot, "#event-" + first.id())).as("zoomed in, it has a card").isTrue();
    }

    @Test
    void aTapOnTheYearStripJumpsToThatYear(FxRobot robot) {
        robot.clickOn("#year-2018");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        assertThat(onScreen(robot, "#event-wic-2018")).isTrue();
        assertThat(onScreen(robot, "#event-wic-2016")).isFalse();
        assertThat(onScreen(robot, "#year-frame")).isTrue();
        robot.clickOn("#year-2022");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-wic-2022")).isTrue();
        assertThat(onScreen(robot, "#event-wic-2018")).isFalse();
    }

    @Test
    void anEmptyStretchOffersTheNearestEvents(FxRobot robot) {
        robot.interact(() -> {
            model.setZoom(Zoom.MONTH, 0);
            model.scrollTo(model.layout().x(LocalDate.of(2015, 4, 1)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#timeline-empty")).isTrue();
        assertThat(text(robot, "#timeline-empty-previous")).isEqualTo("2014年11月19日–21日");
        assertThat(text(robot, "#timeline-empty-next")).isEqualTo("2015年12月16日–18日");
        robot.clickOn("#timeline-empty-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-wic-2015")).isTrue();
        assertThat(onScreen(robot, "#timeline-empty")).isFalse();
        robot.clickOn("#timeline-previous");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-wic-2014")).isTrue();
    }

    @Test
    void resetReturnsToTheStart(FxRobot robot) {
        robot.clickOn("#zoom-month");
        robot.clickOn("#kind-summit");
        robot.interact(() -> model.scrollBy(5000));
        robot.interact(() -> model.reveal("wic-2018"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-detail")).isTrue();
        robot.interact(() -> kiosk.shell().resetAll("zh"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        assertThat(model.scroll()).isZero();
        assertThat(model.pickedKinds()).isEmpty();
        assertThat(onScreen(robot, "#event-detail")).isFalse();
        robot.interact(() -> kiosk.navigator().go(ScreenName.TIMELINE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onScreen(robot, "#event-belt-road-initiative-2017")).as("every kind shows again").isTrue();
        assertThat(robot.lookup("#zoom-all").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#kind-all").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void switchingLanguageRelabelsAndReformatsDatesAtOnce(FxRobot robot) {
        assertThat(text(robot, "#event-wic-2014 .tl-card-date")).isEqualTo("2014年11月19日–21日");
        assertThat(text(robot, "#event-wic-2014 .tl-card-title")).isEqualTo("首届世界互联网大会");
        assertThat(text(robot, "#kind-summit")).isEqualTo("大会与峰会");
        assertThat(text(robot, "#zoom-year")).isEqualTo("按年");
        robot.clickOn("#event-wic-2014");
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#event-detail-date")).isEqualTo("19–21 Nov 2014");
        assertThat(text(robot, "#event-detail-title")).isEqualTo("1st World Internet Conference");
        assertThat(text(robot, "#event-detail-place")).isEqualTo("Wuzhen, China");
        robot.clickOn("#event-detail-close");
        assertThat(text(robot, "#event-wic-2014 .tl-card-date")).isEqualTo("19–21 Nov 2014");
        assertThat(text(robot, "#event-wic-2014 .tl-card-title")).isEqualTo("1st World Internet Conference");
        assertThat(text(robot, "#kind-summit")).isEqualTo("Summit");
        assertThat(text(robot, "#zoom-year")).isEqualTo("Year");
        robot.clickOn("#zoom-month");
        robot.interact(() -> model.centreOn(event("wic-2014")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tl-tick-month-major").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Dec 2014");
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tl-tick-month-major").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("2014年12月").doesNotContain("Dec 2014");
        assertThat(text(robot, "#event-wic-2014 .tl-card-date")).isEqualTo("2014年11月19日–21日");
    }

    @Test
    void everyTouchTargetIsAtLeast56Pixels(FxRobot robot) {
        List<String> targets = new ArrayList<>(List.of("#zoom-all", "#zoom-year", "#zoom-month",
                "#kind-all", "#kind-summit", "#kind-organization", "#year-2014", "#year-2023", "#event-wic-2014",
                "#timeline-previous", "#timeline-next", "#" + model.layout().groups().get(0).key()));
        for (String id : targets) {
            assertSize(robot, id);
        }
        robot.clickOn("#event-wic-2017");
        WaitForAsyncUtils.waitForFxEvents();
        assertSize(robot, "#event-detail-close");
        assertSize(robot, "#related-case-belt-road-digital-economy");
    }

    private static void assertSize(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThanOrEqualTo(56);
        assertThat(node.getLayoutBounds().getHeight()).as(id + " height").isGreaterThanOrEqualTo(56);
    }
}
