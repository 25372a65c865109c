package org.wuzhenkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.upkeep.analytics.Analytics;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

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
        BundledCopy.into(dir);
        Path events = dir.resolve("events.json");
        Files.writeString(events, Files.readString(events).replaceFirst("\"2014-11-19\"", "\"2014-13-19\""));
        assertThat(run("--validate", dir.toString())).isEqualTo(1);
        assertThat(output.toString())
                .containsPattern("events\\.json:\\d+:\\d+: event 1 \\(wic-2014\\), date: error: bad date");
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
    void validateNamesAWrongReachSettingWithItsLineAndTheFix(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "theme=default\nreach.default=maybe\n");
        assertThat(run("--config", config.toString(), "--validate")).isEqualTo(1);
        assertThat(output.toString()).contains("kiosk.properties:2:15: reach.default: error: \"maybe\" is not allowed "
                + "for reach.default; the default false is used").contains("Fix: write true or false");
    }

    @Test
    void helpListsEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(output.toString()).contains("--windowed", "--size", "--content", "--config", "--lang", "--screen",
                "--validate", "--hash-pin", "--export-analytics", "--version");
    }

    @Test
    void versionNamesTheKiosk() {
        assertThat(run("--version")).isZero();
        assertThat(output.toString()).startsWith("Wuzhen Kiosk ");
    }

    @Test
    void anUnknownScreenIsRefusedWithTheAllowedNames() {
        assertThat(run("--screen", "gallery", "--validate")).isNotZero();
        assertThat(output.toString()).contains("home, timeline, cases, map or story");
    }

    @Test
    void hashPinPrintsALineToPasteThatMatchesThePin() {
        assertThat(run("--hash-pin", "482916")).as(output.toString()).isZero();
        String line = output.toString().strip();
        assertThat(line).startsWith("staff.pin=pbkdf2-sha256:600000:").doesNotContain("482916");
        SettingsFile.Result settings = SettingsFile.parse(line, "kiosk.properties", Path.of("/kiosk"));
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.settings().operations().staffPin().matches("482916")).isTrue();
    }

    @Test
    void hashPinReadsThePinFromStandardInputWhenNotGiven() {
        int code = Main.run(new PrintWriter(output, true), new BufferedReader(new StringReader("9753\n")),
                "--hash-pin");
        assertThat(code).isZero();
        String value = output.toString().strip().substring("staff.pin=".length());
        assertThat(PinHash.parse(value).matches("9753")).isTrue();
    }

    @Test
    void hashPinRefusesWhatThePadCannotType() {
        assertThat(run("--hash-pin", "12ab")).isEqualTo(1);
        assertThat(output.toString()).contains("4 to 12 digits").doesNotContain("staff.pin=");
    }

    @Test
    void staffWhoReadChineseAreToldInChineseWhatAPinMustBeAndWhatWasExported(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "staff.language=zh\nanalytics.dir=stats\n");
        assertThat(run("--config", config.toString(), "--hash-pin", "12ab")).isEqualTo(1);
        assertThat(output.toString()).contains("员工 PIN 是 4 到 12 位数字").doesNotContain("digits");
        Path csv = dir.resolve("visits.csv");
        assertThat(run("--config", config.toString(), "--export-analytics", csv.toString())).isZero();
        assertThat(output.toString()).contains("中的 0 条记录写入").doesNotContain("Wrote");
    }

    @Test
    void exportAnalyticsWritesTheHeaderRowBeforeAnyVisitor(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "analytics.dir=stats\n");
        Path csv = dir.resolve("out/visits.csv");
        assertThat(run("--config", config.toString(), "--export-analytics", csv.toString())).isZero();
        assertThat(Files.readString(csv)).isEqualTo(String.join(",", VisitLog.CSV_COLUMNS) + "\r\n");
        assertThat(output.toString()).contains("Wrote 0 events");
    }

    @Test
    void exportAnalyticsWritesEveryRecordedEvent(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "analytics.dir=stats\n");
        Analytics analytics = Analytics.to(dir.resolve("stats"), 1024 * 1024, Clock.systemDefaultZone());
        analytics.visitStarted("en", "home");
        analytics.caseOpened("digital-uganda");
        analytics.visitEnded(Duration.ofSeconds(120), Duration.ofSeconds(20), "idle");
        Path csv = dir.resolve("visits.csv");
        assertThat(run("--config", config.toString(), "--export-analytics", csv.toString())).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).contains(",case-open,,digital-uganda,");
    }

    @Test
    void exportAnalyticsSkipsAndNamesADamagedLineAndExportsEveryOtherDay(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "analytics.dir=stats\n");
        Path stats = Files.createDirectories(dir.resolve("stats"));
        String line = "{\"time\":\"2024-05-0%dT10:00:00.000+08:00\",\"event\":\"screen\",\"visit\":\"3f9a0c12\","
                + "\"screen\":\"%s\"}\n";
        Files.writeString(stats.resolve("visits-2024-05-01.jsonl"),
                line.formatted(1, "cases") + line.formatted(1, "map"));
        // one byte that is not UTF-8 (a disk fault, a hand edit in another encoding) in the middle of a day
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.writeBytes(line.formatted(2, "home").getBytes(StandardCharsets.UTF_8));
        damaged.writeBytes(line.formatted(2, "time\u00ffline").getBytes(StandardCharsets.ISO_8859_1));
        damaged.writeBytes(line.formatted(2, "timeline").getBytes(StandardCharsets.UTF_8));
        Files.write(stats.resolve("visits-2024-05-02.jsonl"), damaged.toByteArray());
        Path csv = dir.resolve("visits.csv");
        assertThat(run("--config", config.toString(), "--export-analytics", csv.toString())).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(5).noneMatch(r -> r.contains("time\u00ffline"));
        assertThat(rows.subList(1, 5)).extracting(r -> r.split(",")[4]).containsExactly("cases", "map", "home",
                "timeline");
        assertThat(output.toString()).contains("Wrote 4 events", "warning: visits-2024-05-02.jsonl:2: not UTF-8",
                "1 line(s) could not be read");
    }

    @Test
    void aChineseStaffMemberReadsTheMapFileAndTheCommandLineCheckedInChinese(@TempDir Path dir) throws Exception {
        Path map = Files.writeString(dir.resolve("approved.geojson"), "{\"type\": \"Feature\"}");
        Path settings = Files.writeString(dir.resolve("kiosk.properties"),
                "staff.language=zh\nmap.file=approved.geojson\n");

        int code = run("--config", settings.toString(), "--size", "big", "--validate");

        assertThat(code).isEqualTo(1);
        assertThat(output.toString()).contains("检查地图：" + map.toUri())
                .contains(map + ":1:1: $: 错误：这个地图不是 GeoJSON FeatureCollection")
                .contains(map + ":0:0: map.file: 警告：在这个文件改好之前，展台显示自带的世界地图")
                .contains("command line:0:0: --size: 错误：“big”不是有效的尺寸；使用设置中的尺寸　修改：请写成 宽x高，例如 "
                        + "--size 1920x1080")
                .doesNotContain("Checking map", "is not a size", "bundled world map");
    }
}
