package org.wuzhenkiosk.screen.timeline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.wuzhenkiosk.content.Category;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Card;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Group;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Item;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Metrics;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

/**
 * What the timeline shows: zoom, scroll position, which kinds of event, which event or badge is open; and the
 * commands a visitor's gestures turn into. Holds one layout per zoom level, computed when first needed and kept
 * until the filter, the content or the viewport's width changes. No nodes: tests drive it without a robot.
 */
final class TimelineModel {

    private final ReadOnlyObjectWrapper<Zoom> zoom = new ReadOnlyObjectWrapper<>(this, "zoom", Zoom.ALL);
    private final ReadOnlyDoubleWrapper scroll = new ReadOnlyDoubleWrapper(this, "scroll");
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyObjectWrapper<TimelineEvent> openEvent = new ReadOnlyObjectWrapper<>(this, "openEvent");
    private final ReadOnlyObjectWrapper<Group> openGroup = new ReadOnlyObjectWrapper<>(this, "openGroup");
    /** The event a guided tour lit, or null. */
    private final ReadOnlyObjectWrapper<TimelineEvent> spotlit = new ReadOnlyObjectWrapper<>(this, "spotlit");
    /** The nearest events off each edge, and whether the screen is empty: they change rarely, scrolling often. */
    private final ReadOnlyObjectWrapper<TimelineEvent> previous = new ReadOnlyObjectWrapper<>(this, "previous");
    private final ReadOnlyObjectWrapper<TimelineEvent> next = new ReadOnlyObjectWrapper<>(this, "next");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    /** The kinds a visitor picked; none picked shows every kind. */
    private final ObservableSet<String> pickedKinds = FXCollections.observableSet(new LinkedHashSet<>());
    /** One read-only view, kept: listeners on a view that is thrown away are lost with it. */
    private final ObservableSet<String> pickedKindsView = FXCollections.unmodifiableObservableSet(pickedKinds);
    private final Map<Zoom, TimelineLayout> layouts = new EnumMap<>(Zoom.class);
    private Content content;
    private Metrics metrics = Metrics.KIOSK;
    /** How wide each event's card is: as wide as its title needs in the current language. */
    private ToDoubleFunction<TimelineEvent> cardWidths = e -> metrics.cardWidth();
    private List<TimelineEvent> shown = List.of();
    private int firstYear;
    private int lastYear;
    private int layoutsComputed;

    TimelineModel(Content content) {
        scroll.addListener((obs, old, now) -> updateNeighbours());
        layout.addListener((obs, old, now) -> updateNeighbours());
        setContent(content);
    }

    private void updateNeighbours() {
        if (layout.get() == null) {
            return;
        }
        previous.set(previousEvent().orElse(null));
        next.set(nextEvent().orElse(null));
        empty.set(nothingOnScreen());
    }

    /** The nearest event off the left edge, or null; set only when it changes. */
    ReadOnlyObjectProperty<TimelineEvent> previousProperty() {
        return previous.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<TimelineEvent> nextProperty() {
        return next.getReadOnlyProperty();
    }

    /** True while not one card or badge is on screen. */
    ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** New content: everything back to the start. */
    void setContent(Content content) {
        this.content = content;
        List<TimelineEvent> events = content.events();
        int thisYear = LocalDate.now().getYear();
        firstYear = events.stream().mapToInt(e -> e.date().year()).min().orElse(thisYear);
        lastYear = events.stream().mapToInt(e -> (e.isSpan() ? e.endDate() : e.date()).end().getYear()).max()
                .orElse(thisYear);
        pickedKinds.clear();
        refilter();
        reset();
    }

    Content content() {
        return content;
    }

    /** The width of the visible part of the timeline; a new width means new layouts. */
    void setViewportWidth(double width) {
        if (width <= 0 || Math.abs(width - metrics.viewportWidth()) < 0.5) {
            return;
        }
        double days = layout().daysAt(scroll.get() + metrics.viewportWidth() / 2);
        metrics = metrics.withViewportWidth(width);
        layouts.clear();
        relayout(days);
    }

    /** The canvas's size and unit: a new width, height or unit means new layouts, the same moment centred. */
    void setMetrics(Metrics next) {
        if (next.viewportWidth() <= 0 || next.equals(metrics)) {
            return;
        }
        double days = layout().daysAt(scroll.get() + metrics.viewportWidth() / 2);
        metrics = next;
        layouts.clear();
        relayout(days);
    }

    /** How many cards fit above one another; a taller screen stacks more. */
    void setLanes(int lanes) {
        if (lanes < 1 || lanes == metrics.lanes()) {
            return;
        }
        double days = layout().daysAt(scroll.get() + metrics.viewportWidth() / 2);
        metrics = metrics.withLanes(lanes);
        layouts.clear();
        relayout(days);
    }

    /** Cards as wide as {@code widths} says (their titles in a new language): new layouts, the same moment centred. */
    void setCardWidths(ToDoubleFunction<TimelineEvent> widths) {
        double days = layout().daysAt(scroll.get() + metrics.viewportWidth() / 2);
        cardWidths = widths;
        layouts.clear();
        relayout(days);
    }

    double viewportWidth() {
        return metrics.viewportWidth();
    }

    Metrics metrics() {
        return metrics;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    // ---- zoom and scroll ----

    ReadOnlyObjectProperty<Zoom> zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    Zoom zoom() {
        return zoom.get();
    }

    ReadOnlyDoubleProperty scrollProperty() {
        return scroll.getReadOnlyProperty();
    }

    double scroll() {
        return scroll.get();
    }

    ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The layout at the current zoom. */
    TimelineLayout layout() {
        return layout.get();
    }

    /** How many layouts were computed since the model was made: once per zoom level and filter. */
    int layoutsComputed() {
        return layoutsComputed;
    }

    private TimelineLayout layoutFor(Zoom level) {
        return layouts.computeIfAbsent(level, z -> {
            layoutsComputed++;
            return TimelineLayout.of(shown, firstYear, lastYear, z, metrics, e -> rank(e.kind()), cardWidths);
        });
    }

    /** Changes the zoom keeping the moment under {@code anchor} (a viewport x) where it is. */
    void setZoom(Zoom level, double anchor) {
        double days = layout().daysAt(scroll.get() + anchor);
        zoom.set(level);
        TimelineLayout now = layoutFor(level);
        layout.set(now);
        scrollTo(now.xOfDays(days) - anchor);
    }

    /** Changes the zoom from a button or a key: the event nearest the middle stays in view, in the middle. */
    void zoomAround(Zoom level) {
        Optional<TimelineEvent> near = nearest(scroll.get() + viewportWidth() / 2);
        setZoom(level, viewportWidth() / 2);
        near.ifPresent(this::centreOn);
    }

    /** The shown event whose date is nearest to {@code x} on the timeline. */
    Optional<TimelineEvent> nearest(double x) {
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int i = insertionPoint(layout().dateAt(x));
        TimelineEvent best = null;
        for (int k = Math.max(0, i - 1); k <= Math.min(shown.size() - 1, i); k++) {
            TimelineEvent candidate = shown.get(k);
            if (best == null || Math.abs(layout().x(candidate.date().start()) - x)
                    < Math.abs(layout().x(best.date().start()) - x)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The nearest event whose card lies mostly off the left edge. */
    Optional<TimelineEvent> previousEvent() {
        int i = insertionPoint(layout().dateAt(scroll.get() - metrics.cardWidth() / 2));
        return i == 0 ? Optional.empty() : Optional.of(shown.get(i - 1));
    }

    /** The nearest event whose card lies mostly off the right edge. */
    Optional<TimelineEvent> nextEvent() {
        LocalDate edge = layout().dateAt(scroll.get() + viewportWidth() - metrics.cardWidth() / 2);
        int i = insertionPoint(edge.plusDays(1));
        return i >= shown.size() ? Optional.empty() : Optional.of(shown.get(i));
    }

    /** True when not one card or badge reaches into the screen. */
    boolean nothingOnScreen() {
        return layout().visible(scroll.get(), scroll.get() + viewportWidth()).isEmpty();
    }

    /** Scrolls so that the event's card is in the middle of the screen. */
    void centreOn(TimelineEvent event) {
        scrollTo(centred(event));
    }

    /** The scroll that puts the event's card in the middle of the screen. */
    private double centred(TimelineEvent event) {
        Optional<Item> item = layout().itemOf(event.id());
        double x = item.map(Item::x).orElse(layout().x(event.date().start()));
        double width = item.map(i -> Math.min(i.end() - i.x(), viewportWidth())).orElse(metrics.cardWidth());
        return x + width / 2 - viewportWidth() / 2;
    }

    /** Index of the first shown event starting on or after {@code day}. */
    private int insertionPoint(LocalDate day) {
        int lo = 0;
        int hi = shown.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shown.get(mid).date().start().isBefore(day)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void zoomIn(double anchor) {
        setZoom(zoom().in(), anchor);
    }

    void zoomOut(double anchor) {
        setZoom(zoom().out(), anchor);
    }

    /** Scrolls to {@code x}, kept within the timeline; returns false when it hit an end. */
    boolean scrollTo(double x) {
        double clamped = Math.max(0, Math.min(layout().maxScroll(), x));
        scroll.set(clamped);
        return clamped == x;
    }

    boolean scrollBy(double dx) {
        return scrollTo(scroll.get() + dx);
    }

    /** One tap on the year strip: that year fills the screen. */
    void jumpToYear(int year) {
        if (zoom() == Zoom.ALL) {
            setZoom(Zoom.YEAR, viewportWidth() / 2);
        }
        int shownYear = Math.max(firstYear, Math.min(lastYear, year));
        scrollTo(layout().x(LocalDate.of(shownYear, 1, 1)) - metrics.margin());
    }

    /** Items on screen and a quarter screen either side, so a swipe never reveals a gap before the next sync. */
    List<Item> visibleItems() {
        double margin = viewportWidth() / 4;
        return layout().visible(scroll.get() - margin, scroll.get() + viewportWidth() + margin);
    }

    /** The first and last day the viewport shows. */
    LocalDate firstVisibleDay() {
        return layout().dateAt(scroll.get());
    }

    LocalDate lastVisibleDay() {
        return layout().dateAt(scroll.get() + viewportWidth());
    }

    // ---- kinds of event ----

    /** Kinds the content declares that at least one event has, in the content's order. */
    List<Category> kinds() {
        Set<String> used = new LinkedHashSet<>();
        content.events().forEach(e -> used.add(e.kind()));
        return content.exhibition().eventKinds().stream().filter(k -> used.contains(k.id())).toList();
    }

    /** Kinds listed first in the content are the more important: they keep their cards where space is short. */
    int rank(String kind) {
        List<Category> all = content.exhibition().eventKinds();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(kind)) {
                return i;
            }
        }
        return all.size();
    }

    /** A colour per kind of event (one of seven palette colours), the same on cards, dots and filter chips. */
    int hue(String kind) {
        List<Category> all = content.exhibition().eventKinds();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(kind)) {
                return i % 7;
            }
        }
        return 6;
    }

    ObservableSet<String> pickedKinds() {
        return pickedKindsView;
    }

    boolean shows(String kind) {
        return pickedKinds.isEmpty() || pickedKinds.contains(kind);
    }

    /** Picks a kind, or unpicks it; picking every kind is the same as picking none. */
    void toggleKind(String kind) {
        if (!pickedKinds.remove(kind)) {
            pickedKinds.add(kind);
        }
        if (pickedKinds.size() == kinds().size()) {
            pickedKinds.clear();
        }
        refiltered();
    }

    void showEveryKind() {
        if (!pickedKinds.isEmpty()) {
            pickedKinds.clear();
            refiltered();
        }
    }

    /** The events the filter lets through, in date order. */
    List<TimelineEvent> shownEvents() {
        return shown;
    }

    /** Events shown per year, for the year strip. */
    Map<Integer, Integer> perYear() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            counts.put(y, 0);
        }
        shown.forEach(e -> counts.merge(e.date().year(), 1, Integer::sum));
        return counts;
    }

    private void refilter() {
        shown = content.events().stream().filter(e -> shows(e.kind())).toList();
        layouts.clear();
    }

    private void refiltered() {
        double days = layout() == null ? 0 : layout().daysAt(scroll.get() + viewportWidth() / 2);
        refilter();
        openGroup.set(null);
        relayout(days);
    }

    private void relayout(double centreDays) {
        TimelineLayout now = layoutFor(zoom());
        layout.set(now);
        scrollTo(now.xOfDays(centreDays) - viewportWidth() / 2);
    }

    // ---- what is open ----

    ReadOnlyObjectProperty<TimelineEvent> openEventProperty() {
        return openEvent.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Group> openGroupProperty() {
        return openGroup.getReadOnlyProperty();
    }

    void open(TimelineEvent event) {
        openGroup.set(null);
        openEvent.set(event);
    }

    void openGroup(Group group) {
        openEvent.set(null);
        openGroup.set(group);
    }

    void close() {
        openEvent.set(null);
        openGroup.set(null);
    }

    /** Zooms in on a badge's period so that its events get room as cards. */
    void zoomInto(Group group) {
        close();
        double days = layout().daysAt((group.x() + group.lastX()) / 2);
        zoom.set(zoom().in());
        layout.set(layoutFor(zoom()));
        scrollTo(layout().xOfDays(days) + metrics.cardWidth() / 2 - viewportWidth() / 2);
    }

    /** Shows an event asked for from another screen: its kind shown, it centred, its detail open. */
    boolean reveal(String eventId) {
        Optional<TimelineEvent> event = content.event(eventId);
        if (event.isEmpty()) {
            return false;
        }
        if (!shows(event.get().kind())) {
            showEveryKind();
        }
        centreOn(event.get());
        open(event.get());
        return true;
    }

    ReadOnlyObjectProperty<TimelineEvent> spotlitProperty() {
        return spotlit.getReadOnlyProperty();
    }

    /**
     * For a guided tour: the event lit at the year's zoom with every kind shown, nothing open; where the year has
     * no room for its card, a month's zoom, and where even that is crowded, only its kind (its chip on, as a
     * visitor would filter). The scroll that centres it, for the screen to glide to; empty for an unknown event.
     */
    OptionalDouble spotlight(String eventId) {
        Optional<TimelineEvent> event = content.event(eventId);
        if (event.isEmpty()) {
            return OptionalDouble.empty();
        }
        close();
        showEveryKind();
        for (Zoom level : List.of(Zoom.YEAR, Zoom.MONTH)) {
            if (zoom() != level) {
                setZoom(level, viewportWidth() / 2);
            }
            if (hasCard(eventId)) {
                break;
            }
        }
        if (!hasCard(eventId)) {
            pickedKinds.add(event.get().kind());
            refiltered();
        }
        spotlit.set(event.get());
        return OptionalDouble.of(Math.max(0, Math.min(layout().maxScroll(), centred(event.get()))));
    }

    private boolean hasCard(String eventId) {
        return layout().itemOf(eventId).filter(Card.class::isInstance).isPresent();
    }

    void clearSpotlight() {
        spotlit.set(null);
    }

    /** Back to a view the visitor left: those kinds, that zoom, that scroll (nothing opened or closed). */
    void restoreView(Zoom level, double x, Set<String> kinds) {
        if (!kinds.equals(pickedKinds)) {
            pickedKinds.clear();
            kinds.stream().filter(k -> kinds().stream().anyMatch(c -> c.id().equals(k))).forEach(pickedKinds::add);
            refilter();
        }
        zoom.set(level);
        layout.set(layoutFor(level));
        scrollTo(x);
    }

    /** Back to the start, as after the idle reset: every year, every kind, nothing open. */
    void reset() {
        close();
        spotlit.set(null);
        if (!pickedKinds.isEmpty()) {
            pickedKinds.clear();
            refilter();
        }
        zoom.set(Zoom.ALL);
        layout.set(layoutFor(Zoom.ALL));
        scroll.set(0);
    }
}
