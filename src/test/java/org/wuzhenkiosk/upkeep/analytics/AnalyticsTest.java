package org.wuzhenkiosk.upkeep.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.upkeep.ManualClock;

/** Visitor statistics: one JSON line per event, a file a day, bounded, exported as CSV. */
class AnalyticsTest {

    private static final long MB = 1024 * 1024;
    private final ManualClock clock = new ManualClock();
    @TempDir
    Path dir;

    private void visit(Analytics analytics, String caseId) {
        analytics.visitStarted("zh", "home");
        clock.advanceSeconds(3);
        analytics.screenShown("cases");
        analytics.caseOpened(caseId);
        clock.advanceSeconds(40);
        analytics.caseClosed(caseId, Duration.ofSeconds(40));
        analytics.languageChosen("en");
        clock.advanceSeconds(100);
        analytics.visitEnded(Duration.ofSeconds(143), Duration.ofSeconds(43), "idle");
    }

    @Test
    void eachEventIsOneJsonLineInTodaysFileAtOnce() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        analytics.visitStarted("zh", "home");
        analytics.screenShown("cases");
        analytics.caseOpened("digital-uganda");
        // read while the visit is still going: nothing waits in a buffer
        Path today = dir.resolve("visits-2024-05-01.jsonl");
        List<String> lines = Files.readAllLines(today, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertThat(first.get("event").getAsString()).isEqualTo("visit-start");
        assertThat(first.get("language").getAsString()).isEqualTo("zh");
        assertThat(first.get("time").getAsString()).isEqualTo("2024-05-01T10:00:00+08:00");
        JsonObject third = JsonParser.parseString(lines.get(2)).getAsJsonObject();
        assertThat(third.get("case").getAsString()).isEqualTo("digital-uganda");
        assertThat(third.get("visit").getAsString()).isEqualTo(first.get("visit").getAsString());
    }

    @Test
    void linesHoldWhatWasSeenAndNothingAboutWho() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        visit(analytics, "cbers-amazon");
        Set<String> allowed = Set.of("time", "event", "visit", "screen", "case", "language", "seconds", "active",
                "reason");
        for (String line : Files.readAllLines(dir.resolve("visits-2024-05-01.jsonl"))) {
            assertThat(JsonParser.parseString(line).getAsJsonObject().keySet()).isSubsetOf(allowed);
        }
    }

    @Test
    void aCrashMidLineLosesOnlyThatLine() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        visit(analytics, "cbers-amazon");
        analytics.visitStarted("en", "home");
        Path file = dir.resolve("visits-2024-05-01.jsonl");
        // the process is killed while writing the next line: half of it reached the disk
        Files.writeString(file, "{\"time\":\"2024-05-01T10:05:00+08:00\",\"event\":\"scr", StandardOpenOption.APPEND);
        List<VisitEvent> events = VisitLog.readAll(dir);
        assertThat(events).extracting(VisitEvent::event).containsExactly("visit-start", "screen", "case-open",
                "case-close", "language", "visit-end", "visit-start");
        // the kiosk restarts and writes on; the next line is whole again
        Analytics restarted = Analytics.to(dir, 50 * MB, clock);
        restarted.visitStarted("zh", "home");
        assertThat(VisitLog.readAll(dir)).hasSize(8);
    }

    @Test
    void nothingIsRecordedOutsideAVisitOrWhenSwitchedOff() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        analytics.screenShown("map");
        analytics.languageChosen("en");
        assertThat(VisitLog.readAll(dir)).isEmpty();
        Analytics off = Analytics.to(null, 50 * MB, clock);
        off.visitStarted("zh", "home");
        assertThat(off.enabled()).isFalse();
        assertThat(VisitLog.readAll(dir)).isEmpty();
    }

    @Test
    void eachDayHasItsOwnFile() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        visit(analytics, "cbers-amazon");
        clock.advance(Duration.ofDays(1));
        visit(analytics, "digital-uganda");
        assertThat(Analytics.files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("visits-2024-05-01.jsonl", "visits-2024-05-02.jsonl");
        assertThat(VisitLog.readDay(dir, LocalDate.parse("2024-05-02"))).extracting(VisitEvent::caseId)
                .contains("digital-uganda").doesNotContain("cbers-amazon");
    }

    @Test
    void theOldestDaysAreDeletedToStayUnderTheLimit() throws IOException {
        long limit = 4_000;
        Analytics analytics = Analytics.to(dir, limit, clock);
        for (int day = 0; day < 10; day++) {
            visit(analytics, "cbers-amazon");
            visit(analytics, "digital-uganda");
            clock.advance(Duration.ofDays(1));
        }
        long total = 0;
        for (Path file : Analytics.files(dir)) {
            total += Files.size(file);
        }
        List<Path> files = Analytics.files(dir);
        assertThat(total).isLessThanOrEqualTo(limit);
        assertThat(files).isNotEmpty();
        assertThat(files.get(files.size() - 1).getFileName().toString()).isEqualTo("visits-2024-05-10.jsonl");
        assertThat(files.get(0).getFileName().toString()).isNotEqualTo("visits-2024-05-01.jsonl");
        System.out.printf("statistics limit %d bytes: %d files kept, %d bytes%n", limit, files.size(), total);
    }

    @Test
    void aDayThatAloneFillsTheLimitStopsRecordingInsteadOfGrowing() throws IOException {
        Analytics analytics = Analytics.to(dir, 1_000, clock);
        for (int i = 0; i < 20; i++) {
            visit(analytics, "cbers-amazon");
        }
        assertThat(Files.size(dir.resolve("visits-2024-05-01.jsonl"))).isLessThanOrEqualTo(1_000);
    }

    @Test
    void theCsvHasItsHeaderRowEvenWithoutVisits() throws IOException {
        StringWriter csv = new StringWriter();
        VisitLog.writeCsv(VisitLog.readAll(dir), csv);
        assertThat(csv.toString()).isEqualTo("date,time,visit,event,screen,case,language,seconds,active_seconds,"
                + "reason\r\n");
    }

    @Test
    void theCsvHasOneRowPerEvent() throws IOException {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        visit(analytics, "cbers-amazon");
        StringWriter csv = new StringWriter();
        VisitLog.writeCsv(VisitLog.readAll(dir), csv);
        List<String> rows = csv.toString().lines().toList();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(3)).matches("2024-05-01,10:00:03,[0-9a-f]{8},case-open,,cbers-amazon,,,,");
        assertThat(rows.get(4)).endsWith(",case-close,,cbers-amazon,,40.0,,");
        assertThat(rows.get(6)).endsWith(",visit-end,,,,143.0,43.0,idle");
    }

    @Test
    void todaysSummaryCountsVisitsCasesAndLanguagesButNotStaff() {
        Analytics analytics = Analytics.to(dir, 50 * MB, clock);
        visit(analytics, "cbers-amazon");
        visit(analytics, "cbers-amazon");
        visit(analytics, "digital-uganda");
        analytics.visitStarted("zh", "home"); // staff tapping their way to the panel
        analytics.visitEnded(Duration.ofSeconds(4), Duration.ofSeconds(4), "staff");
        DaySummary summary;
        try {
            summary = DaySummary.of(VisitLog.readDay(dir, LocalDate.parse("2024-05-01")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(summary.visits()).isEqualTo(3);
        assertThat(summary.caseOpens()).containsExactly(Map.entry("cbers-amazon", 2),
                Map.entry("digital-uganda", 1));
        assertThat(summary.visitsByLanguage()).containsEntry("zh", 3).containsEntry("en", 3);
        assertThat(summary.averageActiveSeconds()).isEqualTo(43.0);
    }
}
