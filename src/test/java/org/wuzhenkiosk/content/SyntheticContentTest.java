package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator behind benchmarks and screenshots writes content the kiosk accepts, at any size. */
class SyntheticContentTest {

    @Test
    void aThousandEventsAndAThousandCasesAreValidAndLoad(@TempDir Path dir) throws IOException {
        long start = System.nanoTime();
        SyntheticContent.write(dir, 1000, 1000, 42);
        long written = System.nanoTime();
        ContentLoader.Result result = ContentLoader.load(dir);
        long loaded = System.nanoTime();
        System.out.printf("synthetic 1000 events + 1000 cases: generated in %d ms, validated and loaded in %d ms%n",
                (written - start) / 1_000_000, (loaded - written) / 1_000_000);

        assertThat(result.problems()).isEmpty();
        Content content = result.content();
        assertThat(content.events()).hasSize(1000);
        assertThat(content.cases()).hasSize(1000);
        assertThat(content.events()).allSatisfy(e -> assertThat(e.date().start())
                .isBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(content.events().stream().map(e -> e.date().year()).distinct()).hasSize(10);
        assertThat(content.cases()).allSatisfy(c ->
                assertThat(content.resolve(c.cover().file())).isRegularFile());
    }

    @Test
    void theTimelineHasSpansCrowdedMonthsAndLinksToCases(@TempDir Path dir) throws IOException {
        SyntheticContent.write(dir, 300, 100, 7);
        Content content = ContentLoader.load(dir).content();

        assertThat(content.events()).filteredOn(TimelineEvent::isSpan).hasSizeGreaterThan(20);
        assertThat(content.events()).extracting(e -> e.date().precision())
                .contains(PartialDate.Precision.DAY, PartialDate.Precision.MONTH, PartialDate.Precision.YEAR);
        Map<String, Long> perMonth = content.events().stream().filter(e -> e.date().month() != null)
                .collect(Collectors.groupingBy(e -> e.date().year() + "-" + e.date().month(), TreeMap::new,
                        Collectors.counting()));
        assertThat(perMonth.values().stream().mapToLong(Long::longValue).max().orElse(0))
                .as("events in the busiest month").isGreaterThanOrEqualTo(8);
        assertThat(content.events()).filteredOn(e -> !content.casesOf(e).isEmpty()).hasSizeGreaterThan(100);
        assertThat(content.cases()).filteredOn(c -> !content.eventsOf(c).isEmpty()).hasSizeGreaterThan(50);
    }

    @Test
    void mapPinsAreSpreadOverTheWholeWorld(@TempDir Path dir) throws IOException {
        SyntheticContent.write(dir, 0, 200, 3);
        Content content = ContentLoader.load(dir).content();

        var places = content.cases().stream().flatMap(c -> c.places().stream()).toList();
        assertThat(places).anySatisfy(p -> assertThat(p.lat()).isLessThan(-30))
                .anySatisfy(p -> assertThat(p.lat()).isGreaterThan(50))
                .anySatisfy(p -> assertThat(p.lon()).isLessThan(-70))
                .anySatisfy(p -> assertThat(p.lon()).isGreaterThan(150))
                .anySatisfy(p -> assertThat(p.editorial()).isTrue());
        assertThat(places).allSatisfy(p -> assertThat(content.countryName(p.country(), "en"))
                .as("name of " + p.country()).isNotEqualTo(p.country()));
        assertThat(content.cases().stream().map(CaseStudy::region).distinct()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
        SyntheticContent.write(dir.resolve("a"), 120, 80, 11);
        SyntheticContent.write(dir.resolve("b"), 120, 80, 11);
        SyntheticContent.write(dir.resolve("c"), 120, 80, 12);

        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertThat(a.keySet()).contains("events.json", "cases.json", "exhibition.json", "media/covers/cover-1.png");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(Files.readString(dir.resolve("c/events.json")))
                .isNotEqualTo(Files.readString(dir.resolve("a/events.json")));
    }

    @Test
    void besideTheBundledExhibitionTheTimelineIsToppedUpWithEventsLinkedToItsCases(@TempDir Path dir)
            throws IOException {
        Content bundled = ContentLoader.load(BundledContent.root()).content();

        Content content = SyntheticContent.besideBundled(dir).eventsInAll(400).seed(5).load();

        assertThat(content.events()).hasSize(400);
        assertThat(content.events()).extracting(TimelineEvent::id)
                .containsAll(bundled.events().stream().map(TimelineEvent::id).toList());
        assertThat(content.cases()).extracting(CaseStudy::id)
                .containsExactlyElementsOf(bundled.cases().stream().map(CaseStudy::id).toList());
        assertThat(content.events()).filteredOn(e -> e.image() != null && !e.cases().isEmpty())
                .hasSizeGreaterThan(20)
                .allSatisfy(e -> assertThat(content.resolve(e.image().file())).isRegularFile());
    }

    @Test
    void besideTheBundledExhibitionPinnedCasesPutEveryPlaceOnLandInACountryTheTableNames(@TempDir Path dir)
            throws IOException {
        Content bundled = ContentLoader.load(BundledContent.root()).content();

        Content content = SyntheticContent.besideBundled(dir).casesWithPins(60, 4).seed(2014).load();

        assertThat(content.events()).hasSameSizeAs(bundled.events());
        assertThat(content.cases()).hasSize(bundled.cases().size() + 60);
        var pinned = content.cases().stream().filter(c -> c.id().startsWith("pinned-")).toList();
        assertThat(pinned).hasSize(60).allSatisfy(c -> assertThat(c.places()).hasSize(4));
        var places = pinned.stream().flatMap(c -> c.places().stream()).toList();
        assertThat(places).allSatisfy(p -> assertThat(content.countries()).containsKey(p.country()));
        assertThat(places.stream().map(Place::country).distinct()).hasSizeGreaterThan(40);
        assertThat(places).anySatisfy(p -> assertThat(p.lon()).isLessThan(-60))
                .anySatisfy(p -> assertThat(p.lon()).isGreaterThan(100))
                .anySatisfy(p -> assertThat(p.lat()).isLessThan(-10));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
