package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.eventually;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.gridIds;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.gridPosition;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.showing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
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
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Media;
import org.wuzhenkiosk.content.MediaType;
import org.wuzhenkiosk.theme.Theme;
import org.wuzhenkiosk.ui.Gallery;
import org.wuzhenkiosk.ui.MediaPlayerView;
import org.wuzhenkiosk.ui.MediaSupport;
import org.wuzhenkiosk.ui.Units;

@ExtendWith(ApplicationExtension.class)
class CasesScreenTest {

    private static final String HOSPITAL = "th-5g-smart-hospital";
    private static final String BELT_AND_ROAD = "belt-road-digital-economy";
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private CasesScreen screen;
    private Content content;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases());
        kiosk = fixture.kiosk();
        screen = CasesKiosk.screen(kiosk);
        content = kiosk.content().content();
    }

    @AfterEach
    void releasePlayers(FxRobot robot) {
        robot.interact(() -> screen.players().disposeAll());
        fixture.close();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private CaseDetail open(FxRobot robot, String id) {
        robot.interact(() -> screen.model().open(id));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.detail()).as("detail of " + id).isNotNull();
        return screen.detail();
    }

    private ScrollPane detailScroller(FxRobot robot) {
        return robot.lookup("#case-scroller").queryAs(ScrollPane.class);
    }

    private void tap(FxRobot robot, String query) {
        if (query.startsWith("#filter-") && robot.lookup(query).tryQuery().filter(CasesKiosk::showing).isEmpty()) {
            tap(robot, "#facet-" + query.split("-")[1]); // a chip is chosen from its facet's drop-down
        }
        Node node = robot.lookup(query).query();
        if (screen.detail() != null && isInside(node, screen.detail())) {
            CasesKiosk.reveal(robot, detailScroller(robot), node);
        }
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- grid and filters ----

    @Test
    void theGridShowsEveryCaseAsACardWithItsCountries(FxRobot robot) {
        assertThat(gridIds(robot)).containsExactlyElementsOf(content.cases().stream().map(c -> "case-" + c.id())
                .toList());
        assertThat(text(robot, "#cases-count")).isEqualTo(content.cases().size() + " projects");
        Node card = CasesKiosk.card(robot, "digital-uganda").orElseThrow();
        // ITU, an international organization, credits no country: Switzerland is not among them
        assertThat(robot.from(card).lookup(".country-code").queryAllAs(Labeled.class))
                .filteredOn(l -> l.getParent().isVisible())
                .extracting(Labeled::getText).containsExactly("UG", "CN");
        assertThat(robot.from(card).lookup(".country-name").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Uganda");
        assertThat(robot.from(card).lookup(".case-meta").queryAs(Labeled.class).getText())
                .isEqualTo("2021 · Capacity building");
    }

    @Test
    void filterChipsNarrowTheGridAndTheCountFollows(FxRobot robot) {
        tap(robot, "#filter-region-africa");
        List<String> africa = content.cases().stream().filter(c -> c.region().equals("africa"))
                .map(c -> "case-" + c.id()).toList();
        assertThat(gridIds(robot)).containsExactlyElementsOf(africa).hasSizeLessThan(content.cases().size());
        assertThat(text(robot, "#cases-count")).isEqualTo("Showing " + africa.size() + " of "
                + content.cases().size() + " projects");
        assertThat(text(robot, "#facet-region")).as("the band says what is chosen").isEqualTo("Region · Africa");

        tap(robot, "#filter-year-2023");
        List<String> africa2023 = content.cases().stream()
                .filter(c -> c.region().equals("africa") && Integer.valueOf(2023).equals(c.year()))
                .map(c -> "case-" + c.id()).toList();
        assertThat(gridIds(robot)).containsExactlyElementsOf(africa2023).hasSizeLessThan(africa.size());

        tap(robot, "#cases-show-all");
        assertThat(gridIds(robot)).hasSize(content.cases().size());
        assertThat(text(robot, "#cases-count")).isEqualTo(content.cases().size() + " projects");
        assertThat(text(robot, "#facet-region")).isEqualTo("Region");
        assertThat(robot.lookup("#cases-show-all").query().isDisabled()).isTrue();
    }

    @Test
    void aDimmedChipThatWouldMatchNothingCannotBeChosen(FxRobot robot) {
        tap(robot, "#filter-region-europe");
        List<String> inEurope = gridIds(robot);
        tap(robot, "#facet-year");
        ToggleButton year2017 = robot.lookup("#filter-year-2017").queryAs(ToggleButton.class);
        assertThat(year2017.getPseudoClassStates()).as("dimmed").contains(PseudoClass.getPseudoClass("empty"));
        tap(robot, "#filter-year-2017");
        assertThat(year2017.isSelected()).isFalse();
        assertThat(gridIds(robot)).isEqualTo(inEurope).isNotEmpty();
        assertThat(showing(robot.lookup("#cases-empty").query())).isFalse();
    }

    @Test
    void theGridFollowsADragAndADragIsNotATap(FxRobot robot) {
        assertThat(gridPosition(robot)).isZero();
        robot.drag(CasesKiosk.card(robot, HOSPITAL).orElseThrow()).moveBy(0, -260).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gridPosition(robot)).as("the grid follows the finger").isGreaterThan(0);
        assertThat(screen.detail()).as("a drag is not a tap").isNull();
    }

    @Test
    void aFlickKeepsTheGridGlidingAfterTheFingerLifts(FxRobot robot) {
        Node card = CasesKiosk.card(robot, HOSPITAL).orElseThrow();
        double[] atRelease = new double[1];
        // a quick flick: press, eight moves up and release in one go, as fast as a finger flicks
        robot.interact(() -> {
            Point2D at = card.localToScene(card.getLayoutBounds().getCenterX(), card.getLayoutBounds().getCenterY());
            Event.fireEvent(card, mouse(MouseEvent.MOUSE_PRESSED, at.getX(), at.getY()));
            for (int step = 1; step <= 8; step++) {
                Event.fireEvent(card, mouse(MouseEvent.MOUSE_DRAGGED, at.getX(), at.getY() - step * 30));
            }
            Event.fireEvent(card, mouse(MouseEvent.MOUSE_RELEASED, at.getX(), at.getY() - 240));
            atRelease[0] = gridPosition(robot);
        });
        assertThat(atRelease[0]).isGreaterThan(0);
        fixture.advance(Duration.ofMillis(300));
        assertThat(gridPosition(robot) > atRelease[0])
                .as("the grid keeps gliding after the finger lifts").isTrue();
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double sceneX, double sceneY) {
        return new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1,
                false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false,
                null);
    }

    // ---- opening cases ----

    @Test
    void everyBundledCaseOpensFromItsCardAndBackReturnsToTheGrid(FxRobot robot) throws Exception {
        for (CaseStudy c : content.cases()) {
            Node card = CasesKiosk.revealCard(robot, c.id());
            robot.clickOn(card);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(showing(robot.lookup("#case-detail").query())).as(c.id()).isTrue();
            assertThat(showing(robot.lookup("#cases-grid").query())).isFalse();
            assertThat(text(robot, "#case-detail-title")).isEqualTo(c.title().in("en", "zh"));
            assertThat(text(robot, "#case-summary")).isEqualTo(c.summary().in("en", "zh"));
            Gallery gallery = robot.lookup("#case-gallery").queryAs(Gallery.class);
            long pictures = (c.cover() == null ? 0 : 1) + c.media().stream()
                    .filter(m -> m.type() == MediaType.IMAGE).count();
            assertThat(gallery.size()).isEqualTo((int) Math.max(1, pictures));
            if (c.link() != null) {
                assertThat(CasesKiosk.decodeQr(robot, robot.lookup("#case-qr").query())).isEqualTo(c.link());
            } else {
                assertThat(robot.lookup("#case-qr").tryQuery()).isEmpty();
            }
            robot.clickOn("#case-back");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(screen.detail()).isNull();
            assertThat(showing(robot.lookup("#cases-grid").query())).as("back from " + c.id()).isTrue();
            assertThat(screen.players().openCount()).as("players left open by " + c.id()).isZero();
        }
    }

    @Test
    void theTimelineOpensACaseThroughTheNavigator(FxRobot robot) {
        Navigator navigator = kiosk.navigator();
        robot.interact(navigator::home);
        robot.interact(() -> navigator.show(ScreenName.CASES, "digital-uganda"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navigator.current()).isEqualTo(ScreenName.CASES);
        assertThat(showing(robot.lookup("#case-detail").query())).isTrue();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(
                content.caseStudy("digital-uganda").orElseThrow().title().in("en", "zh"));
    }

    @Test
    void placesAskTheMapAndEventsAskTheTimeline(FxRobot robot) {
        open(robot, BELT_AND_ROAD);
        tap(robot, "#case-place-wuzhen");
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.MAP);
        assertThat(kiosk.navigator().targetProperty().get()).isEqualTo(
                new Navigator.Target(ScreenName.MAP, BELT_AND_ROAD));
        assertThat(screen.players().openCount()).as("leaving the screen releases the players").isZero();

        robot.interact(kiosk.navigator()::back);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot.lookup("#case-detail").query())).as("back shows the same case again").isTrue();
        assertThat(screen.detail().caseStudy().id()).isEqualTo(BELT_AND_ROAD);

        tap(robot, "#case-event-wic-2017");
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.TIMELINE);
        assertThat(kiosk.navigator().targetProperty().get()).isEqualTo(
                new Navigator.Target(ScreenName.TIMELINE, "wic-2017"));
    }

    @Test
    void switchingLanguageRelabelsTheOpenCase(FxRobot robot) {
        open(robot, HOSPITAL);
        CaseStudy hospital = content.caseStudy(HOSPITAL).orElseThrow();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(hospital.title().in("en", "zh"));
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#case-detail-title")).isEqualTo(hospital.title().in("zh", "zh"));
        assertThat(text(robot, "#case-back")).isEqualTo("全部项目");
        assertThat(text(robot, "#case-summary")).isEqualTo(hospital.summary().in("zh", "zh"));
    }

    // ---- gallery ----

    @Test
    void theGalleryFollowsASwipeAndShowsEachCaption(FxRobot robot) {
        CaseDetail detail = open(robot, HOSPITAL);
        Gallery gallery = detail.gallery();
        List<Media> pictures = content.caseStudy(HOSPITAL).orElseThrow().media().stream()
                .filter(m -> m.type() == MediaType.IMAGE).toList();
        assertThat(gallery.size()).isEqualTo(1 + pictures.size()).isGreaterThanOrEqualTo(3);
        Labeled caption = robot.from(gallery).lookup(".gallery-caption").queryAs(Labeled.class);

        robot.drag(gallery.viewport()).moveBy(-450, 0).drop();
        fixture.advance(Duration.ofSeconds(2));
        assertThat(gallery.indexProperty().get() == 1).as("swipe left").isTrue();
        assertThat(caption.getText()).isEqualTo(pictures.get(0).caption().in("en", "zh"));
        tap(robot, "#gallery-next");
        assertThat(gallery.indexProperty().get()).isEqualTo(2);
        assertThat(caption.getText()).isEqualTo(pictures.get(1).caption().in("en", "zh"));
        robot.drag(gallery.viewport()).moveBy(450, 0).drop();
        fixture.advance(Duration.ofSeconds(2));
        assertThat(gallery.indexProperty().get() == 1).as("swipe right").isTrue();

        robot.drag(gallery.viewport()).moveBy(0, -120).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gallery.indexProperty().get()).as("an upward drag scrolls the page, not the pictures")
                .isEqualTo(1);
    }

    @Test
    void aPinchZoomsIntoThePictureAndADragThenMovesIt(FxRobot robot) {
        Gallery gallery = open(robot, HOSPITAL).gallery();
        Node viewport = gallery.viewport();
        Point2D centre = viewport.localToScene(viewport.getLayoutBounds().getCenterX(),
                viewport.getLayoutBounds().getCenterY());
        Point2D screenCentre = viewport.localToScreen(viewport.getLayoutBounds().getCenterX(),
                viewport.getLayoutBounds().getCenterY());
        robot.interact(() -> Event.fireEvent(viewport, new ZoomEvent(ZoomEvent.ZOOM, centre.getX(), centre.getY(),
                screenCentre.getX(), screenCentre.getY(), false, false, false, false, true, false, 2.2, 2.2, null)));
        assertThat(gallery.zoomProperty().get()).isEqualTo(2.2, Offset.offset(0.001));

        robot.drag(viewport).moveBy(-300, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gallery.indexProperty().get()).as("zoomed in, a drag moves the picture").isZero();

        robot.doubleClickOn(viewport);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gallery.zoomProperty().get()).as("a double tap zooms back out").isEqualTo(1.0);
        robot.drag(viewport).moveBy(-450, 0).drop();
        fixture.advance(Duration.ofSeconds(2));
        assertThat(gallery.indexProperty().get() == 1).isTrue();
    }

    // ---- narration and video ----

    @Test
    void narrationPlaysInTheLanguageShownAndStopsWhenTheVisitorLeaves(FxRobot robot) {
        assumeTrue(MediaSupport.canPlaySound(), MediaSupport::whyNoSound);
        CaseDetail detail = open(robot, HOSPITAL);
        MediaPlayerView narration = detail.narration().orElseThrow();
        assertThat(eventually(10, () -> narration.state() == MediaPlayerView.State.READY))
                .as("narration loads, state " + narration.state()).isTrue();
        assertThat(screen.players().openPlayers()).hasSize(1);
        MediaPlayer player = screen.players().openPlayers().get(0);
        assertThat(player.getMedia().getSource()).endsWith("-narration-en.wav");
        List<MediaPlayer.Status> statuses = new CopyOnWriteArrayList<>();
        player.statusProperty().addListener((obs, old, now) -> statuses.add(now));

        tap(robot, "#case-narration-toggle");
        assertThat(eventually(10, () -> statuses.contains(MediaPlayer.Status.PLAYING))).as("plays").isTrue();
        if (narration.state() == MediaPlayerView.State.PLAYING) {
            tap(robot, "#case-narration-toggle");
            assertThat(eventually(5, () -> narration.state() != MediaPlayerView.State.PLAYING)).as("pauses")
                    .isTrue();
        }

        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(player.getStatus()).as("the English narration is released").isEqualTo(
                MediaPlayer.Status.DISPOSED);
        assertThat(screen.players().openPlayers()).hasSize(1);
        MediaPlayer chinese = screen.players().openPlayers().get(0);
        assertThat(chinese.getMedia().getSource()).endsWith("-narration-zh.wav");

        robot.clickOn("#case-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chinese.getStatus()).isEqualTo(MediaPlayer.Status.DISPOSED);
        assertThat(screen.players().openCount()).isZero();
    }

    @Test
    void aCaseWithoutNarrationShowsNoNarrationBar(FxRobot robot) {
        CaseDetail detail = open(robot, "digital-uganda");
        assertThat(detail.narration()).isEmpty();
        assertThat(showing(robot.lookup("#case-narration-slot").query())).isFalse();
    }

    @Test
    void theVideoPlaysOrShowsItsPosterWithAShortMessage(FxRobot robot) {
        CaseDetail detail = open(robot, "cbers-amazon");
        MediaPlayerView video = detail.videos().get(0);
        assertThat(eventually(15, () -> video.state() == MediaPlayerView.State.READY
                || video.state() == MediaPlayerView.State.FAILED)).as("video state %s", video.stateProperty()).isTrue();
        if (video.state() == MediaPlayerView.State.FAILED) {
            Labeled message = robot.from(video).lookup("#media-video-failed").queryAs(Labeled.class);
            assertThat(showing(message)).isTrue();
            assertThat(message.getText()).isEqualTo("This video cannot play here.");
        }
        assumeTrue(MediaSupport.canPlayVideo(), MediaSupport::whyNoVideo);
        tap(robot, "#case-video-0 .media-big-play");
        assertThat(eventually(10, () -> video.state() == MediaPlayerView.State.PLAYING)).isTrue();
        assertThat(showing(robot.lookup("#case-video-scrub-0").query())).as("scrub bar while playing").isTrue();
        Node poster = robot.from(video).lookup(".media-poster").query();
        assertThat(eventually(5, () -> !poster.isVisible())).as("the poster gives way to the moving picture")
                .isTrue();
        robot.clickOn("#case-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(video.state()).isEqualTo(MediaPlayerView.State.CLOSED);
        assertThat(screen.players().openCount()).isZero();
    }

    // ---- reset and touch ----

    @Test
    void resetReturnsTheScreenToItsStart(FxRobot robot) {
        tap(robot, "#filter-theme-environment");
        CaseDetail detail = open(robot, "cbers-amazon");
        robot.interact(() -> detail.narration().orElseThrow().play());
        robot.interact(() -> kiosk.shell().resetAll("zh"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.detail()).isNull();
        assertThat(showing(robot.lookup("#cases-grid").query())).isTrue();
        assertThat(gridIds(robot)).hasSize(content.cases().size());
        assertThat(text(robot, "#cases-count")).isEqualTo("共" + content.cases().size() + "个项目");
        assertThat(robot.lookup(".facet-button").<Node>queryAll()).as("no facet has a chip on")
                .noneMatch(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("on")));
        assertThat(gridPosition(robot)).isZero();
        assertThat(screen.players().openCount()).isZero();
    }

    @Test
    void theFiltersTakeOneBandSoTheSecondRowOfCardsShows(FxRobot robot) {
        Node grid = robot.lookup("#cases-grid").query();
        Node header = robot.lookup(".cases-header").query();
        Node fifth = CasesKiosk.card(robot, content.cases().get(4).id()).orElseThrow();
        robot.interact(() -> {
            Bounds band = header.localToScene(header.getLayoutBounds());
            Bounds view = grid.localToScene(grid.getLayoutBounds());
            Bounds second = fifth.localToScene(fifth.getLayoutBounds());
            assertThat(band.getHeight()).as("one band: heading, facets, count").isLessThan(110);
            assertThat(second.getMinX()).as("the fifth card starts the second row").isLessThan(200);
            for (int i = 4; i < 8; i++) {
                Node card = CasesKiosk.card(robot, content.cases().get(i).id()).orElseThrow();
                Bounds whole = card.localToScene(card.getLayoutBounds());
                assertThat(whole.getMaxY()).as("the second row's card " + (i + 1) + " shows whole")
                        .isLessThanOrEqualTo(view.getMaxY());
            }
        });
        tap(robot, "#facet-region");
        assertThat(showing(robot.lookup("#cases-choices").query())).isTrue();
        assertThat(robot.lookup("#filter-region-africa").query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot.lookup("#cases-choices").query())).as("Escape closes the drop-down").isFalse();
        tap(robot, "#filter-region-africa");
        assertThat(showing(robot.lookup("#cases-choices").query())).as("a choice closes it").isFalse();
        assertThat(text(robot, "#facet-region")).isEqualTo("Region · Africa");
    }

    // ---- portrait ----

    @Test
    void onAPortraitScreenACasePageShowsItsPicturesFullWidthAboveTheStoryAndBackAtTheBottom(FxRobot robot) {
        CaseStudy hospital = content.caseStudy(HOSPITAL).orElseThrow();
        // the room a 1080x1920 screen leaves inside the screen's padding, in design pixels
        CaseDetail.Layout layout = CaseDetail.Layout.of(952, 1800);
        assertThat(layout.portrait()).isTrue();
        Stage[] portrait = new Stage[1];
        CaseDetail[] page = new CaseDetail[1];
        robot.interact(() -> {
            page[0] = screen.newDetail(hospital, layout);
            StackPane room = new StackPane(page[0]);
            room.getStyleClass().addAll("screen", "cases-screen");
            Units.stylesheet(room, CasesScreen.class, "cases.css");
            Scene scene = new Scene(room, 1080, 1920);
            Theme.apply(scene, KioskSettings.DEFAULTS.theme());
            portrait[0] = new Stage();
            portrait[0].setScene(scene);
            portrait[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            robot.interact(() -> {
                Bounds gallery = page[0].gallery().localToScene(page[0].gallery().getLayoutBounds());
                Node summary = page[0].lookup("#case-summary");
                Bounds story = summary.localToScene(summary.getLayoutBounds());
                Node back = page[0].lookup("#case-back");
                Bounds backAt = back.localToScene(back.getLayoutBounds());
                Bounds scroller = page[0].scroller().localToScene(page[0].scroller().getLayoutBounds());
                assertThat(gallery.getWidth()).as("the pictures take the width").isCloseTo(952, Offset.offset(1.0));
                assertThat(gallery.getMaxY()).as("the story comes under the pictures")
                        .isLessThanOrEqualTo(story.getMinY());
                assertThat(story.getMinX()).as("not beside them").isLessThan(gallery.getMinX() + 1);
                assertThat(backAt.getMinY()).as("back under the page, in reach").isGreaterThanOrEqualTo(
                        scroller.getMaxY());
                assertThat(backAt.getMaxY()).isGreaterThan(1920 * 0.85);
            });
        } finally {
            robot.interact(() -> {
                portrait[0].close();
                page[0].dispose();
            });
        }
    }

    @Test
    void onALandscapeScreenTheStorySitsBesideThePictures(FxRobot robot) {
        CaseDetail detail = open(robot, HOSPITAL);
        assertThat(detail.pageLayout().portrait()).isFalse();
        robot.interact(() -> {
            Bounds gallery = detail.gallery().localToScene(detail.gallery().getLayoutBounds());
            Node summary = detail.lookup("#case-summary");
            Bounds story = summary.localToScene(summary.getLayoutBounds());
            assertThat(story.getMinX()).as("the story to the right").isGreaterThanOrEqualTo(gallery.getMaxX());
            assertThat(story.getMinY()).as("level with the pictures").isLessThan(gallery.getMaxY());
        });
    }

    @Test
    void everyTouchTargetIsAtLeast56Pixels(FxRobot robot) {
        List<Node> targets = new ArrayList<>(robot.lookup(".facet-button").queryAll());
        for (String facet : List.of("region", "theme", "year")) {
            tap(robot, "#facet-" + facet);
            for (Node chip : robot.lookup("#cases-choices .filter-chip").queryAll()) {
                assertThat(chip.getLayoutBounds().getHeight()).as(chip.getId()).isGreaterThanOrEqualTo(56);
            }
        }
        targets.add(robot.lookup("#cases-show-all").query());
        open(robot, HOSPITAL);
        targets.add(robot.lookup("#case-back").query());
        targets.add(robot.lookup("#case-narration-toggle").query());
        targets.add(robot.lookup("#case-narration-scrub").query());
        targets.add(robot.lookup("#gallery-next").query());
        targets.addAll(robot.lookup(".case-place").queryAll());
        targets.addAll(robot.lookup(".case-event").queryAll());
        for (Node node : targets) {
            assertThat(node.getLayoutBounds().getWidth()).as(node.getId() + " width").isGreaterThanOrEqualTo(56);
            assertThat(node.getLayoutBounds().getHeight()).as(node.getId() + " height").isGreaterThanOrEqualTo(56);
        }
    }
}
