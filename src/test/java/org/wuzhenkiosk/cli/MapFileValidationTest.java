package org.wuzhenkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.config.SettingsFile;

/** The map.file setting as staff use it: relative to kiosk.properties, checked by --validate. */
class MapFileValidationTest {

    private final StringWriter output = new StringWriter();

    @Test
    void mapFileIsReadRelativeToTheSettingsFile() {
        SettingsFile.Result result = SettingsFile.parse("map.file=maps/world.geojson\n", "kiosk.properties",
                Path.of("/kiosk"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.settings().mapFile()).isEqualTo(Path.of("/kiosk/maps/world.geojson"));
        assertThat(SettingsFile.parse("map.file=\n", "kiosk.properties", Path.of("/kiosk")).settings().mapFile())
                .isNull();
    }

    @Test
    void validateNamesTheLineOfABrokenMapFileAndSaysTheBundledMapIsDrawn(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("world.geojson");
        Files.writeString(map, """
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "id": "156", "properties": {"name": "China"},
                 "geometry": {"type": "Polygon", "coordinates": [[[75, 20], [125, 20], [125, 45] [75, 20]]]}}
                ]}
                """);
        Path settings = dir.resolve("kiosk.properties");
        Files.writeString(settings, "map.file=world.geojson\n");
        int code = Main.run(new PrintWriter(output, true), "--config", settings.toString(), "--validate");
        assertThat(code).as(output.toString()).isEqualTo(1);
        assertThat(output.toString()).contains(map + ":3:").contains("malformed JSON")
                .contains("draws its bundled world map");
    }

    @Test
    void validatePassesAGoodMapFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("world.geojson"), """
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "id": "156", "properties": {"name": "China"},
                 "geometry": {"type": "Polygon", "coordinates": [[[75, 20], [125, 20], [125, 45], [75, 20]]]}}
                ]}
                """);
        Path settings = dir.resolve("kiosk.properties");
        Files.writeString(settings, "map.file=world.geojson\n");
        assertThat(Main.run(new PrintWriter(output, true), "--config", settings.toString(), "--validate"))
                .as(output.toString()).isZero();
        assertThat(output.toString()).contains("Checking map:").contains("0 errors");
    }
}
