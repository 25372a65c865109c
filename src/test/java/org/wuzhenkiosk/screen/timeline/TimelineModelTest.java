package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Card;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

class TimelineModelTest {

    private Content content;
    private TimelineModel model;

    @BeforeEach
    void load() {
        content = ContentLoader.load(BundledContent.root()).content();
        model = new TimelineModel(content);
    }

    @Test
    void startsWithEveryYearEveryKindAndNothingOpen() {
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        assertThat(model.scroll()).isZero();
        assertThat(model.shownEvents()).hasSameSizeAs(content.events());
        assertThat(model.openEventProperty().get()).isNull();
        assertThat(model.firstYear()).isEqualTo(2014);
        assertThat(model.lastYear()).isEqualTo(2023);
    }

    @Test
    void zoomingKeepsTheMomentUnderTheFingerInPlace() {
        double anchor = 700;
        LocalDate before = model.layout().dateAt(model.scroll() + anchor);
        model.zoomIn(anchor);
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        assertThat(model.layout().dateAt(model.scroll() + anchor)).isBetween(before.minusDays(1), before.plusDays(1));
        model.zoomIn(anchor);
        assertThat(model.zoom()).isEqualTo(Zoom.MONTH);
        assertThat(model.layout().dateAt(model.scroll() + anchor)).isBetween(before.minusDays(1), before.plusDays(1));
        model.zoomIn(anchor);
        assertThat(model.zoom()).as("the closest zoom stays").isEqualTo(Zoom.MONTH);
        model.zoomOut(anchor);
        model.zoomOut(anchor);
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        assertThat(model.scroll()).isZero();
    }

    @Test
    void scrollingStopsAtBothEnds() {
        model.setZoom(Zoom.YEAR, 0);
        assertThat(model.scrollTo(-500)).isFalse();
        assertThat(model.scroll()).isZero();
        assertThat(model.scrollTo(1e9)).isFalse();
        assertThat(model.scroll()).isEqualTo(model.layout().maxScroll());
        assertThat(model.scrollBy(-100)).isTrue();
    }

    @Test
    void aLayoutIsComputedOncePerZoomLevelNotPerScroll() {
        int before = model.layoutsComputed();
        for (int i = 0; i < 3; i++) {
            for (Zoom zoom : Zoom.values()) {
                model.setZoom(zoom, 960);
                for (int step = 0; step < 50; step++) {
                    model.scrollBy(37);
                    model.visibleItems();
                }
            }
        }
        assertThat(model.layoutsComputed() - before).isEqualTo(2); // ALL was computed at the start
    }

    @Test
    void pickingAKindShowsOnlyThatKindAndLaysOutAgain() {
        model.toggleKind("summit");
        assertThat(model.shownEvents()).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo("summit"));
        assertThat(model.layout().items()).hasSize((int) content.events().stream()
                .filter(e -> e.kind().equals("summit")).count() - groupedCount());
        assertThat(model.layout().itemOf("belt-road-initiative-2017")).isEmpty();
        model.toggleKind("initiative");
        assertThat(model.shownEvents()).extracting(TimelineEvent::kind).containsOnly("summit", "initiative");
        model.toggleKind("summit");
        assertThat(model.shownEvents()).extracting(TimelineEvent::kind).containsOnly("initiative");
        model.showEveryKind();
        assertThat(model.shownEvents()).hasSameSizeAs(content.events());
    }

    private int groupedCount() {
        return model.layout().groups().stream().mapToInt(g -> g.events().size() - 1).sum();
    }

    @Test
    void pickingEveryKindIsTheSameAsPickingNone() {
        model.kinds().forEach(k -> model.toggleKind(k.id()));
        assertThat(model.pickedKinds()).isEmpty();
        assertThat(model.shownEvents()).hasSameSizeAs(content.events());
    }

    @Test
    void aTapOnAYearShowsThatYear() {
        model.jumpToYear(2018);
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        LocalDate first = model.firstVisibleDay();
        LocalDate last = model.lastVisibleDay();
        assertThat(LocalDate.of(2018, 1, 1)).isAfterOrEqualTo(first).isBefore(first.plusDays(30));
        assertThat(last).isAfter(LocalDate.of(2018, 12, 31).minusDays(30));
    }

    @Test
    void revealingAnEventCentresItOpensItAndShowsItsKind() {
        model.toggleKind("document");
        model.setZoom(Zoom.MONTH, 0);
        assertThat(model.reveal("wic-2021")).isTrue();
        assertThat(model.shows("summit")).isTrue();
        assertThat(model.openEventProperty().get().id()).isEqualTo("wic-2021");
        Card card = (Card) model.layout().itemOf("wic-2021").orElseThrow();
        assertThat(card.x()).isBetween(model.scroll(), model.scroll() + model.viewportWidth() - card.width());
        assertThat(model.reveal("no-such-event")).isFalse();
    }

    @Test
    void resetReturnsToTheStart() {
        model.setZoom(Zoom.MONTH, 500);
        model.scrollBy(4000);
        model.toggleKind("forum");
        model.open(content.events().get(3));
        model.reset();
        assertThat(model.zoom()).isEqualTo(Zoom.ALL);
        assertThat(model.scroll()).isZero();
        assertThat(model.pickedKinds()).isEmpty();
        assertThat(model.shownEvents()).hasSameSizeAs(content.events());
        assertThat(model.openEventProperty().get()).isNull();
        assertThat(model.openGroupProperty().get()).isNull();
    }

    @Test
    void aWiderScreenLaysOutAgainKeepingTheMiddle() {
        model.setZoom(Zoom.YEAR, 960);
        model.scrollBy(3000);
        LocalDate middle = model.layout().dateAt(model.scroll() + model.viewportWidth() / 2);
        model.setViewportWidth(2560);
        assertThat(model.viewportWidth()).isEqualTo(2560);
        assertThat(model.layout().dateAt(model.scroll() + 1280)).isBetween(middle.minusDays(1), middle.plusDays(1));
        assertThat(model.layout().pxPerDay()).isCloseTo(2560 * 0.75 / 365.25, within(1e-9));
    }

    @Test
    void zoomingIntoABadgeGivesItsEventsCards() {
        TimelineLayout.Group group = model.layout().groups().get(0);
        model.zoomInto(group);
        assertThat(model.zoom()).isEqualTo(Zoom.YEAR);
        for (TimelineEvent event : group.events()) {
            assertThat(model.layout().itemOf(event.id()).orElseThrow()).isInstanceOf(Card.class);
        }
        assertThat(model.visibleItems()).extracting(TimelineLayout.Item::key)
                .contains("event-" + group.events().get(0).id());
    }
}
