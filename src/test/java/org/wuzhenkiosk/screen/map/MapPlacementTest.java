package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.content.Place;

/** Where the map puts its panel and names: never over what the visitor touched, never a partner left unnamed. */
@ExtendWith(ApplicationExtension.class)
class MapPlacementTest {

    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false)
                .withStartScreen(ScreenName.MAP).withLanguage("en"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private MapScreen screen() {
        return (MapScreen) fixture.kiosk().shell().screen(ScreenName.MAP);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void thePanelOfEveryPinOrClusterLeavesThatPinAndMostOfItsCaseInSight(FxRobot robot) {
        MapModel model = screen().model();
        List<String> markers = fixture.interact(() -> robot.lookup(".map-marker").queryAll().stream()
                .map(Node::getId).toList());
        assertThat(markers).as("pins over East and Southeast Asia among them")
                .contains("map-pin-macau", "map-cluster-bangkok")
                .anyMatch(id -> id.startsWith("map-cluster-"));
        for (String id : markers) {
            robot.clickOn("#" + id);
            fixture.advance(Duration.ofSeconds(1));
            fixture.interact(() -> {
                Node marker = robot.lookup("#" + id).query();
                Node panel = robot.lookup("#map-panel").query();
                assertThat(SceneGraph.showing(panel)).as("%s opens the panel", id).isTrue();
                assertThat(bounds(panel).intersects(bounds(marker))).as("the panel of %s hides it", id).isFalse();
                String lit = model.highlightedCase();
                if (lit != null) {
                    // a card: no more of its case's places hidden than the other side would hide
                    List<MapModel.Location> places = model.locationsOf(
                            model.content().caseStudy(lit).orElseThrow());
                    double left = bounds(panel).getMinX();
                    long hidden = places.stream().filter(l -> inPanel(model, l, panel)).count();
                    assertThat(hidden).as("%s's card at x %.0f hides %d of %d places", id, left, hidden,
                            places.size()).isLessThanOrEqualTo(places.size() / 2);
                }
            });
            robot.clickOn("#map-panel-close");
            fixture.advance(Duration.ofSeconds(1));
        }
    }

    private static boolean inPanel(MapModel model, MapModel.Location place, Node panel) {
        Node viewport = panel.getScene().lookup("#map-viewport");
        return bounds(panel).contains(viewport.localToScene(model.toScreenX(place.x()), model.toScreenY(place.y())));
    }

    @Test
    void aCountryListDocksAwayFromTheCountryTapped(FxRobot robot) {
        MapModel model = screen().model();
        for (String code : List.of("TH", "LA", "MM", "BR", "ET")) {
            MapModel.MapCountry country = model.country(code);
            Node viewport = fixture.interact(() -> robot.lookup("#map-viewport").query());
            double x = model.toScreenX(country.anchorX());
            double y = model.toScreenY(country.anchorY());
            robot.clickOn(fixture.interact(() -> viewport.localToScreen(x, y)));
            fixture.advance(Duration.ofSeconds(1));
            fixture.interact(() -> {
                Node panel = robot.lookup("#map-panel").query();
                assertThat(SceneGraph.showing(panel)).as("a tap on %s opens a list", code).isTrue();
                assertThat(bounds(panel).contains(viewport.localToScene(x, y))).as("the list of %s hides it", code)
                        .isFalse();
                assertThat(SceneGraph.showing(robot.lookup("#map-heading").query()))
                        .as("the heading under a panel on its side steps aside")
                        .isEqualTo(bounds(panel).getMinX() > 200);
            });
            robot.clickOn("#map-panel-close");
            fixture.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void everyPartnerCountryWithAPinOnScreenIsNamedWhollyOnTheMap(FxRobot robot) {
        MapModel model = screen().model();
        fixture.interact(() -> {
            Bounds map = bounds(robot.lookup("#map-viewport").query());
            for (MapModel.Location location : model.locations()) {
                String code = location.place().country();
                if (model.country(code) == null || !code.equals(model.country(code).code())) {
                    continue; // a territory (Macao) is named as the country it is part of
                }
                Node label = robot.lookup("#map-label-" + code).tryQuery().orElse(null);
                assertThat(SceneGraph.showing(label)).as("%s, partner with a pin at %s, is named", code,
                        location.place().id()).isTrue();
                Bounds box = bounds(label);
                assertThat(map.contains(box.getMinX(), box.getMinY()) && map.contains(box.getMaxX(), box.getMaxY()))
                        .as("%s's name lies wholly on the map", code).isTrue();
            }
        });
    }

    @Test
    void aCaseShownFromItsPageKeepsItsPinsClearOfTheHeadingLegendAndButtons(FxRobot robot) {
        for (CaseStudy c : fixture.kiosk().content().content().cases()) {
            if (c.places().isEmpty()) {
                continue;
            }
            fixture.interact(() -> fixture.kiosk().navigator().show(ScreenName.MAP, c.id()));
            fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(5)));
            fixture.interact(() -> {
                List<Node> chrome = List.of(robot.lookup(".map-heading-box").query(),
                        robot.lookup("#map-legend").query(), robot.lookup(".map-controls").query(),
                        robot.lookup("#map-panel").query());
                List<Node> lit = robot.lookup(".map-marker").queryAll().stream()
                        .filter(m -> m.getPseudoClassStates().contains(PseudoClass.getPseudoClass("highlighted")))
                        .toList();
                assertThat(lit).as("%s's pins are on screen", c.id()).isNotEmpty();
                for (Node pin : lit) {
                    for (Node cover : chrome) {
                        assertThat(SceneGraph.showing(cover) && bounds(cover).intersects(bounds(pin)))
                                .as("%s: %s under %s", c.id(), pin.getId(), cover.getStyleClass()).isFalse();
                    }
                }
            });
        }
    }

    @Test
    void placesAtOnePointNeverOfferAZoomThatSplitsNothing() {
        MapModel model = new MapModel(BasemapLoader.load(BasemapLoader.bundled()).basemap(),
                ContentLoader.load(BundledContent.root()).content());
        MapModel.Location bangkok = location("bangkok-a", 13.7563, 100.5018);
        MapModel.Location alsoBangkok = location("bangkok-b", 13.7563, 100.5018);
        MapModel.Location vientiane = location("vientiane", 17.9757, 102.6331);
        assertThat(model.splittingScale(List.of(bangkok, alsoBangkok))).isNaN();
        double splits = model.splittingScale(List.of(bangkok, vientiane));
        assertThat(splits).isGreaterThan(model.scale()).isLessThanOrEqualTo(model.maxScale());
        assertThat(PinClusters.cluster(List.of(bangkok, vientiane), splits, MapModel.CLUSTER_RADIUS)).hasSize(2);
    }

    private static MapModel.Location location(String id, double lat, double lon) {
        double[] p = MapModel.world(lon, lat);
        Place place = new Place(id, LocalizedText.of("en", id), lat, lon, "TH", false);
        return new MapModel.Location(id, place, p[0], p[1], List.of());
    }
}
