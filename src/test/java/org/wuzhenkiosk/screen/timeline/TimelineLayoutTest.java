package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.Source;
import org.wuzhenkiosk.content.SyntheticContent;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Card;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Group;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Item;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Metrics;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Tick;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

class TimelineLayoutTest {

    private static final Metrics METRICS = Metrics.KIOSK;
    private static Content bundled;
    private static Map<Long, Content> generated;

    @BeforeAll
    static void load(@TempDir Path dir) {
        bundled = ContentLoader.load(BundledContent.root()).content();
        generated = Stream.of(1L, 2L, 3L).collect(Collectors.toMap(seed -> seed,
                seed -> SyntheticContent.besideBundled(dir.resolve("seed-" + seed)).eventsInAll(1000).seed(seed)
                        .load()));
    }

    private static TimelineLayout layout(Content content, Zoom zoom) {
        List<TimelineEvent> events = content.events();
        int first = events.stream().mapToInt(e -> e.date().year()).min().orElseThrow();
        int last = events.stream().mapToInt(e -> (e.isSpan() ? e.endDate() : e.date()).end().getYear()).max()
                .orElseThrow();
        List<String> kinds = content.exhibition().eventKinds().stream().map(k -> k.id()).toList();
        return TimelineLayout.of(events, first, last, zoom, METRICS, e -> kinds.indexOf(e.kind()));
    }

    static Stream<Arguments> everyContentAtEveryZoom() {
        List<Arguments> cases = new ArrayList<>();
        for (Zoom zoom : Zoom.values()) {
            cases.add(Arguments.of("bundled", zoom));
            for (long seed = 1; seed <= 3; seed++) {
                cases.add(Arguments.of("generated-" + seed, zoom));
            }
        }
        return cases.stream();
    }

    private static Content content(String name) {
        return name.equals("bundled") ? bundled : generated.get(Long.parseLong(name.substring("generated-".length())));
    }

    private static TimelineEvent event(String id, String date, String endDate) {
        return new TimelineEvent(id, PartialDate.parseOrThrow(date), endDate == null ? null
                : PartialDate.parseOrThrow(endDate), "summit", LocalizedText.of("en", id), LocalizedText.EMPTY,
                LocalizedText.EMPTY, null, null, List.of(), List.of(
                new Source(LocalizedText.of("en", "test"), null, null, null, null)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyContentAtEveryZoom")
    void noTwoCardsOrBadgesOverlap(String name, Zoom zoom) {
        TimelineLayout layout = layout(content(name), zoom);
        Map<Integer, List<Card>> byLane = layout.cards().stream().collect(Collectors.groupingBy(Card::lane));
        assertThat(byLane.keySet()).allSatisfy(lane -> assertThat(lane).isBetween(0, METRICS.lanes() - 1));
        byLane.forEach((lane, cards) -> {
            List<Card> sorted = cards.stream().sorted(Comparator.comparingDouble(Card::x)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                Card before = sorted.get(i - 1);
                Card after = sorted.get(i);
                assertThat(after.x()).as("%s then %s in lane %d", before.event().id(), after.event().id(), lane)
                        .isGreaterThanOrEqualTo(before.end() + METRICS.gap());
            }
        });
        List<Group> groups = layout.groups();
        for (int i = 1; i < groups.size(); i++) {
            assertThat(groups.get(i).x()).isGreaterThanOrEqualTo(groups.get(i - 1).end() + METRICS.gap());
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyContentAtEveryZoom")
    void everyEventIsShownExactlyOnceAsACardOrInABadge(String name, Zoom zoom) {
        Content content = content(name);
        TimelineLayout layout = layout(content, zoom);
        List<String> shown = new ArrayList<>();
        layout.cards().forEach(c -> shown.add(c.event().id()));
        layout.groups().forEach(g -> g.events().forEach(e -> shown.add(e.id())));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(content.events().stream().map(TimelineEvent::id)
                .toList());
        for (TimelineEvent event : content.events()) {
            Item item = layout.itemOf(event.id()).orElseThrow();
            if (item instanceof Group group) {
                assertThat(group.events()).contains(event);
            } else {
                assertThat(((Card) item).event()).isEqualTo(event);
            }
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyContentAtEveryZoom")
    void positionsFollowDates(String name, Zoom zoom) {
        Content content = content(name);
        TimelineLayout layout = layout(content, zoom);
        TimelineEvent previous = null;
        for (TimelineEvent event : content.events()) {
            double dateX = layout.x(event.date().start());
            Item item = layout.itemOf(event.id()).orElseThrow();
            if (item instanceof Card) {
                assertThat(item.x()).as(event.id()).isCloseTo(dateX, Offset.offset(1e-6));
            } else {
                // a badge stands at its first event's date and gathers only what falls under it
                assertThat(dateX).as(event.id()).isBetween(item.x(), item.end() + METRICS.gap());
            }
            if (previous != null) {
                assertThat(layout.x(event.date().start())).as("%s after %s", event.id(), previous.id())
                        .isGreaterThanOrEqualTo(layout.x(previous.date().start()));
            }
            previous = event;
        }
        LocalDate a = LocalDate.of(2015, 3, 1);
        assertThat(layout.x(a.plusDays(100)) - layout.x(a)).isCloseTo(100 * layout.pxPerDay(),
                Offset.offset(1e-6));
        assertThat(layout.dateAt(layout.x(a) + layout.pxPerDay() / 2)).isEqualTo(a);
    }

    @Test
    void theWholeSpanFitsTheScreenAndEachZoomIsCloser() {
        TimelineLayout all = layout(bundled, Zoom.ALL);
        TimelineLayout year = layout(bundled, Zoom.YEAR);
        TimelineLayout month = layout(bundled, Zoom.MONTH);
        assertThat(all.width()).isLessThanOrEqualTo(METRICS.viewportWidth() + 1e-6);
        assertThat(all.maxScroll()).isZero();
        assertThat(year.pxPerDay()).isGreaterThan(all.pxPerDay());
        assertThat(month.pxPerDay()).isGreaterThan(year.pxPerDay());
        // a year at the year zoom, a month at the month zoom: most of the screen, with room for context
        double yearWidth = year.x(LocalDate.of(2016, 1, 1)) - year.x(LocalDate.of(2015, 1, 1));
        assertThat(yearWidth).isBetween(METRICS.viewportWidth() * 0.6, METRICS.viewportWidth() * 0.9);
        double monthWidth = month.x(LocalDate.of(2015, 4, 1)) - month.x(LocalDate.of(2015, 3, 1));
        assertThat(monthWidth).isBetween(METRICS.viewportWidth() * 0.6, METRICS.viewportWidth() * 0.9);
    }

    @Test
    void aSpanIsAsWideAsItsDays() {
        TimelineLayout layout = layout(bundled, Zoom.MONTH);
        Card wic2014 = (Card) layout.itemOf("wic-2014").orElseThrow();
        assertThat(wic2014.spanWidth()).isCloseTo(3 * layout.pxPerDay(), Offset.offset(1e-6));
        Card initiative = (Card) layout.itemOf("belt-road-initiative-2017").orElseThrow();
        assertThat(initiative.spanWidth()).isZero();
    }

    @Test
    void aCrowdedMonthGroupsWhatTheLanesCannotHoldAndSplitsWhenZoomedIn() {
        List<TimelineEvent> events = new ArrayList<>();
        for (int day = 1; day <= 29; day += 4) {
            events.add(event("busy-" + day, String.format("2018-06-%02d", day), null));
        }
        events.add(event("alone", "2021-03-15", null));
        for (Zoom zoom : List.of(Zoom.ALL, Zoom.YEAR)) {
            TimelineLayout layout = TimelineLayout.of(events, 2014, 2023, zoom, METRICS);
            assertThat(layout.cards()).as(zoom.name()).hasSize(METRICS.lanes() + 1);
            assertThat(layout.groups()).as(zoom.name()).singleElement().satisfies(group -> {
                assertThat(group.events()).extracting(TimelineEvent::id)
                        .containsExactly("busy-17", "busy-21", "busy-25", "busy-29");
                assertThat(group.x()).isEqualTo(layout.x(LocalDate.of(2018, 6, 17)));
            });
            assertThat(layout.itemOf("alone").orElseThrow()).isInstanceOf(Card.class);
        }
        TimelineLayout month = TimelineLayout.of(events, 2014, 2023, Zoom.MONTH, METRICS);
        assertThat(month.groups()).isEmpty();
        assertThat(month.cards()).hasSize(events.size());
        assertThat(month.cards()).extracting(Card::lane).containsOnly(0, 1);
    }

    @Test
    void whereSpaceIsShortTheKindsListedFirstKeepTheirCards() {
        TimelineLayout overview = layout(bundled, Zoom.ALL);
        assertThat(overview.groups()).as("the overview is crowded").isNotEmpty();
        assertThat(bundled.events()).filteredOn(e -> e.kind().equals("summit")).isNotEmpty()
                .allSatisfy(summit -> assertThat(overview.itemOf(summit.id()).orElseThrow()).isInstanceOf(Card.class));
        Map<Boolean, Long> grouped = overview.groups().stream().flatMap(g -> g.events().stream())
                .collect(Collectors.partitioningBy(e -> e.kind().equals("summit"), Collectors.counting()));
        assertThat(grouped.get(true)).isZero();
    }

    @Test
    void badgesSplitAsTheZoomGrowsOnAThousandEvents() {
        Content content = generated.get(1L);
        int all = grouped(layout(content, Zoom.ALL));
        int year = grouped(layout(content, Zoom.YEAR));
        int month = grouped(layout(content, Zoom.MONTH));
        assertThat(all).isGreaterThan(year);
        assertThat(year).isGreaterThan(month);
        assertThat(layout(content, Zoom.ALL).cards()).isNotEmpty();
    }

    private static int grouped(TimelineLayout layout) {
        return layout.groups().stream().mapToInt(g -> g.events().size()).sum();
    }

    @Test
    void visibleFindsExactlyWhatReachesIntoTheWindow() {
        Random random = new Random(7);
        for (Zoom zoom : Zoom.values()) {
            TimelineLayout layout = layout(generated.get(2L), zoom);
            for (int i = 0; i < 200; i++) {
                double x0 = random.nextDouble() * layout.width();
                double x1 = x0 + random.nextDouble() * 3000;
                Set<String> expected = new HashSet<>();
                layout.items().stream().filter(it -> it.x() < x1 && it.end() > x0)
                        .forEach(it -> expected.add(it.key()));
                assertThat(layout.visible(x0, x1)).extracting(Item::key).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void axisMarksEveryYearAndAtCloserZoomsEveryMonthAndDay() {
        TimelineLayout all = layout(bundled, Zoom.ALL);
        assertThat(all.ticks(0, all.width())).extracting(t -> t.date().getYear())
                .containsExactly(2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);
        TimelineLayout year = layout(bundled, Zoom.YEAR);
        double x = year.x(LocalDate.of(2018, 1, 1));
        assertThat(year.ticks(x, x + 1000)).filteredOn(t -> t.unit() == ChronoUnit.MONTHS).isNotEmpty()
                .allSatisfy(t -> assertThat(t.date().getDayOfMonth()).isEqualTo(1));
        TimelineLayout month = layout(bundled, Zoom.MONTH);
        double y = month.x(LocalDate.of(2018, 6, 1));
        assertThat(month.ticks(y, y + 500)).filteredOn(t -> t.unit() == ChronoUnit.DAYS).hasSizeGreaterThan(5);
    }

    @Test
    void onLongSpansTheAxisNamesDecadesAndCenturiesFarEnoughApartToRead() {
        List<TimelineEvent> events = List.of(event("first", "1963-03-01", null), event("last", "2012-10-01", null));
        TimelineLayout fifty = TimelineLayout.of(events, 1963, 2012, Zoom.ALL, METRICS);
        List<Tick> named = fifty.ticks(0, fifty.width()).stream().filter(Tick::labelled).toList();
        assertThat(named).extracting(t -> t.date().getYear())
                .containsExactly(1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010);
        TimelineLayout fiveCenturies = TimelineLayout.of(events, 1520, 2019, Zoom.ALL, METRICS);
        List<Tick> centuries = fiveCenturies.ticks(0, fiveCenturies.width()).stream().filter(Tick::labelled)
                .toList();
        assertThat(centuries).extracting(t -> t.date().getYear()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(year -> assertThat(year % 50).isZero()).contains(1600, 1700, 1800, 1900, 2000);
        for (List<Tick> axis : List.of(named, centuries)) {
            for (int i = 1; i < axis.size(); i++) {
                assertThat(axis.get(i).x() - axis.get(i - 1).x()).isGreaterThanOrEqualTo(
                        TimelineLayout.YEAR_LABEL_ROOM);
            }
        }
        // one early event stretches ten years to thirty: every fifth year named, not "1994199519961997..."
        TimelineLayout thirty = TimelineLayout.of(events, 1994, 2023, Zoom.ALL, METRICS);
        assertThat(thirty.ticks(0, thirty.width()).stream().filter(Tick::labelled).map(t -> t.date().getYear()))
                .containsExactly(1995, 2000, 2005, 2010, 2015, 2020);
    }

    @Test
    void aPortraitCanvasStacksMoreLanesOfTheSameCards() {
        // the canvas above the year strip: 1920 x 760 on a landscape screen, 1080 x 1500 on a portrait one
        Metrics landscape = Metrics.of(1920, 760, 1, 1);
        Metrics portrait = Metrics.of(1080, 1500, 1, 1);
        assertThat(landscape.lanes()).isEqualTo(METRICS.lanes());
        assertThat(landscape.cardHeight()).isEqualTo(Metrics.CARD_HEIGHT);
        assertThat(portrait.lanes()).isGreaterThanOrEqualTo(2 * landscape.lanes());
        assertThat(portrait.cardHeight()).isEqualTo(landscape.cardHeight());
        assertThat(portrait.cardWidth()).isEqualTo(landscape.cardWidth());
    }

    @Test
    void atTwiceTheUnitEverySizeAndPositionIsTwiceAsLarge() {
        Metrics design = Metrics.of(1920, 760, 1, 1);
        Metrics large = Metrics.of(3840, 1520, 2, 1);
        assertThat(large.lanes()).isEqualTo(design.lanes());
        assertThat(large.cardHeight()).isEqualTo(2 * design.cardHeight());
        assertThat(large.cardWidth()).isEqualTo(2 * design.cardWidth());
        assertThat(large.badgeHeight()).isEqualTo(2 * design.badgeHeight());
        assertThat(large.axisSpace()).isEqualTo(2 * design.axisSpace());
        List<TimelineEvent> events = bundled.events();
        for (Zoom zoom : Zoom.values()) {
            TimelineLayout small = TimelineLayout.of(events, 2014, 2023, zoom, design, e -> 0, e -> 330);
            TimelineLayout big = TimelineLayout.of(events, 2014, 2023, zoom, large, e -> 0, e -> 660);
            assertThat(big.width()).as("%s", zoom).isCloseTo(2 * small.width(), Offset.offset(0.01));
            assertThat(big.cards()).hasSameSizeAs(small.cards());
            for (int i = 0; i < small.cards().size(); i++) {
                assertThat(big.cards().get(i).x()).isCloseTo(2 * small.cards().get(i).x(), Offset.offset(0.01));
                assertThat(big.cards().get(i).lane()).isEqualTo(small.cards().get(i).lane());
            }
            // the axis names the same dates: its names grow with the unit as the scale does
            double x0 = big.width() / 4;
            List<LocalDate> named = small.ticks(x0 / 2, x0 / 2 + 1920).stream().filter(Tick::labelled)
                    .map(Tick::date).toList();
            assertThat(big.ticks(x0, x0 + 3840).stream().filter(Tick::labelled).map(Tick::date).toList())
                    .as("%s", zoom).isEqualTo(named);
        }
    }

    @Test
    void largerTextGivesTallerAndWiderCardsAndFewerLanes() {
        Metrics designed = Metrics.of(1920, 760, 1, 1);
        Metrics larger = Metrics.of(1920, 760, 1, 1.5);
        assertThat(larger.cardHeight()).isGreaterThan(designed.cardHeight() * 1.4);
        assertThat(larger.cardWidth()).isEqualTo(designed.cardWidth() * 1.5);
        assertThat(larger.lanes()).isLessThan(designed.lanes());
    }
}
