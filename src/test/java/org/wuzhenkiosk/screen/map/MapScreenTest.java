package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
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
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;

@ExtendWith(ApplicationExtension.class)
class MapScreenTest {

    /** Long enough for any flight, glide or waiting single tap of the map to end. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false)
                .withStartScreen(ScreenName.MAP));
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void show(KioskSettings settings) {
        fixture = fixture.restart(settings);
        kiosk = fixture.kiosk();
    }

    private MapScreen screen() {
        return (MapScreen) kiosk.shell().screen(ScreenName.MAP);
    }

    private MapModel model() {
        return screen().model();
    }

    private static Path mapFile(String name) throws URISyntaxException {
        return Path.of(MapScreenTest.class.getResource(name).toURI());
    }

    /** Runs the frames until the map is still: flights have landed, glides stopped, a single tap was taken. */
    private void settle() {
        fixture.interact(() -> fixture.frames().settle(SETTLE));
    }

    private boolean showing(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** Where a world point is on the robot's screen now. */
    private Point2D onScreen(FxRobot robot, double worldX, double worldY) {
        Node viewport = robot.lookup("#map-viewport").query();
        return viewport.localToScreen(model().toScreenX(worldX), model().toScreenY(worldY));
    }

    private void pinch(FxRobot robot, double factor, double worldX, double worldY) {
        Node viewport = robot.lookup("#map-viewport").query();
        robot.interact(() -> {
            Point2D scene = viewport.localToScene(model().toScreenX(worldX), model().toScreenY(worldY));
            Event.fireEvent(viewport, new ZoomEvent(ZoomEvent.ZOOM_STARTED, scene.getX(), scene.getY(), 0, 0,
                    false, false, false, false, true, false, 1, 1, null));
            Event.fireEvent(viewport, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), 0, 0,
                    false, false, false, false, true, false, factor, factor, null));
            Event.fireEvent(viewport, new ZoomEvent(ZoomEvent.ZOOM_FINISHED, scene.getX(), scene.getY(), 0, 0,
                    false, false, false, false, true, false, 1, factor, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tappingAPinShowsItsCardWhichOpensTheCase(FxRobot robot) {
        CaseStudy rainforest = kiosk.content().content().caseStudy("rainforest-acoustic-monitoring").orElseThrow();
        assertThat(showing(robot, "#map-panel")).isFalse();
        robot.clickOn("#map-pin-quito");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#map-panel")).isTrue();
        assertThat(text(robot, "#map-card-title")).isEqualTo(rainforest.title().in("zh", "zh"));
        assertThat(text(robot, "#map-card-summary")).isEqualTo(rainforest.summary().in("zh", "zh"));
        assertThat(text(robot, "#map-card-place")).contains("基多").contains("厄瓜多尔");
        // Quito stands for the rainforest around it, and the card says so
        assertThat(text(robot, "#map-card-area")).isEqualTo("此图钉代表一片区域，并非确切地点。");
        assertThat(robot.lookup("#map-pin-quito").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("highlighted")); // the card says which pin it belongs to
        robot.clickOn("#map-card-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.CASES);
        assertThat(kiosk.navigator().targetProperty().get())
                .isEqualTo(new Navigator.Target(ScreenName.CASES, "rainforest-acoustic-monitoring"));
    }

    @Test
    void pinchingZoomsAboutTheFingersAndSplitsClusters(FxRobot robot) {
        double[] wuzhen = MapModel.world(120.4851, 30.7454);
        double before = model().scale();
        assertThat(robot.lookup("#map-pin-hangzhou").tryQuery()).isEmpty(); // merged with Wuzhen at world zoom
        int markersBefore = screen().drawnMarkers();
        Point2D wuzhenBefore = onScreen(robot, wuzhen[0], wuzhen[1]);

        pinch(robot, 30, wuzhen[0], wuzhen[1]);

        assertThat(model().scale()).isEqualTo(before * MapModel.MAX_ZOOM); // stops at the zoom limit
        assertThat(onScreen(robot, wuzhen[0], wuzhen[1]).distance(wuzhenBefore)).isLessThan(1);
        assertThat(showing(robot, "#map-pin-hangzhou")).isTrue();
        assertThat(showing(robot, "#map-pin-wuzhen")).isTrue();
        assertThat(markersBefore).isGreaterThan(screen().drawnMarkers()); // most pins are now off screen
    }

    @Test
    void zoomButtonsAndTheWheelChangeTheScale(FxRobot robot) {
        double start = model().scale();
        robot.clickOn("#map-zoom-in");
        settle();
        assertThat(Math.abs(model().scale() - 2 * start)).isLessThan(1e-6);
        robot.clickOn("#map-zoom-out");
        settle();
        assertThat(Math.abs(model().scale() - start)).isLessThan(1e-6);
        // a presenter's mouse wheel: one notch up zooms in about the pointer
        Node viewport = robot.lookup("#map-viewport").query();
        robot.interact(() -> Event.fireEvent(viewport, new ScrollEvent(ScrollEvent.SCROLL, 960, 500, 0, 0,
                false, false, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().scale()).isGreaterThan(start * 1.05);
    }

    @Test
    void tappingACountryListsItsCasesEachOpeningItsCase(FxRobot robot) {
        MapModel.MapCountry china = model().country("CN");
        robot.clickOn(onScreen(robot, china.anchorX(), china.anchorY()));
        settle();
        assertThat(showing(robot, "#map-list-heading")).isTrue();
        assertThat(text(robot, "#map-list-heading")).isEqualTo("中国参与的项目");
        List<CaseStudy> expected = model().casesOf("CN");
        assertThat(expected).hasSizeGreaterThan(3);
        for (CaseStudy c : expected) {
            assertThat(robot.lookup("#map-list-" + c.id()).tryQuery()).as(c.id()).isPresent();
        }
        assertThat(robot.lookup("#map-country-156").query().getStyleClass()).contains("map-country-selected");
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#map-list-heading")).isEqualTo("Projects with China");
        CaseStudy first = expected.get(0);
        robot.clickOn("#map-list-" + first.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().targetProperty().get())
                .isEqualTo(new Navigator.Target(ScreenName.CASES, first.id()));
    }

    @Test
    void aTapOnTheSeaClosesThePanel(FxRobot robot) {
        robot.clickOn("#map-pin-quito");
        WaitForAsyncUtils.waitForFxEvents();
        double[] pacific = MapModel.world(-140, -10);
        robot.clickOn(onScreen(robot, pacific[0], pacific[1]));
        settle();
        assertThat(showing(robot, "#map-panel")).isFalse();
        assertThat(model().highlightedCaseProperty().get()).isNull();
    }

    @Test
    void resetReturnsToTheWholeWorldWithNothingOpen(FxRobot robot) {
        double[] bangkok = MapModel.world(100.5, 13.75);
        pinch(robot, 5, bangkok[0], bangkok[1]);
        robot.drag("#map-viewport").dropBy(-300, 120);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map-zoom-in");
        robot.clickOn("#map-reset");
        settle();
        assertThat(Math.abs(model().zoom() - 1)).isLessThan(1e-9);
        assertThat(model().atStart()).isTrue();
        assertThat(model().translateX()).isEqualTo(model().viewportWidth() / 2);
        assertThat(showing(robot, "#map-panel")).isFalse();
    }

    @Test
    void showOnMapFromACaseCentresAndLightsItsPlaces(FxRobot robot) {
        robot.interact(() -> kiosk.navigator().show(ScreenName.MAP, "cbers-amazon"));
        settle();
        assertThat(model().zoom()).isGreaterThan(1.5);
        assertThat(screen().drawnMarkers()).isGreaterThan(0);
        assertThat(model().highlightedCaseProperty().get()).isEqualTo("cbers-amazon");
        assertThat(text(robot, "#map-card-title")).isEqualTo(
                kiosk.content().content().caseStudy("cbers-amazon").orElseThrow().title().in("zh", "zh"));
        PseudoClass lit = PseudoClass.getPseudoClass("highlighted");
        Set<String> litMarkers = robot.lookup(".map-marker").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(lit)).map(Node::getId).collect(Collectors.toSet());
        assertThat(litMarkers).isNotEmpty().allSatisfy(id -> assertThat(id).containsAnyOf("brasilia", "manaus",
                "sao-jose-dos-campos"));
        // the places are left of the card, not under it
        Bounds card = robot.lookup("#map-panel").query().localToScreen(
                robot.lookup("#map-panel").query().getLayoutBounds());
        for (MapModel.Location l : model().locationsOf(kiosk.content().content().caseStudy("cbers-amazon")
                .orElseThrow())) {
            assertThat(onScreen(robot, l.x(), l.y()).getX()).isLessThan(card.getMinX());
        }
    }

    @Test
    void countryNamesNeverOverlapAndFollowTheLanguage(FxRobot robot) {
        assertLabelsApart(robot);
        assertThat(text(robot, "#map-label-CN")).isEqualTo("中国");
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#map-label-CN")).isEqualTo("China");
        assertLabelsApart(robot);
        double[] bangkok = MapModel.world(100.5, 13.75);
        int before = screen().drawnLabels();
        pinch(robot, 4, bangkok[0], bangkok[1]);
        assertThat(text(robot, "#map-label-TH")).isEqualTo("Thailand"); // smaller countries named when zoomed
        assertLabelsApart(robot);
        assertThat(before).isGreaterThan(10);
    }

    private static void assertLabelsApart(FxRobot robot) {
        List<Node> labels = List.copyOf(robot.lookup(".map-label").queryAll());
        List<Node> markers = List.copyOf(robot.lookup(".map-marker").queryAll());
        for (int i = 0; i < labels.size(); i++) {
            Bounds a = labels.get(i).getBoundsInParent();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(a.intersects(labels.get(j).getBoundsInParent()))
                        .as(labels.get(i).getId() + " and " + labels.get(j).getId()).isFalse();
            }
            for (Node marker : markers) {
                Bounds m = marker.getBoundsInParent();
                double r = 12; // the drawn dot, not the larger touch target
                assertThat(a.intersects(m.getCenterX() - r, m.getCenterY() - r, 2 * r, 2 * r))
                        .as(labels.get(i).getId() + " over " + marker.getId()).isFalse();
            }
        }
    }

    @Test
    void aSwappedBasemapIsDrawnInsteadOfTheBundledOne(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".map-country").queryAll()).hasSize(177);
        Path small = mapFile("small-basemap.geojson");
        show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP).withMapFile(small));
        assertThat(screen().showingFallbackMap()).isFalse();
        assertThat(robot.lookup(".map-country").queryAll()).hasSize(3);
        assertThat(robot.lookup("#map-country-156").query().getStyleClass()).contains("map-country-partner");
        assertThat(model().country("TH")).isNotNull(); // joined by the file's ISO_A2 property
        assertThat(showing(robot, "#map-pin-quito")).isTrue(); // pins stay where they are, land or not
    }

    @Test
    void aBrokenBasemapFallsBackToTheBundledOneAndSaysWhere(FxRobot robot) throws Exception {
        Path broken = mapFile("broken-basemap.geojson");
        show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP).withMapFile(broken));
        assertThat(screen().showingFallbackMap()).isTrue();
        assertThat(robot.lookup(".map-country").queryAll()).hasSize(177);
        assertThat(screen().basemapProblems()).anySatisfy(p ->
                assertThat(p.toString()).startsWith(broken + ":3:").contains("malformed JSON"));
        robot.clickOn("#map-pin-quito");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#map-card-title")).isTrue();
    }

    @Test
    void everyMapControlIsBigEnoughForAFinger(FxRobot robot) {
        robot.clickOn("#map-pin-quito");
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#map-reset", "#map-zoom-in", "#map-zoom-out", "#map-panel-close", "#map-card-open",
                "#map-pin-quito")) {
            Node node = robot.lookup(id).query();
            assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThanOrEqualTo(56);
            assertThat(node.getLayoutBounds().getHeight()).as(id + " height").isGreaterThanOrEqualTo(56);
        }
    }

    @Test
    void theMapKeepsEastOnTheRightWhenTheLayoutMirrorsForARightToLeftLanguage(FxRobot robot) {
        robot.interact(() -> kiosk.shell().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = robot.lookup("#map-viewport").query();
        assertThat(viewport.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        double[] china = MapModel.world(105, 35);
        double[] brazil = MapModel.world(-50, -10);
        assertThat(onScreen(robot, china[0], china[1]).getX())
                .isGreaterThan(onScreen(robot, brazil[0], brazil[1]).getX());
    }

    @Test
    void aSingleTapWaitsForAPossibleSecondOneBeforeListingTheCountry(FxRobot robot) {
        MapModel.MapCountry china = model().country("CN");
        robot.clickOn(onScreen(robot, china.anchorX(), china.anchorY()));
        fixture.interact(() -> fixture.frames().advance(MapGestures.DOUBLE_TAP.minusMillis(40)));
        assertThat(showing(robot, "#map-panel")).isFalse();
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(80)));
        assertThat(showing(robot, "#map-list-heading")).isTrue();
    }

    @Test
    void aDoubleTapZoomsInThereAndListsNothing(FxRobot robot) {
        MapModel.MapCountry china = model().country("CN");
        double start = model().zoom();
        robot.doubleClickOn(onScreen(robot, china.anchorX(), china.anchorY()));
        settle();
        assertThat(model().zoom()).isCloseTo(2 * start, within(1e-6));
        assertThat(showing(robot, "#map-panel")).isFalse();
    }

    @Test
    void aFlickGlidesOnSlowingDownAndStops(FxRobot robot) {
        double[] bangkok = MapModel.world(100.5, 13.75);
        pinch(robot, 4, bangkok[0], bangkok[1]);
        Node viewport = robot.lookup("#map-viewport").query();
        Point2D from = viewport.localToScene(900, 500);
        fixture.interact(() -> {
            Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_PRESSED, from.getX(), from.getY(), true));
            for (int i = 1; i <= 6; i++) {
                fixture.frames().advance(Duration.ofMillis(16));
                Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_DRAGGED, from.getX() - 20 * i, from.getY(), false));
            }
            Event.fireEvent(viewport, mouse(MouseEvent.MOUSE_RELEASED, from.getX() - 120, from.getY(), false));
        });
        double released = model().translateX();
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(100)));
        double afterAFifth = model().translateX();
        assertThat(afterAFifth).isLessThan(released - 20); // still going left, at about the finger's speed
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(100)));
        assertThat(afterAFifth - model().translateX()).isLessThan(released - afterAFifth); // slower now
        settle();
        assertThat(fixture.frames().moving()).isZero();
        double stopped = model().translateX();
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(500)));
        assertThat(model().translateX()).isEqualTo(stopped);
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double sceneX, double sceneY, boolean still) {
        return new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1, false, false, false,
                false, type != MouseEvent.MOUSE_RELEASED, false, false, false, false, still, null);
    }
}
