package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.Basemap;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;

class MapModelTest {

    private static Basemap world;
    private static Content content;

    @BeforeAll
    static void load() {
        world = BasemapLoader.load(BasemapLoader.bundled()).basemap();
        content = ContentLoader.load(BundledContent.root()).content();
    }

    private static MapModel model() {
        MapModel model = new MapModel(world, content);
        model.setViewport(1920, 984);
        return model;
    }

    @Test
    void aTerritoryPartOfACountryIsColouredAndTappedAsThatCountry() {
        MapModel model = model();
        // Taiwan is drawn as its own area in Natural Earth; countries.json declares it part of China
        double[] taipei = MapModel.world(121.5654, 25.033);
        MapModel.MapCountry tapped = model.countryAt(model.toScreenX(taipei[0]), model.toScreenY(taipei[1]));
        assertThat(tapped).isNotNull();
        assertThat(tapped.code()).isEqualTo("CN");
        assertThat(model.isPartner(tapped)).isTrue();
        assertThat(content.countryName("TW", "en")).isEqualTo("Taiwan, China");
        assertThat(content.countryName("MO", "zh")).isEqualTo("中国澳门");
    }

    @Test
    void anInternationalOrganizationShadesNoCountryButItsPartnersCountriesAreShaded() {
        MapModel model = model();
        // ITU (Digital Uganda) and ITC sit in Geneva, but Switzerland is no partner of either case
        assertThat(model.countries()).filteredOn(c -> "CH".equals(c.code())).isNotEmpty()
                .allSatisfy(c -> assertThat(model.isPartner(c)).as("Switzerland shaded").isFalse());
        assertThat(model.countries()).filteredOn(c -> "UG".equals(c.code())).isNotEmpty()
                .allSatisfy(c -> assertThat(model.isPartner(c)).as("Uganda shaded").isTrue());
    }

    @Test
    void theStartViewShowsTheWholeWorldCentred() {
        MapModel model = model();
        assertThat(model.scale()).isEqualTo(model.minScale());
        assertThat(model.toScreenX(-MapModel.WORLD_HALF_WIDTH)).isCloseTo(0, within(1e-6));
        assertThat(model.toScreenX(MapModel.WORLD_HALF_WIDTH)).isCloseTo(1920, within(1e-6));
        assertThat(model.toScreenY(0)).isCloseTo(492, within(1e-6));
        assertThat(model.atStart()).isTrue();
    }

    @Test
    void onAPortraitScreenTheWorldFillsTheWidthAndKeepsAboveASheet() {
        MapModel model = new MapModel(world, content);
        model.setViewport(1080, 1824);
        assertThat(model.portrait()).isTrue();
        assertThat(model.toScreenX(-MapModel.WORLD_HALF_WIDTH)).isCloseTo(0, within(1e-6));
        assertThat(model.toScreenX(MapModel.WORLD_HALF_WIDTH)).isCloseTo(1080, within(1e-6));
        assertThat(model.toScreenY(-MapModel.WORLD_HALF_HEIGHT)).isGreaterThan(0);
        assertThat(model.toScreenY(MapModel.WORLD_HALF_HEIGHT)).isLessThan(1824);

        model.setCoveredBottom(800); // a card rises from the bottom
        model.setView(model.scale(), model.translateX(), model.translateY());

        assertThat(model.scale()).as("the world keeps its size").isEqualTo(model.minScale());
        assertThat(model.toScreenY(-MapModel.WORLD_HALF_HEIGHT)).isGreaterThan(0);
        assertThat(model.toScreenY(MapModel.WORLD_HALF_HEIGHT)).as("the whole world above the card")
                .isLessThanOrEqualTo(1824 - 800);
    }

    @Test
    void atTwiceTheDesignsPixelsPinsMergeAndAnswerAtTwiceTheDistance() {
        MapModel model = model();
        model.setUnit(2);
        assertThat(model.clusterRadius()).isEqualTo(2 * MapModel.CLUSTER_RADIUS);
        MapModel design = model();
        assertThat(model.clusters()).hasSizeLessThan(design.clusters().size());
    }

    @Test
    void zoomKeepsThePointUnderTheFingersAndStopsAtTheLimits() {
        MapModel model = model();
        double[] bangkok = MapModel.world(100.5014, 13.754);
        double sx = model.toScreenX(bangkok[0]);
        double sy = model.toScreenY(bangkok[1]);
        model.zoomAt(3, sx, sy);
        assertThat(model.zoom()).isCloseTo(3, within(1e-9));
        assertThat(model.toScreenX(bangkok[0])).isCloseTo(sx, within(1e-6));
        assertThat(model.toScreenY(bangkok[1])).isCloseTo(sy, within(1e-6));
        model.zoomAt(1000, sx, sy);
        assertThat(model.zoom()).isCloseTo(MapModel.MAX_ZOOM, within(1e-9));
        model.zoomAt(1e-6, sx, sy);
        assertThat(model.zoom()).isCloseTo(1, within(1e-9));
    }

    @Test
    void panningNeverLosesTheWorld() {
        MapModel model = model();
        model.panBy(5000, -5000);
        // at the whole-world zoom the world cannot be dragged away at all
        assertThat(model.translateX()).isCloseTo(960, within(1e-6));
        assertThat(model.translateY()).isCloseTo(492, within(1e-6));
        model.zoomAt(4, 960, 492);
        model.panBy(100_000, 100_000);
        // the world's west and north edges may come in by at most a fifth of the view
        assertThat(model.toScreenX(-MapModel.WORLD_HALF_WIDTH)).isLessThanOrEqualTo(0.2 * 1920 + 1e-6);
        assertThat(model.toScreenY(-MapModel.WORLD_HALF_HEIGHT)).isLessThanOrEqualTo(0.2 * 984 + 1e-6);
        model.panBy(-1e6, -1e6);
        assertThat(model.toScreenX(MapModel.WORLD_HALF_WIDTH)).isGreaterThanOrEqualTo(0.8 * 1920 - 1e-6);
        assertThat(model.toScreenY(MapModel.WORLD_HALF_HEIGHT)).isGreaterThanOrEqualTo(0.8 * 984 - 1e-6);
        model.reset();
        assertThat(model.zoom()).isEqualTo(1);
        assertThat(model.atStart()).isTrue();
    }

    @Test
    void countriesJoinTheNameTableByTheirNumericCodes() {
        MapModel model = model();
        assertThat(model.country("CN")).isNotNull().satisfies(c -> assertThat(c.key()).isEqualTo("156"));
        assertThat(model.country("BR").source().name()).isEqualTo("Brazil");
        assertThat(model.countries().stream().filter(c -> c.code() == null).map(c -> c.source().name()))
                .containsExactlyInAnyOrder("N. Cyprus", "Somaliland", "Kosovo");
        assertThat(model.isPartner(model.country("TH"))).isTrue();
        assertThat(model.isPartner(model.country("AU"))).isFalse();
    }

    @Test
    void aTapOnLandFindsItsCountryAndTheSeaFindsNone() {
        MapModel model = model();
        double[] paris = MapModel.world(2.35, 48.85);
        assertThat(model.countryAt(model.toScreenX(paris[0]), model.toScreenY(paris[1])).code()).isEqualTo("FR");
        double[] pacific = MapModel.world(-140, 0);
        assertThat(model.countryAt(model.toScreenX(pacific[0]), model.toScreenY(pacific[1]))).isNull();
        // each country's label point lies inside the country
        for (MapModel.MapCountry c : model.countries()) {
            assertThat(c.contains(c.anchorX(), c.anchorY())).as(c.source().name()).isTrue();
        }
    }

    @Test
    void everyPlaceIsAPinAndSharedPlacesCarryEveryCase() {
        MapModel model = model();
        long places = content.cases().stream().flatMap(c -> c.places().stream())
                .map(p -> p.id() + p.lat() + p.lon()).distinct().count();
        assertThat(model.locations()).hasSize((int) places);
        MapModel.Location wuzhen = model.locations().stream().filter(l -> l.place().id().equals("wuzhen"))
                .findFirst().orElseThrow();
        assertThat(wuzhen.cases()).extracting(CaseStudy::id).contains("belt-road-digital-economy",
                "straight-to-wuzhen", "light-of-internet-expo");
        assertThat(model.casesOf("BR")).extracting(CaseStudy::id).contains("cbers-amazon");
    }

    @Test
    void arcsFollowGreatCirclesFromACasesFirstPlace() {
        MapModel model = model();
        MapModel.Arc belt = model.arcs().stream().filter(a -> a.caseStudy().id().equals("belt-road-digital-economy"))
                .findFirst().orElseThrow();
        assertThat(belt.pieces()).hasSize(7); // Wuzhen to each of the seven other signatories
        double[] wuzhen = MapModel.world(120.4851, 30.7454);
        assertThat(belt.pieces()).allSatisfy(p -> {
            assertThat(p[0]).isCloseTo(wuzhen[0], within(1e-9));
            assertThat(p[1]).isCloseTo(wuzhen[1], within(1e-9));
        });
        // a great circle from Wuzhen to Belgrade bends north of the straight line between them
        double[] belgrade = belt.pieces().stream().filter(p -> Math.abs(p[p.length - 2]
                - MapModel.world(20.4651, 44.804)[0]) < 1e-9).findFirst().orElseThrow();
        double[] mid = {belgrade[belgrade.length / 2 - 1], belgrade[belgrade.length / 2]};
        double[] end = MapModel.world(20.4651, 44.804);
        double straightY = wuzhen[1] + (end[1] - wuzhen[1]) * (mid[0] - wuzhen[0]) / (end[0] - wuzhen[0]);
        assertThat(mid[1]).isLessThan(straightY); // y grows downwards: smaller is further north
    }

    @Test
    void anArcOverThePacificIsCutAtTheMapsEdgeInsteadOfCrossingTheWorld() {
        List<double[]> points = GreatCircle.points(139.7, 35.7, -122.4, 37.8, 60); // Tokyo to San Francisco
        assertThat(points.get(0)[0]).isCloseTo(139.7, within(1e-9));
        assertThat(points.get(60)[0]).isCloseTo(-122.4, within(1e-9));
        // the shortest way passes north of both, close to the Aleutians
        assertThat(points.stream().mapToDouble(p -> p[1]).max().orElseThrow()).isGreaterThan(47);
    }

    @Test
    void fittingACasesPlacesZoomsToThemLeavingRoomForTheCard() {
        MapModel model = model();
        CaseStudy cbers = content.caseStudy("cbers-amazon").orElseThrow();
        List<double[]> points = model.locationsOf(cbers).stream().map(l -> new double[] {l.x(), l.y()}).toList();
        double[] view = model.viewFitting(points, 140, 4, 664);
        model.setView(view[0], view[1], view[2]);
        assertThat(model.zoom()).isGreaterThan(1.5);
        for (double[] p : points) {
            assertThat(model.toScreenX(p[0])).isBetween(140.0 - 1, 1920.0 - 664 - 140 + 1);
            assertThat(model.toScreenY(p[1])).isBetween(0.0, 984.0);
        }
    }

    @Test
    void clustersSplitWhenZoomingInAndStayPutThroughTheSmallStepsOfAPinch() {
        MapModel model = model();
        List<PinClusters.Cluster<MapModel.Location>> world = model.clusters();
        assertThat(world).anySatisfy(c -> assertThat(c.members()).extracting(l -> l.place().id())
                .contains("wuzhen", "hangzhou"));
        model.zoomAt(1.02, 960, 492);
        assertThat(model.clusters()).isSameAs(world); // a pinch's small step only moves the markers
        model.zoomAt(MapModel.MAX_ZOOM, model.toScreenX(MapModel.world(120.4851, 30.7454)[0]),
                model.toScreenY(MapModel.world(120.4851, 30.7454)[1]));
        assertThat(model.clusters()).noneSatisfy(c -> assertThat(c.members()).extracting(l -> l.place().id())
                .contains("wuzhen", "hangzhou"));
    }

    @Test
    void aCaseAndACountryAreLitByCommandsAndClearedTogether() {
        MapModel model = model();
        List<String> seen = new ArrayList<>();
        model.highlightedCaseProperty().addListener((obs, old, now) -> seen.add("case " + now));
        model.highlightedCountryProperty().addListener((obs, old, now) -> seen.add("country " + now));
        assertThat(model.highlightedCase()).isNull();

        model.highlightCountry(model.country("BR").key());
        model.highlightCase("cbers-amazon");
        // a card opened from a country's list keeps the country lit beside the case's pins
        assertThat(model.highlightedCase()).isEqualTo("cbers-amazon");
        assertThat(model.highlightedCountryProperty().get()).isEqualTo("076");

        model.highlightCase("belt-road-digital-economy");
        assertThat(model.highlightedCase()).isEqualTo("belt-road-digital-economy");
        assertThat(model.highlightedCountryProperty().get()).isEqualTo("076");

        model.clearHighlight();
        assertThat(model.highlightedCase()).isNull();
        assertThat(model.highlightedCountryProperty().get()).isNull();
        assertThat(seen).containsExactly("country 076", "case cbers-amazon", "case belt-road-digital-economy",
                "case null", "country null");
    }

    @Test
    void resettingTheViewAlsoPutsOutWhatWasLit() {
        MapModel model = model();
        model.zoomAt(3, 960, 492);
        model.highlightCase("cbers-amazon");
        model.highlightCountry(model.country("CN").key());
        model.reset();
        assertThat(model.atStart()).isTrue();
        assertThat(model.highlightedCase()).isNull();
        assertThat(model.highlightedCountryProperty().get()).isNull();
    }

    @Test
    void aClusterListsEachOfItsCasesOnce() {
        MapModel model = model();
        PinClusters.Cluster<MapModel.Location> wuzhenAndHangzhou = model.clusters().stream()
                .filter(c -> c.members().stream().anyMatch(l -> l.place().id().equals("wuzhen"))).findFirst()
                .orElseThrow();
        List<CaseStudy> cases = MapModel.casesIn(wuzhenAndHangzhou);
        assertThat(cases).extracting(CaseStudy::id).doesNotHaveDuplicates()
                .contains("belt-road-digital-economy", "straight-to-wuzhen");
        long expected = wuzhenAndHangzhou.members().stream().flatMap(l -> l.cases().stream()).map(CaseStudy::id)
                .distinct().count();
        assertThat(cases).hasSize((int) expected);
    }
}
