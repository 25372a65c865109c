package org.wuzhenkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An installed kiosk keeps its settings, logs and statistics in a folder of its user, by each OS's convention. */
class DataFolderTest {

    private final Path home = Path.of("/home/kiosk");

    @Test
    void eachOperatingSystemHasItsOwnPlaceForTheData() {
        assertThat(DataFolder.forSystem("Linux", Map.of(), home))
                .isEqualTo(Path.of("/home/kiosk/.local/share/wuzhen-kiosk"));
        assertThat(DataFolder.forSystem("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/wuzhen-kiosk"));
        assertThat(DataFolder.forSystem("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("WuzhenKiosk"));
        assertThat(DataFolder.forSystem("Windows 11", Map.of("LOCALAPPDATA", "/users/kiosk/AppData/Local"), home))
                .isEqualTo(Path.of("/users/kiosk/AppData/Local/WuzhenKiosk"));
    }

    @Test
    void theFirstStartWritesTheShippedSettingsWhereStaffCanEditThemAndLaterStartsKeepTheirEdits(@TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("wuzhen-kiosk");
        Path file = DataFolder.settingsIn(folder);
        assertThat(file).isEqualTo(folder.resolve("kiosk.properties")).exists();
        SettingsFile.Result read = SettingsFile.read(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.settings().operations().logsDir()).isEqualTo(folder.resolve("logs"));
        assertThat(read.settings().operations().analyticsDir()).isEqualTo(folder.resolve("analytics"));

        Files.writeString(file, "idle.timeout.seconds=30\n", StandardCharsets.UTF_8);
        DataFolder.settingsIn(folder);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("idle.timeout.seconds=30\n");
    }
}
