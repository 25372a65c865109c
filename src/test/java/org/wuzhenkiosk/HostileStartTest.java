package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.app.ContentState;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.HostileFiles;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * A kiosk restarted on hostile content still starts: on a folder it cannot show, with its bundled content; on
 * content that is valid but too big, with what fits; and the problems are there for staff either way.
 */
@ExtendWith(ApplicationExtension.class)
class HostileStartTest {

    private Stage stage;

    @Start
    void start(Stage given) {
        stage = given;
    }

    @Test
    void aFolderWithANulInAMediaPathAndAPictureBombStartsOnTheBundledContent(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Path content = validBase(dir);
        replace(content.resolve("cases.json"), "\"media/cover.png\"", "\"media/cover\\u0000.png\"");
        Files.write(content.resolve("media/bomb.png"), HostileFiles.png(12_000, 12_000));
        replace(content.resolve("events.json"), "      \"place\"",
                "      \"image\": {\"file\": \"media/bomb.png\", \"type\": \"image\"},\n      \"place\"");

        try (KioskFixture fixture = KioskFixture.show(stage, settings(content))) {
            KioskApp.Kiosk kiosk = fixture.kiosk();

            assertThat(kiosk.content().showingFallback()).isTrue();
            assertThat(kiosk.content().content().events())
                    .hasSameSizeAs(ContentLoader.load(BundledContent.root()).content().events());
            assertThat(robot.lookup("#home-title").queryAs(Labeled.class).getText())
                    .isEqualTo(kiosk.i18n().get(kiosk.content().content().exhibition().title()));
            assertThat(kiosk.content().lastCheck().applied()).isFalse();
            assertThat(kiosk.content().lastCheck().problems()).extracting(Problem::toString)
                    .anyMatch(p -> p.startsWith("cases.json:38:") && p.contains("U+0000"))
                    .anyMatch(p -> p.startsWith("events.json:16:") && p.contains("12000 x 12000"));
        }
    }

    @Test
    void contentOverTheLimitsShowsWhatFitsCutShortWithoutControlCharactersAndReportsTheRest(FxRobot robot,
                                                                                       @TempDir Path dir)
            throws IOException {
        Path content = validBase(dir);
        replace(content.resolve("events.json"), "2021 Wuzhen Summit", "2021 \\u202Etimmus nehzuW");
        Path events = content.resolve("events.json");
        String text = Files.readString(events);
        int open = text.indexOf("    {");
        int close = text.lastIndexOf("    }") + "    }".length();
        String event = text.substring(open, close);
        String many = IntStream.range(0, Limits.EVENTS + 10)
                .mapToObj(i -> i == 0 ? event : event.replace("\"wic-2021\",", "\"wic-2021-" + i + "\","))
                .collect(Collectors.joining(",\n"));
        // one summary too long: the first event's, so that the file stays within its own limit
        many = many.replaceFirst("The conference met in Wuzhen\\.", "Wuzhen ".repeat(1000));
        Files.writeString(events, text.substring(0, open) + many + text.substring(close));

        try (KioskFixture fixture = KioskFixture.show(stage, settings(content))) {
            KioskApp.Kiosk kiosk = fixture.kiosk();

            assertThat(kiosk.content().showingFallback()).isFalse();
            assertThat(kiosk.content().content().events()).hasSize(Limits.EVENTS)
                    .extracting(TimelineEvent::id).contains("wic-2021").doesNotContain("wic-2021-" + Limits.EVENTS);
            TimelineEvent first = kiosk.content().content().event("wic-2021").orElseThrow();
            assertThat(first.title().in("en", "zh")).isEqualTo("2021 timmus nehzuW");
            assertThat(first.summary().in("en", "zh")).hasSize(Limits.SUMMARY_CHARS + 1).endsWith("…");
            assertThat(kiosk.content().lastCheck().problems()).extracting(Problem::toString)
                    .anyMatch(p -> p.startsWith("events.json:10:") && p.contains("U+202E"))
                    .anyMatch(p -> p.contains("the timeline shows the first " + Limits.EVENTS));
        }
    }

    @Test
    void aContentFileLinkedOutsideTheFolderIsNeverReadTheLastGoodContentStaysAndARestartShowsTheBundledOne(
            FxRobot robot, @TempDir Path dir) throws IOException {
        Path content = validBase(dir);
        try (KioskFixture fixture = KioskFixture.show(stage, settings(content))) {
            KioskApp.Kiosk kiosk = fixture.kiosk();
            Content good = kiosk.content().content();
            assertThat(kiosk.content().showingFallback()).isFalse();

            // events.json swapped for a link to a file elsewhere, which the watcher sees as a change
            Path outside = Files.move(content.resolve("events.json"), dir.resolve("events-elsewhere.json"));
            HostileFiles.link(content.resolve("events.json"), outside);
            fixture.interact(() -> kiosk.upkeep().watcher().changed(content.resolve("events.json")));
            fixture.advance(Duration.ofSeconds(5));

            assertThat(kiosk.content().lastCheck().applied()).isFalse();
            assertThat(kiosk.content().content()).isSameAs(good);
            assertThat(robot.lookup("#home-title").queryAs(Labeled.class).getText())
                    .isEqualTo(kiosk.i18n().get(good.exhibition().title()));
            Problem link = kiosk.content().lastCheck().problems().stream()
                    .filter(p -> p.file().equals("events.json")).findFirst().orElseThrow();
            assertThat(link.toString()).startsWith("events.json:0:")
                    .contains("is a link to " + outside.toRealPath() + ", outside the content folder")
                    .contains("Fix: copy the file itself into the content folder");
            assertThat(link.describe("zh")).contains("是一个链接，指向内容文件夹之外的 " + outside.toRealPath());
        }

        ContentState restarted = ContentState.start(content);
        assertThat(restarted.showingFallback()).as("a restart on that folder shows the bundled content").isTrue();
        assertThat(restarted.content().events())
                .hasSameSizeAs(ContentLoader.load(BundledContent.root()).content().events());
    }

    private static KioskSettings settings(Path content) {
        return KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(content);
    }

    private static Path validBase(Path dir) throws IOException {
        Path content = dir.resolve("content");
        try {
            BundledCopy.of(Path.of(HostileStartTest.class.getResource("/broken/valid-base").toURI()), content);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return content;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
