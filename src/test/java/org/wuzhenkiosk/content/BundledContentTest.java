package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exhibition that ships with the kiosk: bad bundled content fails the build here, not in the hall. */
class BundledContentTest {

    private static ContentValidator.Report report;
    private static Content content;

    @BeforeAll
    static void validateAndLoad() {
        Path root = BundledContent.root();
        report = ContentValidator.validate(root);
        // warnings do not fail the build, but whoever runs the tests should see them
        report.warnings().forEach(w -> System.out.println("bundled content " + w));
        ContentLoader.Result result = ContentLoader.load(root);
        content = result.content();
    }

    @Test
    void theValidatorFindsNoErrorInTheBundledContent() {
        assertThat(report.errors()).as("errors in the bundled content (resources/)").isEmpty();
        assertThat(content).as("the bundled content loads").isNotNull();
    }

    @Test
    void theTimelineCoversTheTenSummitYearsWithAtLeastFifteenEvents() {
        assertThat(content.events()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(content.events()).allSatisfy(e -> {
            assertThat(e.date().start()).as(e.id()).isBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31));
            assertThat(e.sources()).as(e.id() + " sources").isNotEmpty();
        });
        assertThat(content.events().stream().map(e -> e.date().year()).distinct())
                .as("years with at least one event").contains(2014, 2023);
    }

    @Test
    void everyCaseHasPlacesSourcesAndACoverPictureThatExists() {
        assertThat(content.cases()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(content.cases()).allSatisfy(c -> {
            assertThat(c.places()).as(c.id() + " places").isNotEmpty();
            assertThat(c.sources()).as(c.id() + " sources").isNotEmpty();
            assertThat(c.cover()).as(c.id() + " cover").isNotNull();
            assertThat(c.cover().type()).as(c.id() + " cover type").isEqualTo(MediaType.IMAGE);
            Path cover = content.resolve(c.cover().file());
            assertThat(Files.isRegularFile(cover)).as(c.id() + " cover file " + cover).isTrue();
        });
    }

    @Test
    void everyTextAVisitorReadsIsWrittenInTheSixUnLanguages() {
        List<String> missing = new ArrayList<>();
        visitorTexts().forEach(t -> {
            for (String language : UN_LANGUAGES) {
                if (!t.text().has(language)) {
                    missing.add(t.where() + " has no " + language + " text");
                }
            }
        });
        assertThat(content.exhibition().languageCodes()).containsExactlyElementsOf(UN_LANGUAGES);
        assertThat(missing).isEmpty();
    }

    /** The six official languages of the United Nations, in the order the language control offers them. */
    private static final List<String> UN_LANGUAGES = List.of("zh", "en", "fr", "es", "ru", "ar");

    /** Words that tell how the exhibition was made, which no visitor should read. */
    private static final List<String> MAKING_OF = List.of("seed", "facts.md", "本展来源", "behind this exhibition",
            "espeak", "generated artwork", "wuzhen kiosk", "not a case released");

    @Test
    void noTextAVisitorReadsCarriesAnInternalMarkerOrAnUntranslatedLine() {
        List<String> found = new ArrayList<>();
        visitorTexts().forEach(t -> {
            t.text().values().forEach((language, text) -> {
                InternalMarkers.in(text).forEach(m -> found.add(t.where() + " (" + language + "): " + m));
                MAKING_OF.stream().filter(w -> text.toLowerCase(Locale.ROOT).contains(w))
                        .forEach(w -> found.add(t.where() + " (" + language + "): \"" + w + "\""));
            });
            for (String one : UN_LANGUAGES) {
                for (String other : UN_LANGUAGES.subList(UN_LANGUAGES.indexOf(one) + 1, UN_LANGUAGES.size())) {
                    if (InternalMarkers.untranslated(one, t.text().in(one, one), other, t.text().in(other, other))) {
                        found.add(t.where() + ": the same text in " + one + " and " + other);
                    }
                }
            }
        });
        assertThat(found).isEmpty();
        assertThat(report.warnings()).as("the validator's own check agrees").isEmpty();
    }

    @Test
    void aTakeHomeCodeOnlyEverLeadsToAnArticleNotToADateArchiveOrADirectory() {
        assertThat(content.cases()).filteredOn(c -> c.link() != null).allSatisfy(c -> assertThat(c.link())
                .as(c.id() + " link").doesNotMatch(".*/\\d{4}/\\d{2}/\\d{2}/?$").doesNotEndWith("/"));
        assertThat(content.caseStudy("cbers-amazon").orElseThrow().link())
                .as("a case whose only address is a date archive gets no code").isNull();
    }

    @Test
    void everySourceCanBeFoundAgainByItsAddressOrByWhoPublishedItAndWhen() {
        Stream<Source> sources = Stream.of(Stream.of(content.exhibition().sources()),
                content.events().stream().map(TimelineEvent::sources),
                content.cases().stream().map(CaseStudy::sources)).flatMap(s -> s).flatMap(List::stream);
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.title().has("zh") && s.title().has("en")).as(s.title() + " titled in zh and en").isTrue();
            assertThat(s.url() != null || s.publisher() != null || s.date() != null)
                    .as(s.title().in("en", "en") + ": an address, or a publisher or a date").isTrue();
        });
    }

    private record Labelled(String where, LocalizedText text) {
    }

    private static Stream<Labelled> visitorTexts() {
        Exhibition x = content.exhibition();
        List<Labelled> texts = new ArrayList<>();
        texts.add(new Labelled("exhibition title", x.title()));
        optional(texts, "exhibition subtitle", x.subtitle());
        optional(texts, "exhibition intro", x.intro());
        Stream.of(x.eventKinds(), x.themes(), x.regions()).flatMap(List::stream)
                .forEach(c -> texts.add(new Labelled("category " + c.id(), c.label())));
        for (TimelineEvent e : content.events()) {
            texts.add(new Labelled("event " + e.id() + " title", e.title()));
            texts.add(new Labelled("event " + e.id() + " summary", e.summary()));
            optional(texts, "event " + e.id() + " body", e.body());
            if (e.place() != null) {
                texts.add(new Labelled("event " + e.id() + " place", e.place().name()));
            }
            if (e.image() != null) {
                optional(texts, "event " + e.id() + " image caption", e.image().caption());
            }
        }
        for (CaseStudy c : content.cases()) {
            texts.add(new Labelled("case " + c.id() + " title", c.title()));
            texts.add(new Labelled("case " + c.id() + " summary", c.summary()));
            optional(texts, "case " + c.id() + " body", c.body());
            c.partners().forEach(p -> texts.add(new Labelled("case " + c.id() + " partner", p.name())));
            c.places().forEach(p -> texts.add(new Labelled("case " + c.id() + " place " + p.id(), p.name())));
            Stream.concat(Stream.ofNullable(c.cover()), c.media().stream()).forEach(m -> {
                optional(texts, "case " + c.id() + " " + m.file() + " caption", m.caption());
                optional(texts, "case " + c.id() + " " + m.file() + " credit", m.credit());
            });
        }
        Stream.of(Stream.of(x.sources()), content.events().stream().map(TimelineEvent::sources),
                content.cases().stream().map(CaseStudy::sources)).flatMap(s -> s).flatMap(List::stream)
                .forEach(s -> texts.add(new Labelled("source " + s.title().in("en", "en"), s.title())));
        content.countries().values().forEach(c -> texts.add(new Labelled("country " + c.code(), c.name())));
        return texts.stream();
    }

    /** An optional text left out entirely is fine; one written in a single language is not. */
    private static void optional(List<Labelled> texts, String where, LocalizedText text) {
        if (!text.values().isEmpty()) {
            texts.add(new Labelled(where, text));
        }
    }
}
