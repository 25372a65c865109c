package org.wuzhenkiosk.screen.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * Where every event sits at one zoom level: its x from its date, a lane so that no two cards overlap, and a
 * counted badge for the events a busy period has no room for. Computed once per zoom level; answers "what is
 * between x0 and x1" by binary search, so the view creates nodes only for what is on screen. No JavaFX.
 */
final class TimelineLayout {

    /** How much time the screen shows: every year, about one year, about one month. */
    enum Zoom {
        ALL, YEAR, MONTH;

        Zoom in() {
            return this == MONTH ? MONTH : values()[ordinal() + 1];
        }

        Zoom out() {
            return this == ALL ? ALL : values()[ordinal() - 1];
        }
    }

    /**
     * Sizes the layout works with, in the canvas's pixels.
     *
     * @param viewportWidth how wide the visible part of the timeline is
     * @param cardWidth     an event card's width
     * @param gap           the least space between two cards in a lane, and between two badges
     * @param lanes         how many cards can stack above one date
     * @param badgeWidth    a group badge's width
     * @param margin        space before the first year and after the last card
     * @param unit          canvas pixels per design pixel ({@link org.wuzhenkiosk.ui.Units})
     * @param text          how much larger than designed text is drawn (the visitor's text size)
     */
    record Metrics(double viewportWidth, double cardWidth, double gap, int lanes, double badgeWidth, double margin,
                   double unit, double text) {

        /** A date and up to three lines of title, in design pixels at the designed text size. */
        static final double CARD_HEIGHT = 134;
        static final double LANE_GAP = 10;
        static final double BADGE_HEIGHT = 56;
        /** Room under the axis line for the year and month labels. */
        static final double AXIS_SPACE = 52;

        /** The kiosk's 1920x1080 design. */
        static final Metrics KIOSK = new Metrics(1920, 330, 16, 4, 104, 64, 1, 1);

        /**
         * The metrics of a canvas {@code width} x {@code height} pixels at {@code unit} pixels per design pixel:
         * as many lanes as its height stacks cards, so that a portrait screen shows more lanes, not smaller cards.
         */
        static Metrics of(double width, double height, double unit, double text) {
            Metrics sized = new Metrics(width, 330 * unit * text, 16 * unit, 1, 104 * unit, 64 * unit, unit, text);
            return sized.withLanes(sized.lanesIn(height));
        }

        Metrics withViewportWidth(double width) {
            return new Metrics(width, cardWidth, gap, lanes, badgeWidth, margin, unit, text);
        }

        Metrics withLanes(int count) {
            return new Metrics(viewportWidth, cardWidth, gap, count, badgeWidth, margin, unit, text);
        }

        /** A card's height: its text and the padding around it. */
        double cardHeight() {
            return unit * (8 + (CARD_HEIGHT - 8) * text);
        }

        double laneGap() {
            return LANE_GAP * unit;
        }

        double badgeHeight() {
            return BADGE_HEIGHT * unit * Math.max(1, text);
        }

        /** Room under the axis line for its names. */
        double axisSpace() {
            return AXIS_SPACE * unit * text;
        }

        /** Design pixels to canvas pixels. */
        double px(double design) {
            return design * unit;
        }

        /** The top of the badges, above the axis of a canvas {@code height} tall. */
        double badgeTop(double height) {
            return height - axisSpace() - px(18) - badgeHeight();
        }

        /** As many lanes as fit between the top of a canvas {@code height} tall and its badges, at least one. */
        int lanesIn(double height) {
            double room = badgeTop(height) - px(8) - px(4);
            return Math.max(1, (int) Math.floor((room + laneGap()) / (cardHeight() + laneGap())));
        }
    }

    /** Something drawn on the timeline: an event card or a group badge; it covers [x, end). */
    interface Item {
        double x();

        double end();

        /** Unique on the timeline; also the node id of its view. */
        String key();
    }

    /** An event's card: its left edge at the event's date, in a lane, as wide as its title needs; a span also has
     * its range's width. */
    record Card(TimelineEvent event, double x, double spanWidth, double width, int lane) implements Item {
        @Override
        public double end() {
            return x + Math.max(width, spanWidth);
        }

        @Override
        public String key() {
            return "event-" + event.id();
        }
    }

    /** Events a busy period has no free lane for, shown as one badge with their count. */
    record Group(List<TimelineEvent> events, double x, double lastX, double width) implements Item {
        Group {
            events = List.copyOf(events);
        }

        @Override
        public double end() {
            return x + width;
        }

        @Override
        public String key() {
            return "group-" + events.get(0).id();
        }
    }

    /** A mark on the axis: the start of a year, a month or a day; only some are named, so names never collide. */
    record Tick(LocalDate date, double x, ChronoUnit unit, boolean labelled) {
    }

    /** Steps in years between two year marks, and between two named years: decades and centuries for long spans. */
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    /** The least room between two marks on the axis, so that they read as a scale and not as a comb (design px). */
    static final double MIN_TICK_SPACING = 10;
    /** The room a year's name needs on the axis (30 px bold digits and the gap before the next name). */
    static final double YEAR_LABEL_ROOM = 104;
    /** The room a month's short name needs ("Sep", "10月"). */
    static final double MONTH_LABEL_ROOM = 64;
    /** The room a day's number needs; days are named every five. */
    static final double DAY_LABEL_ROOM = 44;

    private final Zoom zoom;
    private final Metrics metrics;
    private final LocalDate origin;
    private final LocalDate end;
    private final double pxPerDay;
    private final double width;
    private final List<Card> cards;
    private final List<Group> groups;
    private final Item[] items;
    private final double[] maxEnd;
    private final Map<String, Item> byEvent = new HashMap<>();

    private TimelineLayout(Zoom zoom, Metrics metrics, LocalDate origin, LocalDate end, double pxPerDay,
                           List<Card> cards, List<Group> groups) {
        this.zoom = zoom;
        this.metrics = metrics;
        this.origin = origin;
        this.end = end;
        this.pxPerDay = pxPerDay;
        double lastEnd = Math.max(cards.stream().mapToDouble(Card::end).max().orElse(0),
                groups.stream().mapToDouble(Group::end).max().orElse(0));
        this.width = Math.max(metrics.margin() + ChronoUnit.DAYS.between(origin, end) * pxPerDay
                + metrics.cardWidth(), lastEnd) + metrics.margin();
        this.cards = List.copyOf(cards);
        this.groups = List.copyOf(groups);
        List<Item> all = new ArrayList<>(cards);
        all.addAll(groups);
        all.sort(Comparator.comparingDouble(Item::x));
        this.items = all.toArray(new Item[0]);
        this.maxEnd = new double[items.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < items.length; i++) {
            max = Math.max(max, items[i].end());
            maxEnd[i] = max;
        }
        cards.forEach(c -> byEvent.put(c.event().id(), c));
        groups.forEach(g -> g.events().forEach(e -> byEvent.put(e.id(), g)));
    }

    /** Lays out {@code events} with every kind of event equally important. */
    static TimelineLayout of(List<TimelineEvent> events, int firstYear, int lastYear, Zoom zoom, Metrics metrics) {
        return of(events, firstYear, lastYear, zoom, metrics, e -> 0);
    }

    /** Lays out {@code events} with every card {@link Metrics#cardWidth()} wide. */
    static TimelineLayout of(List<TimelineEvent> events, int firstYear, int lastYear, Zoom zoom, Metrics metrics,
                             ToIntFunction<TimelineEvent> rank) {
        return of(events, firstYear, lastYear, zoom, metrics, rank, e -> metrics.cardWidth());
    }

    /**
     * Lays out {@code events} on an axis from the first day of {@code firstYear} to the last day of
     * {@code lastYear}. The most important events ({@code rank} lowest, then earliest) are placed first, each
     * in the lowest lane free over its card's width; what finds no free lane joins the badge of its period. So
     * where space is short, the summits keep their cards and lesser events wait in a badge. Each card is
     * {@code cardWidth} wide: as wide as its title needs.
     */
    static TimelineLayout of(List<TimelineEvent> events, int firstYear, int lastYear, Zoom zoom, Metrics metrics,
                             ToIntFunction<TimelineEvent> rank, ToDoubleFunction<TimelineEvent> cardWidth) {
        LocalDate origin = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(lastYear + 1, 1, 1);
        // the whole span fits the screen with room for the widest card at its end
        double widest = events.stream().mapToDouble(cardWidth).max().orElse(metrics.cardWidth());
        double pxPerDay = pxPerDay(zoom, metrics, ChronoUnit.DAYS.between(origin, end), widest);
        List<Card> cards = new ArrayList<>();
        List<TreeMap<Double, Double>> lanes = new ArrayList<>();
        for (int i = 0; i < metrics.lanes(); i++) {
            lanes.add(new TreeMap<>());
        }
        List<TimelineEvent> byImportance = new ArrayList<>(events);
        byImportance.sort(Comparator.comparingInt(rank).thenComparing(TimelineEvent::date));
        List<TimelineEvent> crowded = new ArrayList<>();
        for (TimelineEvent event : byImportance) {
            double x = metrics.margin() + ChronoUnit.DAYS.between(origin, event.date().start()) * pxPerDay;
            double spanWidth = event.isSpan()
                    ? (ChronoUnit.DAYS.between(event.date().start(), event.endDate().end()) + 1) * pxPerDay : 0;
            double cardW = cardWidth.applyAsDouble(event);
            double until = x + Math.max(cardW, spanWidth) + metrics.gap();
            int lane = 0;
            while (lane < lanes.size() && taken(lanes.get(lane), x, until)) {
                lane++;
            }
            if (lane < lanes.size()) {
                cards.add(new Card(event, x, spanWidth, cardW, lane));
                lanes.get(lane).put(x, until);
            } else {
                crowded.add(event);
            }
        }
        crowded.sort(Comparator.comparing(TimelineEvent::date));
        List<Group> groups = new ArrayList<>();
        List<TimelineEvent> crowd = new ArrayList<>();
        double crowdX = 0;
        double crowdLastX = 0;
        for (TimelineEvent event : crowded) {
            double x = metrics.margin() + ChronoUnit.DAYS.between(origin, event.date().start()) * pxPerDay;
            // a badge gathers what lies within its own width, so that two badges never overlap
            if (!crowd.isEmpty() && x >= crowdX + metrics.badgeWidth() + metrics.gap()) {
                groups.add(new Group(crowd, crowdX, crowdLastX, metrics.badgeWidth()));
                crowd.clear();
            }
            if (crowd.isEmpty()) {
                crowdX = x;
            }
            crowd.add(event);
            crowdLastX = x;
        }
        if (!crowd.isEmpty()) {
            groups.add(new Group(crowd, crowdX, crowdLastX, metrics.badgeWidth()));
        }
        return new TimelineLayout(zoom, metrics, origin, end, pxPerDay, cards, groups);
    }

    /** Whether a lane already holds a card somewhere in [x, until). */
    private static boolean taken(TreeMap<Double, Double> lane, double x, double until) {
        Map.Entry<Double, Double> before = lane.floorEntry(x);
        if (before != null && before.getValue() > x) {
            return true;
        }
        Map.Entry<Double, Double> after = lane.higherEntry(x);
        return after != null && after.getKey() < until;
    }

    /** The whole span fits the screen; a year or a month fills three quarters of it, the rest shows context. */
    static double pxPerDay(Zoom zoom, Metrics metrics, long days, double widestCard) {
        double year = metrics.viewportWidth() * 0.75 / 365.25;
        double fit = (metrics.viewportWidth() - 2 * metrics.margin() - widestCard) / Math.max(1, days);
        return switch (zoom) {
            case ALL -> Math.max(0.01, Math.min(fit, year));
            case YEAR -> year;
            case MONTH -> metrics.viewportWidth() * 0.75 / 30.44;
        };
    }

    Zoom zoom() {
        return zoom;
    }

    Metrics metrics() {
        return metrics;
    }

    double pxPerDay() {
        return pxPerDay;
    }

    /** Width of the whole timeline, margins and the last card included. */
    double width() {
        return width;
    }

    /** The largest scroll position: the timeline's right end at the viewport's right edge. */
    double maxScroll() {
        return Math.max(0, width - metrics.viewportWidth());
    }

    LocalDate firstDay() {
        return origin;
    }

    /** The day after the last day on the axis. */
    LocalDate endDay() {
        return end;
    }

    double x(LocalDate date) {
        return metrics.margin() + ChronoUnit.DAYS.between(origin, date) * pxPerDay;
    }

    /** Days since the axis' first day at {@code x}, with fractions: keeps the same moment under a finger on zoom. */
    double daysAt(double x) {
        return (x - metrics.margin()) / pxPerDay;
    }

    double xOfDays(double days) {
        return metrics.margin() + days * pxPerDay;
    }

    LocalDate dateAt(double x) {
        long days = (long) Math.floor(daysAt(x));
        LocalDate date = origin.plusDays(Math.max(0, days));
        return date.isBefore(end) ? date : end.minusDays(1);
    }

    List<Card> cards() {
        return cards;
    }

    List<Group> groups() {
        return groups;
    }

    /** Every item, in x order. */
    List<Item> items() {
        return List.of(items);
    }

    /** The card or badge that shows this event, if it is laid out. */
    Optional<Item> itemOf(String eventId) {
        return Optional.ofNullable(byEvent.get(eventId));
    }

    /** Items that reach into [x0, x1), in x order: a binary search then a walk over just those. */
    List<Item> visible(double x0, double x1) {
        int lo = 0;
        int hi = items.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] > x0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        List<Item> found = new ArrayList<>();
        for (int i = lo; i < items.length && items[i].x() < x1; i++) {
            if (items[i].end() > x0) {
                found.add(items[i]);
            }
        }
        return found;
    }

    /**
     * Axis marks between x0 and x1, as many as the scale has room for: months once a month is wide enough, days
     * once a day is; years always, thinned to every 2, 5, 10... years on a long span. Names are thinned the same
     * way (to decades, centuries) so that no two run into each other.
     */
    List<Tick> ticks(double x0, double x1) {
        LocalDate from = dateAt(x0);
        LocalDate to = dateAt(x1);
        double yearPx = 365.25 * pxPerDay;
        double monthPx = 30.44 * pxPerDay;
        double minSpacing = MIN_TICK_SPACING * metrics.unit();
        double text = metrics.unit() * metrics.text();
        int yearStep = step(yearPx, minSpacing, 1);
        int nameStep = step(yearPx, YEAR_LABEL_ROOM * text, yearStep);
        List<Tick> ticks = new ArrayList<>();
        int firstYear = from.getYear() - Math.floorMod(from.getYear(), yearStep);
        for (int year = firstYear; year <= to.getYear(); year += yearStep) {
            add(ticks, LocalDate.of(year, 1, 1), ChronoUnit.YEARS, Math.floorMod(year, nameStep) == 0);
        }
        if (yearStep == 1 && monthPx >= 2 * minSpacing) { // twelve marks closer than that read as a comb
            double monthRoom = MONTH_LABEL_ROOM * text;
            int monthStep = monthPx >= monthRoom ? 1 : 3 * monthPx >= monthRoom ? 3 : 0;
            for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
                if (d.getMonthValue() != 1) {
                    add(ticks, d, ChronoUnit.MONTHS, monthStep > 0 && (d.getMonthValue() - 1) % monthStep == 0);
                }
            }
        }
        if (yearStep == 1 && pxPerDay >= minSpacing) {
            boolean named = 5 * pxPerDay >= DAY_LABEL_ROOM * text;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfMonth() != 1) {
                    add(ticks, d, ChronoUnit.DAYS, named && d.getDayOfMonth() % 5 == 0 && d.getDayOfMonth() < 30);
                }
            }
        }
        ticks.removeIf(t -> t.x() < x0 - metrics.cardWidth() || t.x() > x1 + metrics.cardWidth());
        ticks.sort(Comparator.comparingDouble(Tick::x));
        return ticks;
    }

    /** The smallest step in years, a multiple of {@code of}, that puts marks at least {@code room} apart. */
    private static int step(double yearPx, double room, int of) {
        for (int step : YEAR_STEPS) {
            if (step % of == 0 && step * yearPx >= room) {
                return step;
            }
        }
        return YEAR_STEPS[YEAR_STEPS.length - 1];
    }

    private void add(List<Tick> ticks, LocalDate date, ChronoUnit unit, boolean labelled) {
        if (!date.isBefore(origin) && !date.isAfter(end)) {
            ticks.add(new Tick(date, x(date), unit, labelled));
        }
    }
}
