package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledContent;

/** The command line as staff use it: --validate on good and bad content, --help, --version. */
class MainTest {

    private final StringWriter output = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(output, true), args);
    }

    @Test
    void validateExitsZeroOnTheBundledContent() {
        assertThat(run("--validate")).as(output.toString()).isZero();
        assertThat(output.toString()).contains("0 errors");
    }

    @Test
    void validateExitsOneOnBrokenContentNamingFileLineAndPath(@TempDir Path dir) throws IOException {
        copyBundled(dir);
        Path events = dir.resolve("events.json");
        Files.writeString(events, Files.readString(events).replaceFirst("\"2014-11-19\"", "\"2014-13-19\""));
        assertThat(run("--validate", dir.toString())).isEqualTo(1);
        assertThat(output.toString()).containsPattern("events\\.json:\\d+:\\d+: \\$\\.events\\[0\\]\\.date: error: bad date");
        assertThat(output.toString()).contains("1 error");
    }

    @Test
    void validateReportsAWrongSettingWithItsLine(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "theme=default\nidle.timeout.seconds=abc\n");
        assertThat(run("--config", config.toString(), "--validate")).isEqualTo(1);
        assertThat(output.toString()).contains("kiosk.properties:2:22: idle.timeout.seconds: error:");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(output.toString()).contains("--windowed", "--size", "--content", "--config", "--lang", "--screen",
                "--validate", "--version");
    }

    @Test
    void versionNamesTheKiosk() {
        assertThat(run("--version")).isZero();
        assertThat(output.toString()).startsWith("Wuzhen Kiosk ");
    }

    @Test
    void anUnknownScreenIsRefusedWithTheAllowedNames() {
        assertThat(run("--screen", "gallery", "--validate")).isNotZero();
        assertThat(output.toString()).contains("home, timeline, cases or map");
    }

    private static void copyBundled(Path target) throws IOException {
        Path root = BundledContent.root();
        try (var files = Files.walk(root)) {
            for (Path source : files.filter(p -> !p.toString().contains("fonts")).toList()) {
                Path copy = target.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }
}
