package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.theme.Theme;

@ExtendWith(ApplicationExtension.class)
class MapScreenTest {

    private KioskApp.Kiosk kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP));
    }

    private void show(KioskSettings settings) {
        kiosk = KioskApp.compose(settings, List.of());
        Scene scene = new Scene(kiosk.root(), 1920, 1080);
        Theme.apply(scene, settings.theme());
        stage.setScene(scene);
        stage.show();
    }

    private MapScreen screen() {
        return (MapScreen) kiosk.shell().screen(ScreenName.MAP);
    }

    private MapModel model() {
        return screen().model();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MapScreenTest.class.getResource(name).toURI());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
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
    void zoomButtonsAndTheWheelChangeTheScale(FxRobot robot) throws TimeoutException {
        double start = model().scale();
        robot.clickOn("#map-zoom-in");
        waitUntil(() -> Math.abs(model().scale() - 2 * start) < 1e-6);
        robot.clickOn("#map-zoom-out");
        waitUntil(() -> Math.abs(model().scale() - start) < 1e-6);
        // a presenter's mouse wheel: one notch up zooms in about the pointer
        Node viewport = robot.lookup("#map-viewport").query();
        robot.interact(() -> Event.fireEvent(viewport, new ScrollEvent(ScrollEvent.SCROLL, 960, 500, 0, 0,
                false, false, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().scale()).isGreaterThan(start * 1.05);
    }

    @Test
    void tappingACountryListsItsCasesEachOpeningItsCase(FxRobot robot) throws TimeoutException {
        MapModel.MapCountry china = model().country("CN");
        robot.clickOn(onScreen(robot, china.anchorX(), china.anchorY()));
        waitUntil(() -> showing(robot, "#map-list-heading"));
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
    void aTapOnTheSeaClosesThePanel(FxRobot robot) throws TimeoutException {
        robot.clickOn("#map-pin-quito");
        WaitForAsyncUtils.waitForFxEvents();
        double[] pacific = MapModel.world(-140, -10);
        robot.clickOn(onScreen(robot, pacific[0], pacific[1]));
        waitUntil(() -> !showing(robot, "#map-panel"));
        assertThat(model().highlightedCaseProperty().get()).isNull();
    }

    @Test
    void resetReturnsToTheWholeWorldWithNothingOpen(FxRobot robot) throws TimeoutException {
        double[] bangkok = MapModel.world(100.5, 13.75);
        pinch(robot, 5, bangkok[0], bangkok[1]);
        robot.drag("#map-viewport").dropBy(-300, 120);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#map-zoom-in");
        robot.clickOn("#map-reset");
        waitUntil(() -> Math.abs(model().zoom() - 1) < 1e-9 && model().atStart());
        assertThat(model().translateX()).isEqualTo(model().viewportWidth() / 2);
        assertThat(showing(robot, "#map-panel")).isFalse();
    }

    @Test
    void showOnMapFromACaseCentresAndLightsItsPlaces(FxRobot robot) throws TimeoutException {
        robot.interact(() -> kiosk.navigator().show(ScreenName.MAP, "cbers-amazon"));
        waitUntil(() -> model().zoom() > 1.5 && screen().drawnMarkers() > 0);
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
        Path small = fixture("small-basemap.geojson");
        robot.interact(() -> show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP)
                .withMapFile(small)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen().showingFallbackMap()).isFalse();
        assertThat(robot.lookup(".map-country").queryAll()).hasSize(3);
        assertThat(robot.lookup("#map-country-156").query().getStyleClass()).contains("map-country-partner");
        assertThat(model().country("TH")).isNotNull(); // joined by the file's ISO_A2 property
        assertThat(showing(robot, "#map-pin-quito")).isTrue(); // pins stay where they are, land or not
    }

    @Test
    void aBrokenBasemapFallsBackToTheBundledOneAndSaysWhere(FxRobot robot) throws Exception {
        Path broken = fixture("broken-basemap.geojson");
        robot.interact(() -> show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP)
                .withMapFile(broken)));
        WaitForAsyncUtils.waitForFxEvents();
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
        robot.interact(() -> kiosk.shell().setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = robot.lookup("#map-viewport").query();
        assertThat(viewport.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        double[] china = MapModel.world(105, 35);
        double[] brazil = MapModel.world(-50, -10);
        assertThat(onScreen(robot, china[0], china[1]).getX()).isGreaterThan(onScreen(robot, brazil[0], brazil[1]).getX());
    }
}
