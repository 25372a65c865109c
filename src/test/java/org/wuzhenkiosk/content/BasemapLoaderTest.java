package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasemapLoaderTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(BasemapLoaderTest.class.getResource("/org/wuzhenkiosk/screen/map/" + name).toURI());
    }

    @Test
    void theBundledWorldMapLoadsCleanWithEveryCountry() {
        BasemapLoader.Result result = BasemapLoader.load(BasemapLoader.bundled());
        assertThat(result.problems()).isEmpty();
        assertThat(result.basemap().areas()).hasSize(177);
        assertThat(result.basemap().areas()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo("156");
            assertThat(a.name()).isEqualTo("China");
        });
        // three Natural Earth areas have no ISO code; they are still land to draw
        assertThat(result.basemap().areas().stream().filter(a -> a.id() == null).map(Basemap.Area::name))
                .containsExactlyInAnyOrder("N. Cyprus", "Somaliland", "Kosovo");
    }

    @Test
    void noBundledRingJumpsAcrossTheAntimeridian() {
        Basemap map = BasemapLoader.load(BasemapLoader.bundled()).basemap();
        for (Basemap.Area area : map.areas()) {
            for (Basemap.Polygon polygon : area.polygons()) {
                for (double[] ring : polygon.rings()) {
                    for (int i = 2; i < ring.length; i += 2) {
                        if (Math.abs(ring[i + 1]) == 90 && Math.abs(ring[i - 1]) == 90) {
                            continue; // Antarctica closes along the pole, which Equal Earth draws as a line
                        }
                        assertThat(Math.abs(ring[i] - ring[i - 2])).as(area.name() + " ring step").isLessThan(180);
                        assertThat(ring[i]).isBetween(-180.0, 180.0);
                    }
                }
            }
        }
        Basemap.Area russia = map.areas().stream().filter(a -> "643".equals(a.id())).findFirst().orElseThrow();
        // Chukotka, east of 180°, becomes its own piece at the map's western edge
        assertThat(russia.polygons()).anySatisfy(p -> assertThat(maxLon(p.outer())).isLessThan(-160));
        assertThat(russia.polygons()).anySatisfy(p -> assertThat(maxLon(p.outer())).isGreaterThan(179));
    }

    private static double maxLon(double[] ring) {
        double max = -999;
        for (int i = 0; i < ring.length; i += 2) {
            max = Math.max(max, ring[i]);
        }
        return max;
    }

    @Test
    void aSmallWellFormedMapLoadsWithCodesFromIdsAndProperties() throws Exception {
        BasemapLoader.Result result = BasemapLoader.load(fixture("small-basemap.geojson"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.basemap().areas()).extracting(Basemap.Area::id).containsExactly("156", "076", null);
        assertThat(result.basemap().areas().get(2).alpha2()).isEqualTo("TH");
        assertThat(result.basemap().areas().get(2).name()).isEqualTo("Thailand");
    }

    @Test
    void aMissingCommaIsReportedWithItsLineAndTheBundledMapIsChosen() throws Exception {
        Path broken = fixture("broken-basemap.geojson");
        BasemapLoader.Result result = BasemapLoader.load(broken);
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(broken.toString());
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("malformed JSON");
            assertThat(p.fix()).contains("comma");
        });
        BasemapLoader.Choice choice = BasemapLoader.loadOrBundled(broken);
        assertThat(choice.fallback()).isTrue();
        assertThat(choice.basemap().areas()).hasSize(177);
        assertThat(choice.problems()).isEqualTo(result.problems());
    }

    @Test
    void coordinatesInMetresAreExplainedAtTheirPosition() throws Exception {
        BasemapLoader.Result result = BasemapLoader.load(fixture("projected-basemap.geojson"));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.path()).isEqualTo("$.features[0].geometry.coordinates[0][0]");
            assertThat(p.message()).contains("8348961.8").contains("longitude");
            assertThat(p.fix()).contains("WGS 84");
        });
    }

    @Test
    void aChineseStaffMemberReadsWhatIsWrongWithTheMapInChinese(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("approved.geojson");
        Files.writeString(map, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "Wuzhen"}, \
                "geometry": {"type": "Point", "coordinates": [120.5, 30.7]}},
                  {"type": "Feature", "properties": {"name": "Box"}, \
                "geometry": {"type": "Polygon", "coordinates": [[[8348961.8, 2273030.9], [1, 2], [2, 2], [1, 2]]]}}
                ]}
                """);

        assertThat(BasemapLoader.load(map).problems()).extracting(p -> p.describe("zh")).containsExactly(
                map + ":2:69: $.features[0].geometry: 警告：要素 “Wuzhen” 是 Point，不是面；不会绘制"
                        + "　修改：底图只包含 Polygon 和 MultiPolygon 要素",
                map + ":3:103: $.features[1].geometry.coordinates[0][0]: 错误：坐标点 [8348961.8, 2273030.9] "
                        + "不是有效的经度（-180..180）和纬度（-90..90）　修改：展台需要以度为单位的经纬度（WGS 84，EPSG:4326）；"
                        + "如果文件以米为单位（投影坐标系），请重新导出为 WGS 84");
        assertThat(BasemapLoader.load(dir.resolve("nowhere.geojson")).problems().get(0).describe("zh"))
                .isEqualTo(dir.resolve("nowhere.geojson") + ":0:0: 错误：地图文件不存在　修改：请检查 kiosk.properties 中的 map.file"
                        + "（相对路径从设置文件所在的文件夹算起）");
    }

    @Test
    void wrongShapesAndMissingFilesSayWhatIsExpected(@TempDir Path dir) throws IOException {
        Path points = dir.resolve("points.geojson");
        Files.writeString(points, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "Wuzhen"}, \
                "geometry": {"type": "Point", "coordinates": [120.5, 30.7]}},
                  {"type": "Feature", "properties": {"name": "Box"}, \
                "geometry": {"type": "Polygon", "coordinates": [[1, 2]]}}
                ]}
                """);
        BasemapLoader.Result result = BasemapLoader.load(points);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("\"Wuzhen\"").contains("Point").contains("not drawn");
        });
        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.path()).isEqualTo("$.features[1].geometry.coordinates[0]");
            assertThat(p.message()).contains("wrong shape for a ring");
        });

        Path notACollection = dir.resolve("feature.geojson");
        Files.writeString(notACollection, "{\"type\": \"Feature\"}");
        assertThat(BasemapLoader.load(notACollection).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a GeoJSON FeatureCollection"));

        assertThat(BasemapLoader.load(dir.resolve("nowhere.geojson")).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("does not exist"));
        assertThat(BasemapLoader.check(null)).isEmpty();
    }
}
