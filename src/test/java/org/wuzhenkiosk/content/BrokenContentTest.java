package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wuzhenkiosk.content.Problem.Severity.ERROR;
import static org.wuzhenkiosk.content.Problem.Severity.WARNING;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuzhenkiosk.content.Problem.Severity;

/**
 * Content folders with one mistake each, as staff make them (src/test/resources/broken/): the validator names
 * that one mistake, where it is, and nothing else, and the kiosk refuses to show content with an error in it.
 */
class BrokenContentTest {

    /** What staff should read for one broken folder: where, and a telling part of the message or fix. */
    record Expected(String fixture, Severity severity, String file, int line, int column, String path, String says) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Expected> fixtures() {
        return Stream.of(
                error("malformed-json-missing-comma", "events.json", 6, 8, "$.events[0].date",
                        "malformed JSON: a comma or a closing } is missing before this point"),
                error("truncated-file", "cases.json", 25, 7, "$.cases[0].partners", "the file ends too early"),
                error("empty-file", "events.json", 1, 1, "$", "the file is empty"),
                error("missing-required-file", "cases.json", 0, 0, "$", "the file is missing"),
                error("not-utf8", "exhibition.json", 4, 12, "$",
                        "line 4 is not UTF-8 (byte 0xB2 at column 12); it was probably saved as GBK"),
                error("duplicate-json-key", "events.json", 7, 7, "$.events[0].date",
                        "field \"date\" appears twice"),
                error("required-field-missing", "events.json", 3, 5, "$.events[0]",
                        "required field \"kind\" is missing in this event Fix: add \"kind\": \"summit\""),
                error("wrong-type-number-as-text", "cases.json", 5, 15, "$.cases[0].year",
                        "the number 2021 is in quotes, which makes it a text Fix: remove the quotes"),
                error("wrong-type-text-not-localized", "events.json", 8, 16, "$.events[0].title",
                        "expected a text in each language"),
                error("unknown-field-did-you-mean", "cases.json", 8, 7, "$.cases[0].tittle",
                        "unknown field \"tittle\" in a case Fix: did you mean \"title\"?"),
                error("duplicate-event-id", "events.json", 37, 13, "$.events[1].id",
                        "duplicate event id \"wic-2021\" (first used on line 4)"),
                error("duplicate-case-id", "cases.json", 53, 13, "$.cases[1].id",
                        "duplicate case id \"th-5g-smart-hospital\" (first used on line 4)"),
                error("unknown-case-reference", "events.json", 27, 9, "$.events[0].cases[0]",
                        "no case with id \"th-5g-smart-hospitl\" exists in cases.json "
                                + "Fix: did you mean \"th-5g-smart-hospital\"?"),
                error("unknown-event-reference", "cases.json", 43, 9, "$.cases[0].events[0]",
                        "no event with id \"wic-2012\" exists in events.json Fix: did you mean \"wic-2021\"?"),
                error("unknown-event-kind", "events.json", 7, 15, "$.events[0].kind",
                        "no kind of event with id \"sumit\" exists in exhibition.json eventKinds "
                                + "Fix: did you mean \"summit\"?"),
                error("unknown-theme", "cases.json", 6, 16, "$.cases[0].theme",
                        "no theme with id \"healht\" exists in exhibition.json themes Fix: did you mean \"health\"?"),
                error("unknown-country-code", "cases.json", 22, 22, "$.cases[0].partners[0].country",
                        "no country with id \"ZZ\""),
                error("latitude-out-of-range", "cases.json", 32, 18, "$.cases[0].places[0].lat",
                        "latitude 100.5014 is out of range"),
                error("longitude-out-of-range", "events.json", 23, 16, "$.events[0].place.lon",
                        "longitude 200.4851 is out of range"),
                error("bad-date", "events.json", 5, 15, "$.events[0].date",
                        "bad date: month 13 is not between 01 and 12"),
                error("end-date-before-start", "events.json", 6, 18, "$.events[0].endDate",
                        "the end date 2021-09-24 is before the start date 2021-09-26"),
                error("default-language-not-offered", "exhibition.json", 17, 22, "$.defaultLanguage",
                        "default language \"fr\" is not among the offered languages \"zh\", \"en\""),
                error("bad-url", "cases.json", 41, 15, "$.cases[0].link", "is not a web address"),
                error("missing-media-file", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "media file \"media/covr.png\" does not exist Fix: did you mean \"media/cover.png\"?"),
                error("media-not-an-image", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "it is not a PNG, JPEG, GIF or BMP picture"),
                error("media-truncated-png", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "the picture cannot be decoded"),
                error("media-path-absolute", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "media path \"/home/staff/Pictures/cover.png\" is absolute"),
                error("media-path-outside-content", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "media path \"../cover.png\" leads outside the content folder"),
                error("cover-is-audio", "cases.json", 39, 17, "$.cases[0].cover.type",
                        "this field takes an image, not audio"),
                error("bad-day", "events.json", 5, 15, "$.events[0].date", "bad date: 2021-09 has no day 32"),
                error("day-not-in-month", "events.json", 5, 15, "$.events[0].date", "bad date: 2021-02 has no day 30"),
                error("media-path-backslash", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "has a backslash \\ between folders"),
                error("media-path-drive-letter", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "media path \"C:\\Users\\staff\\Pictures\\cover.png\" is absolute"),
                error("media-path-web-address", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "is a web address; the kiosk never uses the network"),
                error("media-path-goes-up-and-back", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "goes up a folder with .. Fix: write the path from the content folder: \"media/cover.png\""),
                error("media-file-name-case", "cases.json", 38, 17, "$.cases[0].cover.file",
                        "media file \"media/Cover.PNG\" is spelt \"media/cover.png\" on disk"),
                error("text-with-no-language", "cases.json", 8, 16, "$.cases[0].title",
                        "the text is empty: it has no language Fix: write it in each language: {\"zh\": \"…\", "
                                + "\"en\": \"…\"}"),
                error("language-key-upper-case", "cases.json", 9, 9, "$.cases[0].title.ZH",
                        "\"ZH\" is not a language the exhibition offers, so no visitor would see this text "
                                + "Fix: write \"zh\""),
                error("language-key-with-region", "cases.json", 9, 9, "$.cases[0].title.zh_CN",
                        "\"zh_CN\" is not a language the exhibition offers, so no visitor would see this text "
                                + "Fix: write \"zh\""),
                error("language-not-offered", "cases.json", 11, 9, "$.cases[0].title.fr",
                        "Fix: add the language to exhibition.json languages, or remove this text; the exhibition "
                                + "offers \"zh\", \"en\""),
                error("country-code-lower-case", "cases.json", 22, 22, "$.cases[0].partners[0].country",
                        "no country with id \"th\" exists in countries.json Fix: did you mean \"TH\"?"),
                error("flag-in-quotes", "cases.json", 32, 24, "$.cases[0].places[0].editorial",
                        "\"false\" is in quotes, which makes it a text, not false Fix: remove the quotes"),
                error("theme-list-empty", "exhibition.json", 27, 13, "$.themes", "the list needs at least 1 item"),
                error("chinese-quotes-around-a-field", "events.json", 7, 7, "$.events[0].endDate",
                        "the Chinese opening quote “ is Chinese punctuation; JSON's own quotes, commas, "
                                + "colons and brackets are half-width Fix: write \" instead of “"),
                error("chinese-quote-closing-a-text", "events.json", 10, 34, "$.events[0].title.en",
                        "the Chinese closing quote ” is Chinese punctuation; JSON's own quotes, commas, "
                                + "colons and brackets are half-width Fix: write \" instead of ”"),
                error("chinese-comma-between-fields", "events.json", 5, 27, "$.events[0].date",
                        "the full-width comma ， is Chinese punctuation; JSON's own quotes, commas, "
                                + "colons and brackets are half-width Fix: write , instead of ，"),
                error("chinese-colon-after-a-field", "events.json", 7, 13, "$.events[0].kind",
                        "the full-width colon ： is Chinese punctuation; JSON's own quotes, commas, "
                                + "colons and brackets are half-width Fix: write : instead of ："),
                error("chinese-brackets-around-a-list", "events.json", 26, 16, "$.events[0].cases",
                        "the full-width bracket ［ is Chinese punctuation; JSON's own quotes, commas, "
                                + "colons and brackets are half-width Fix: write [ instead of ［"),
                new Expected("text-missing-in-offered-language", WARNING, "cases.json", 12, 18, "$.cases[0].summary",
                        "text missing in offered language \"en\""),
                error("story-unknown-event", "story.json", 11, 16, "$.stops[0].event",
                        "no event with id \"wic-2012\" exists in events.json Fix: did you mean \"wic-2021\"?"),
                error("story-unknown-case", "story.json", 58, 15, "$.stops[2].case",
                        "no case with id \"th-5g-smart-hospitl\" exists in cases.json "
                                + "Fix: did you mean \"th-5g-smart-hospital\"?"),
                error("story-unknown-place", "story.json", 35, 9, "$.stops[1].places[0]",
                        "no place of the case with id \"bankok\" exists in th-5g-smart-hospital (cases.json) "
                                + "Fix: did you mean \"bangkok\"?"),
                error("story-timeline-stop-without-event", "story.json", 8, 5, "$.stops[0]",
                        "a stop that shows the timeline needs \"event\" Fix: add \"event\": \"wic-2014\""),
                error("story-map-stop-with-case-and-view", "story.json", 54, 7, "$.stops[1].view",
                        "shows a case's places or a view, not both"),
                error("story-zoom-out-of-range", "story.json", 83, 17, "$.stops[3].view.zoom",
                        "zoom 0.5 is out of range Fix: write a zoom from 1 (the whole world) to 24"),
                error("story-duplicate-stop-id", "story.json", 78, 13, "$.stops[3].id",
                        "duplicate stop id \"hospital\" (first used on line 56)"),
                error("story-unknown-show", "story.json", 57, 15, "$.stops[2].show",
                        "\"cases\" is not one of \"timeline\", \"map\", \"case\" Fix: did you mean \"case\"?"),
                new Expected("story-text-missing-in-offered-language", WARNING, "story.json", 63, 15,
                        "$.stops[2].text", "text missing in offered language \"en\""));
    }

    private static Expected error(String fixture, String file, int line, int column, String path, String says) {
        return new Expected(fixture, ERROR, file, line, column, path, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachBrokenFolderGetsExactlyOneProblemPointingAtTheMistake(Expected expected) {
        ContentValidator.Report report = ContentValidator.validate(folder(expected.fixture()));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(expected.severity());
            assertThat(p.file()).isEqualTo(expected.file());
            assertThat(p.line()).as("line").isEqualTo(expected.line());
            assertThat(p.column()).as("column").isEqualTo(expected.column());
            assertThat(p.path()).isEqualTo(expected.path());
            assertThat(p.toString()).contains(expected.says());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void contentWithAnErrorIsNotShownButContentWithOnlyAWarningIs(Expected expected) {
        ContentLoader.Result result = ContentLoader.load(folder(expected.fixture()));

        assertThat(result.ok()).isEqualTo(expected.severity() == WARNING);
        assertThat(result.problems()).extracting(Problem::toString)
                .singleElement().asString().contains(expected.says());
    }

    @Test
    void aTextMissingInOneLanguageFallsBackToTheOtherForVisitors() {
        Content content = ContentLoader.load(folder("text-missing-in-offered-language")).content();

        CaseStudy hospital = content.caseStudy("th-5g-smart-hospital").orElseThrow();
        assertThat(hospital.summary().in("en", content.exhibition().defaultLanguage()))
                .isEqualTo("曼谷的一家医院用上了5G。");
    }

    @Test
    void theFolderTheFixturesWereMadeFromIsValid() {
        ContentLoader.Result result = ContentLoader.load(folder("valid-base"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().events()).extracting(TimelineEvent::id).containsExactly("wic-2021");
        assertThat(result.content().cases()).extracting(CaseStudy::id).containsExactly("th-5g-smart-hospital");
    }

    @Test
    void everyProblemPrintsAsFileLineColumnPathSeverityAndMessage() throws IOException {
        List<Problem> problems;
        try (Stream<Path> folders = Files.list(brokenRoot())) {
            problems = folders.filter(Files::isDirectory).sorted()
                    .flatMap(folder -> ContentValidator.validate(folder).problems().stream())
                    .toList();
        }

        assertThat(problems).hasSizeGreaterThanOrEqualTo((int) fixtures().count());
        assertThat(problems).extracting(Problem::toString).allSatisfy(line -> assertThat(line)
                .matches("[a-z]+\\.json:\\d+:\\d+: \\$\\S*: (error|warning): \\S.*"));
    }

    @Test
    void everyFixtureFolderHasAnExpectation() throws IOException {
        List<String> expected = Stream.concat(fixtures().map(Expected::fixture), Stream.of("valid-base")).toList();
        try (Stream<Path> folders = Files.list(brokenRoot())) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static Path brokenRoot() {
        try {
            return Path.of(BrokenContentTest.class.getResource("/broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path folder(String fixture) {
        Path folder = brokenRoot().resolve(fixture);
        assertThat(folder).as("fixture folder").isDirectory();
        return folder;
    }
}
