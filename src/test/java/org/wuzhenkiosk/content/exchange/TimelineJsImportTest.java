package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.TimelineEvent;

/** A TimelineJS timeline, as JSON or as the Google Sheets template, becomes events the kiosk can show. */
class TimelineJsImportTest {

    private static final Path TIMELINES = Path.of("src/test/resources/timelinejs");

    @TempDir
    Path temp;

    @Test
    void aShortTimelineBecomesAnExhibitionWhoseEventsReadAsPlainText() throws Exception {
        Path dir = temp.resolve("town");

        TimelineJsImport.Outcome outcome = TimelineJsImport.run(TIMELINES.resolve("short.json"), dir, "en");

        assertThat(outcome.events()).isEqualTo(5);
        assertThat(outcome.check().errors()).isEmpty();
        Content content = ContentLoader.load(dir).content();
        assertThat(content.exhibition().title().in("en", "en")).isEqualTo("A Town by the Canal");
        assertThat(content.exhibition().eventKinds()).extracting(k -> k.label().in("en", "en"))
                .containsExactly("Buildings", "Works", "Milestone");
        TimelineEvent library = content.event("1998-the-library-opens").orElseThrow();
        assertThat(library.date()).isEqualTo(PartialDate.parseOrThrow("1998-05-04"));
        assertThat(library.title().in("en", "en")).isEqualTo("The library opens");
        assertThat(library.summary().in("en", "en")).isEqualTo("The town library opens its doors.");
        assertThat(library.body().in("en", "en"))
                .isEqualTo("The town library opens its doors.\n\nIt lends books & maps to everyone.");
        assertThat(library.image().file()).isEqualTo("media/timeline/harbour.png");
        assertThat(library.image().caption().in("en", "en")).isEqualTo("The harbour at dawn");
        assertThat(library.image().credit().in("en", "en")).isEqualTo("Drawing: test fixture");
        assertThat(dir.resolve("media/timeline/harbour.png")).exists();
        TimelineEvent works = content.event("2001-canal-works").orElseThrow();
        assertThat(works.endDate()).isEqualTo(PartialDate.parseOrThrow("2003"));
        assertThat(works.summary().in("en", "en")).isEqualTo("Two years of dredging, see the report.");
        assertThat(works.sources().get(0).note()).contains("Era: The busy decade.");
        assertThat(content.event("bridge-2012")).isPresent();
    }

    @Test
    void whatTheOfflineKioskCannotShowIsListedWithItsReason() throws Exception {
        TimelineJsImport.Outcome outcome = TimelineJsImport.run(TIMELINES.resolve("short.json"),
                temp.resolve("town"), "en");

        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line)
                .contains("https://www.youtube.com/watch?v=abc123").contains("offline")
                .contains("caption \"Dredgers at work\""));
        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line)
                .contains("link https://example.org/canal"));
        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line)
                .contains("clips/festival.mp4 is not a picture"));
        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line)
                .contains("\"Legend of the founding\"").contains("year -500"));
        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line)
                .contains("\"Market square reopens\"").contains("time of day"));
    }

    @Test
    void everyEventGetsAPlaceholderSourceThatTheValidatorFlags() throws Exception {
        TimelineJsImport.Outcome outcome = TimelineJsImport.run(TIMELINES.resolve("short.json"),
                temp.resolve("town"), "en");

        assertThat(outcome.check().warnings()).filteredOn(p -> p.path().endsWith(".sources[0].title.en"))
                .hasSize(5).allSatisfy(p -> assertThat(p.message()).contains("TODO"));
    }

    @Test
    void theGoogleSheetsTemplateGivesTheSameEventsAsTheJson() throws Exception {
        TimelineJsImport.run(TIMELINES.resolve("short.json"), temp.resolve("from-json"), "en");
        TimelineJsImport.Outcome csv = TimelineJsImport.run(TIMELINES.resolve("short.csv"), temp.resolve("from-csv"),
                "en");

        assertThat(csv.check().errors()).isEmpty();
        List<TimelineEvent> fromJson = ContentLoader.load(temp.resolve("from-json")).content().events();
        List<TimelineEvent> fromCsv = ContentLoader.load(temp.resolve("from-csv")).content().events();
        assertThat(fromCsv).extracting(TimelineEvent::date, TimelineEvent::endDate, TimelineEvent::kind,
                        TimelineEvent::title, TimelineEvent::summary, TimelineEvent::body, TimelineEvent::image)
                .isEqualTo(fromJson.stream().map(e -> tuple(e.date(), e.endDate(),
                        e.kind(), e.title(), e.summary(), e.body(), e.image())).toList());
    }

    @Test
    void aColumnTheTemplateDoesNotHaveIsNamedAsNotRead() throws Exception {
        Path sheet = temp.resolve("with-notes.csv");
        Files.writeString(sheet, "Year,Month,Day,Headline,Text,Editor's notes\n2014,11,19,First,Some text,ask Li\n");

        TimelineJsImport.Outcome outcome = TimelineJsImport.run(sheet, temp.resolve("notes"), "en");

        assertThat(outcome.events()).isEqualTo(1);
        assertThat(outcome.dropped()).contains("column \"Editor's notes\": not a column of the TimelineJS template, "
                + "not read");
    }

    @Test
    void fiftyEventsOverFiftyYearsAllReachTheTimeline() throws Exception {
        Path dir = temp.resolve("fifty");

        TimelineJsImport.Outcome outcome = TimelineJsImport.run(TIMELINES.resolve("fifty-years.json"), dir, "en");

        assertThat(outcome.check().errors()).isEmpty();
        List<TimelineEvent> events = ContentLoader.load(dir).content().events();
        assertThat(events).hasSize(50);
        assertThat(events.get(0).date().year()).isEqualTo(1974);
        assertThat(events.get(49).date().year()).isEqualTo(2023);
        assertThat(outcome.dropped()).filteredOn(line -> line.contains("is on the web")).hasSize(7);
        assertThat(events).filteredOn(e -> e.image() != null).hasSize(5);
    }

    @Test
    void intoAnExistingExhibitionTheEventsAreAddedAndItsTitleStays() throws Exception {
        Path dir = temp.resolve("bundled");
        BundledCopy.into(dir);
        Content before = ContentLoader.load(dir).content();

        TimelineJsImport.Outcome outcome = TimelineJsImport.run(TIMELINES.resolve("short.json"), dir, "en");

        assertThat(outcome.check().errors()).isEmpty();
        Content after = ContentLoader.load(dir).content();
        assertThat(after.events()).hasSize(before.events().size() + 5).containsAll(before.events());
        assertThat(after.exhibition().title()).isEqualTo(before.exhibition().title());
        assertThat(after.exhibition().eventKinds()).containsAll(before.exhibition().eventKinds());
        assertThat(outcome.dropped()).anySatisfy(line -> assertThat(line).startsWith("title:")
                .contains("already has its exhibition title"));
        assertThat(outcome.check().warnings()).anySatisfy(p -> assertThat(p.message()).contains("\"zh\""));
    }

    @Test
    void aFileThatIsNoTimelineIsRefusedWithWhatItLacks() throws Exception {
        Path notATimeline = temp.resolve("list.json");
        Files.writeString(notATimeline, "{\"items\": []}");

        assertThat(catchThrowable(() -> TimelineJsImport.run(notATimeline, temp.resolve("x"), "en")))
                .isInstanceOf(ContentExchange.ExchangeException.class).hasMessageContaining("no \"events\" list");
        assertThat(temp.resolve("x")).doesNotExist();
    }
}
