package org.wuzhenkiosk.screen.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Card;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Group;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Item;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Metrics;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Tick;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.Fling;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.Units;

/**
 * The timeline itself: the axis, a card per event in its lane, badges for crowded periods. Only what is on screen
 * exists as nodes (cards are pooled and re-bound as they scroll in); a swipe moves one translate and adds or drops
 * the few nodes at the edges. Drag with inertia (the {@link Fling} rule), pinch, wheel and double-tap all end up
 * as model commands.
 */
final class TimelineCanvas extends Region {

    /** Card widths: a short title gets a narrow card, a long one up to the widest before it wraps. */
    static final double MIN_CARD_WIDTH = 200;
    static final double MAX_CARD_WIDTH = 420;
    /** The card's padding left (past the kind's bar) and right, and a little slack for rounding. */
    private static final double CARD_INSETS = 24 + 14 + 6;
    /** As tl-card-title and tl-card-date in timeline.css (design px): widths are measured with the fonts drawn. */
    private static final double TITLE_SIZE = 21;
    private static final double DATE_SIZE = 20;
    /** Axis names this close after the pinned one are hidden, so that the two never touch. */
    private static final double PINNED_GAP = 24;
    /** The least room between two names on the axis (design px). */
    private static final double NAME_GAP = 12;
    private static final double DRAG_THRESHOLD = 8;
    private static final double PINCH_STEP = 1.3;

    private final TimelineModel model;
    private final I18n i18n;
    private final Fling fling;
    private final Pane world = new Pane();
    private final Pane ticks = new Pane();
    private final Pane guides = new Pane();
    private final Pane markers = new Pane();
    private final Pane cards = new Pane();
    private final Pane badges = new Pane();
    private final Rectangle axisLine = new Rectangle();
    private final Label stickyPeriod = new Label();
    private final Map<String, CardView> liveCards = new HashMap<>();
    private final Deque<CardView> cardPool = new ArrayDeque<>();
    private final Map<String, BadgeView> liveBadges = new HashMap<>();
    private final Deque<BadgeView> badgePool = new ArrayDeque<>();
    private final Map<String, TickView> liveTicks = new HashMap<>();
    private final Map<String, Double> cardWidths = new HashMap<>();
    private final Text measurer = new Text();
    private TimelineLayout synced;
    private double syncedHeight = -1;
    /** How many lanes the cards in the window use: that many spread over the height (see lanePitch). */
    private int lanesOnScreen = 1;

    private double pressX;
    private double pressScroll;
    private boolean dragging;
    private boolean suppressTap;
    private boolean pinching;
    /** After a pinch the finger left on the screen must not drag from where the pinch began. */
    private boolean pinchedSincePress;
    private double pinchScale = 1;
    private double wheelZoom;

    TimelineCanvas(TimelineModel model, I18n i18n, FrameClock frames) {
        this.model = model;
        this.i18n = i18n;
        this.fling = new Fling(frames, this); // the timeline moves in scene px: a flick glides as at 1080p
        setId("timeline-canvas");
        getStyleClass().add("timeline-canvas");
        setFocusTraversable(true);
        // the timeline itself, for a screen reader: what it is and how the keys move it
        Accessible.named(this, AccessibleRole.TEXT, i18n.text("timeline.heading"));
        accessibleHelpProperty().bind(i18n.text("timeline.keys"));
        axisLine.getStyleClass().add("tl-axis-line");
        axisLine.setManaged(false);
        stickyPeriod.setId("timeline-period");
        stickyPeriod.getStyleClass().add("tl-sticky-period");
        stickyPeriod.setMouseTransparent(true);
        world.setManaged(false);
        for (Pane layer : List.of(ticks, guides, markers, cards, badges)) {
            layer.setManaged(false);
            layer.setPickOnBounds(false);
        }
        ticks.setMouseTransparent(true);
        guides.setMouseTransparent(true);
        markers.setMouseTransparent(true);
        world.setPickOnBounds(false);
        world.getChildren().addAll(ticks, guides, markers, cards, badges);
        getChildren().addAll(axisLine, world, stickyPeriod);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        model.scrollProperty().addListener((obs, old, now) -> sync());
        model.layoutProperty().addListener((obs, old, now) -> sync());
        model.spotlitProperty().addListener((obs, old, now) -> liveCards.values().forEach(CardView::light));
        model.setCardWidths(this::cardWidth);
        i18n.languageProperty().addListener((obs, old, now) -> {
            clearTicks();
            model.setCardWidths(this::cardWidth); // titles in another language need other widths
            sync();
        });

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::wheel);
        addEventHandler(ZoomEvent.ZOOM_STARTED, e -> {
            pinching = true;
            pinchedSincePress = true;
            pinchScale = 1;
            dragging = false;
            stopFling();
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM, this::pinch);
        addEventHandler(ZoomEvent.ZOOM_FINISHED, e -> {
            pinching = false;
            e.consume();
        });
    }

    // ---- geometry ----

    /** The sizes the timeline is laid out with now, in this canvas's pixels. */
    private Metrics metrics() {
        return model.metrics();
    }

    /** Design pixels in this canvas's pixels. */
    private double px(double design) {
        return metrics().px(design);
    }

    private double axisY() {
        return getHeight() - metrics().axisSpace();
    }

    private double badgeTop() {
        return metrics().badgeTop(getHeight());
    }

    /** Lane 0 sits just above the badges, the others stack upwards, spread over the height the lanes leave free. */
    double laneTop(int lane) {
        return badgeTop() - px(8) - metrics().cardHeight() - lane * lanePitch();
    }

    /**
     * Tight stacking when every lane is in use; the lanes that hold a card on screen move apart to fill the height
     * above the axis, so that a quiet stretch of a busy timeline uses the height too.
     */
    private double lanePitch() {
        double tight = metrics().cardHeight() + metrics().laneGap();
        if (lanesOnScreen <= 1) {
            return tight;
        }
        double room = badgeTop() - px(8) - metrics().cardHeight() - px(4);
        return Math.max(tight, room / (lanesOnScreen - 1));
    }

    /** How many lanes the cards inside the window use (at least one). */
    private int lanesOnScreen(List<Item> visible, double scroll) {
        int lanes = 1;
        for (Item item : visible) {
            if (item instanceof Card card && card.x() + card.width() > scroll && card.x() < scroll + getWidth()) {
                lanes = Math.max(lanes, card.lane() + 1);
            }
        }
        return lanes;
    }

    /**
     * How wide an event's card is: its title on one line if that fits the widest card, else the narrowest width
     * that wraps it to two lines, else the widest (three lines, then an ellipsis); never narrower than its date.
     */
    private double cardWidth(TimelineEvent event) {
        String language = i18n.language();
        String title = i18n.get(event.title());
        String date = Dates.of(event, language);
        Units units = Units.of(this);
        // a card holds text: its widths grow with the text's size, its insets with the unit
        double text = units.fontPx(1);
        double insets = units.px(CARD_INSETS);
        return cardWidths.computeIfAbsent(text + "|" + insets + "|" + language + "|" + date + "|" + title, k -> {
            double widest = MAX_CARD_WIDTH * text;
            double most = widest - insets;
            Font titleFont = Fonts.font(language, FontWeight.BOLD, TITLE_SIZE * text);
            double dateWidth = measure(Fonts.font(language, FontWeight.NORMAL, DATE_SIZE * text), date, 0).getWidth();
            double oneLine = measure(titleFont, title, 0).getWidth();
            double lines = most;
            if (oneLine <= most) {
                lines = oneLine;
            } else {
                double twoLines = measure(titleFont, "A\nA", 0).getHeight() + 0.5;
                for (double w = Math.max(MIN_CARD_WIDTH * text - insets, oneLine / 2); w < most; w += 8 * text) {
                    if (measure(titleFont, title, w).getHeight() <= twoLines) {
                        lines = w;
                        break;
                    }
                }
                // a title that takes more than three lines at the widest card widens it, up to half as wide again
                double threeLines = measure(titleFont, "A\nA\nA", 0).getHeight() + 0.5;
                while (lines == most && most < 1.5 * widest - insets
                        && measure(titleFont, title, most).getHeight() > threeLines) {
                    most += 8 * text;
                    lines = most;
                }
            }
            double needed = Math.ceil(Math.max(lines, dateWidth)) + insets;
            // never narrower than its date, which stays on one line
            return Math.max(Math.ceil(dateWidth) + insets,
                    Math.min(Math.max(widest, lines + insets), Math.max(MIN_CARD_WIDTH * text, needed)));
        });
    }

    /** The bounds of {@code text} in {@code font}, wrapped at {@code wrap} (0: on one line). */
    private Bounds measure(Font font, String text, double wrap) {
        measurer.setFont(font);
        measurer.setWrappingWidth(wrap);
        measurer.setText(text);
        return measurer.getLayoutBounds();
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() > 0 && getHeight() > 0) {
            // as many lanes as the height stacks, every size in the window's unit
            Units units = Units.of(this);
            model.setMetrics(Metrics.of(getWidth(), getHeight(), units.unit(), units.textScale()));
        }
        axisLine.setX(0);
        axisLine.setY(axisY() - px(1.5));
        axisLine.setWidth(getWidth());
        axisLine.setHeight(px(3));
        if (getHeight() != syncedHeight) {
            synced = null; // every node moves with the axis: place them again
        }
        sync();
        stickyPeriod.autosize();
        stickyPeriod.relocate(0, axisY() + px(6));
    }

    // ---- virtual nodes ----

    /** Makes the nodes match what is on screen now: new ones for items scrolling in, pooled ones for items out. */
    void sync() {
        TimelineLayout layout = model.layout();
        if (layout == null || getHeight() <= 0) {
            return;
        }
        if (layout != synced) {
            liveCards.values().forEach(this::release);
            liveCards.clear();
            liveBadges.values().forEach(this::release);
            liveBadges.clear();
            clearTicks();
            synced = layout;
            syncedHeight = getHeight();
        }
        double scroll = model.scroll();
        world.setTranslateX(-scroll);
        List<Item> visible = model.visibleItems();
        int lanes = lanesOnScreen(visible, scroll);
        if (lanes != lanesOnScreen) {
            lanesOnScreen = lanes; // the lanes spread anew: every card moves to its lane's new height
            liveCards.values().forEach(this::release);
            liveCards.clear();
        }
        Set<String> keep = new HashSet<>();
        for (Item item : visible) {
            keep.add(item.key());
            if (item instanceof Card card && !liveCards.containsKey(card.key())) {
                liveCards.put(card.key(), place(card));
            } else if (item instanceof Group group && !liveBadges.containsKey(group.key())) {
                BadgeView badge = badgePool.isEmpty() ? new BadgeView(this) : badgePool.pop();
                badge.show(group, this);
                liveBadges.put(group.key(), badge);
            }
        }
        for (Iterator<Map.Entry<String, CardView>> it = liveCards.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, CardView> entry = it.next();
            if (!keep.contains(entry.getKey())) {
                release(entry.getValue());
                it.remove();
            }
        }
        liveBadges.entrySet().removeIf(entry -> {
            if (keep.contains(entry.getKey())) {
                return false;
            }
            release(entry.getValue());
            return true;
        });
        syncTicks(layout, scroll);
    }

    private CardView place(Card card) {
        CardView view = cardPool.isEmpty() ? new CardView(this) : cardPool.pop();
        view.show(card, model.hue(card.event().kind()), laneTop(card.lane()), axisY(), metrics());
        // in the order of time, which is the order Tab takes
        int at = 0;
        while (at < cards.getChildren().size() && cards.getChildren().get(at).getLayoutX() <= card.x()) {
            at++;
        }
        cards.getChildren().add(at, view.card);
        guides.getChildren().add(view.guide);
        markers.getChildren().add(view.marker);
        if (view.ranged) {
            markers.getChildren().addAll(view.range, view.spanBar);
        }
        return view;
    }

    private void release(CardView view) {
        cards.getChildren().remove(view.card);
        guides.getChildren().remove(view.guide);
        markers.getChildren().removeAll(view.marker, view.range, view.spanBar);
        view.event.set(null);
        cardPool.push(view);
    }

    private void release(BadgeView badge) {
        badge.remove(this);
        badgePool.push(badge);
    }

    private void clearTicks() {
        liveTicks.values().forEach(t -> ticks.getChildren().removeAll(t.line, t.label));
        liveTicks.clear();
    }

    private void syncTicks(TimelineLayout layout, double scroll) {
        double width = getWidth();
        List<Tick> wanted = layout.ticks(scroll - width / 2, scroll + width * 1.5);
        Set<String> keep = new HashSet<>();
        for (Tick tick : wanted) {
            String key = tick.date() + "/" + tick.unit();
            keep.add(key);
            if (!liveTicks.containsKey(key)) {
                TickView view = new TickView(tick, layout.zoom(), i18n.language(), axisY(), metrics());
                liveTicks.put(key, view);
                ticks.getChildren().add(view.line);
                if (view.label != null) {
                    ticks.getChildren().add(view.label);
                    view.label.applyCss(); // its width is known now, to tell whether the edge would cut it
                }
            }
        }
        liveTicks.entrySet().removeIf(entry -> {
            if (keep.contains(entry.getKey())) {
                return false;
            }
            ticks.getChildren().removeAll(entry.getValue().line, entry.getValue().label);
            return true;
        });
        updateSticky(layout, scroll);
    }

    /**
     * At a year or month zoom, the period on screen stays named at the left edge while its own label has scrolled
     * away: the period that the months (or days) just right of the pinned name belong to, so that a year whose
     * first day lies under the name is the one named, not the last days of the year before.
     */
    private void updateSticky(TimelineLayout layout, double scroll) {
        if (layout.zoom() == Zoom.ALL) {
            stickyPeriod.setVisible(false);
            liveTicks.values().forEach(t -> t.show(false, scroll, getWidth()));
            keepNamesApart();
            return;
        }
        boolean month = layout.zoom() == Zoom.MONTH;
        String style = month ? "tl-tick-month-major" : "tl-tick-year";
        if (!stickyPeriod.getStyleClass().contains(style)) {
            stickyPeriod.getStyleClass().setAll("label", "tl-sticky-period", style);
            stickyPeriod.applyCss();
        }
        stickyPeriod.setText(periodAt(layout.dateAt(scroll + px(8)), month));
        // the axis names that start under the pinned name, or just after it, are hidden: name what comes after
        String named = periodAt(layout.dateAt(scroll + stickyPeriod.prefWidth(-1) + px(PINNED_GAP)), month);
        if (!named.equals(stickyPeriod.getText())) {
            stickyPeriod.setText(named);
        }
        stickyPeriod.setVisible(true);
        double coveredTo = scroll + stickyPeriod.prefWidth(-1) + px(PINNED_GAP);
        liveTicks.values().forEach(t -> t.show(t.x < coveredTo && t.x + px(8) > scroll - px(400), scroll, getWidth()));
        keepNamesApart();
    }

    /**
     * The axis's room per name is reckoned for short names; a language's longer ones ("سبتمبر", a year beside
     * "2月") could still touch: a name that would meet one already shown waits, years first, then left to right.
     */
    private void keepNamesApart() {
        double gap = px(NAME_GAP);
        List<double[]> shown = new ArrayList<>();
        liveTicks.values().stream().filter(t -> t.label != null && t.label.isVisible())
                .sorted(Comparator.comparing((TickView t) -> !t.major).thenComparingDouble(t -> t.x))
                .forEach(t -> {
                    double left = t.x + t.inset;
                    double right = left + t.label.prefWidth(-1);
                    boolean meets = shown.stream().anyMatch(r -> left < r[1] + gap && right + gap > r[0]);
                    if (meets) {
                        t.label.setVisible(false);
                    } else {
                        shown.add(new double[] {left, right});
                    }
                });
    }

    private String periodAt(LocalDate day, boolean month) {
        return month ? Dates.monthOfYear(YearMonth.from(day), i18n.language()) : String.valueOf(day.getYear());
    }

    /** The pinned name of the period on screen, or null at the every-year zoom, where none is pinned. */
    Label pinnedPeriod() {
        return stickyPeriod.isVisible() ? stickyPeriod : null;
    }

    /** A kind's mark: its colour in its shape, as on the axis; for the filter chips and the event's detail. */
    static Region kindMark(int hue) {
        Region mark = new Region();
        mark.getStyleClass().addAll("tl-marker", "tl-kind-mark", "kind-" + hue);
        return mark;
    }

    int liveCardCount() {
        return liveCards.size();
    }

    // ---- gestures ----

    private void pressed(MouseEvent e) {
        requestFocus();
        suppressTap = fling.gliding();
        fling.press(e.getX(), e.getY());
        pressX = e.getX();
        pressScroll = model.scroll();
        dragging = false;
        pinchedSincePress = false;
    }

    private void dragged(MouseEvent e) {
        if (pinching || pinchedSincePress || e.getButton() != MouseButton.PRIMARY && !e.isPrimaryButtonDown()) {
            return;
        }
        double dx = e.getX() - pressX;
        if (!dragging && Math.abs(dx) > px(DRAG_THRESHOLD)) {
            dragging = true;
        }
        if (dragging) {
            model.scrollTo(pressScroll - dx);
            fling.track(e.getX(), e.getY());
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        // a finger that rested before lifting throws nothing
        fling.release(e.getX(), e.getY(), 1, (dx, dy) -> model.scrollBy(-dx));
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            model.zoomIn(e.getX());
            e.consume();
        }
    }

    void stopFling() {
        fling.stop();
    }

    boolean flinging() {
        return fling.gliding();
    }

    /** A tap that stopped a fling, or ended a drag, opens nothing. */
    boolean acceptsTap(MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !suppressTap && !dragging;
    }

    private void wheel(ScrollEvent e) {
        if (e.isDirect()) {
            return; // a finger on the screen: already handled as a drag
        }
        stopFling();
        if (e.isControlDown() || e.isShortcutDown()) {
            wheelZoom += e.getDeltaY();
            if (Math.abs(wheelZoom) >= 40) {
                if (wheelZoom > 0) {
                    model.zoomIn(e.getX());
                } else {
                    model.zoomOut(e.getX());
                }
                wheelZoom = 0;
            }
        } else {
            double delta = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? e.getDeltaX() : e.getDeltaY();
            model.scrollBy(-delta * 3);
        }
        e.consume();
    }

    private void pinch(ZoomEvent e) {
        pinchScale *= e.getZoomFactor();
        if (pinchScale >= PINCH_STEP) {
            model.zoomIn(e.getX());
            pinchScale = 1;
        } else if (pinchScale <= 1 / PINCH_STEP) {
            model.zoomOut(e.getX());
            pinchScale = 1;
        }
        e.consume();
    }

    TimelineModel model() {
        return model;
    }

    I18n i18n() {
        return i18n;
    }

    // ---- the nodes ----

    /** An event's card, its guide down to the axis, its dot on the axis and, for a span, its range. */
    private static final class CardView {
        /** The card a guided tour points at. */
        private static final PseudoClass SPOTLIT = PseudoClass.getPseudoClass("spotlit");
        final ObjectProperty<TimelineEvent> event = new SimpleObjectProperty<>();
        private final TimelineModel model;
        final VBox card = new VBox();
        // plain rectangles and rounded rectangles, not shapes: they draw on the renderer's fast path
        final Region guide = new Region();
        final Region marker = new Region();
        final Region range = new Region();
        final Region spanBar = new Region();
        final Region kindBar = new Region();
        final Label title = new Label();
        boolean ranged;
        private String hueClass = "kind-0";

        CardView(TimelineCanvas canvas) {
            model = canvas.model();
            I18n i18n = canvas.i18n();
            Label date = new Label();
            date.getStyleClass().add("tl-card-date");
            date.textProperty().bind(Bindings.createStringBinding(
                    () -> event.get() == null ? "" : Dates.of(event.get(), i18n.language()),
                    event, i18n.languageProperty()));
            title.getStyleClass().add("tl-card-title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE); // the date never squeezes the title below its lines
            // the card's fixed height leaves the title three lines under its date, then an ellipsis
            title.textProperty().bind(i18n.text(event.map(TimelineEvent::title)));
            // the kind's colour as a bar of its own: one uniform rounded background renders on the fast path
            kindBar.getStyleClass().addAll("tl-card-bar", hueClass);
            kindBar.setManaged(false);
            card.getChildren().addAll(kindBar, date, title);
            card.getStyleClass().addAll("tl-card", hueClass);

            card.setOnMouseClicked(e -> {
                if (event.get() != null && canvas.acceptsTap(e) && e.getClickCount() == 1) {
                    canvas.model().open(event.get());
                }
                e.consume();
            });
            Accessible.button(card, Accessible.joined(i18n.text("list.separator"), date.textProperty(),
                    title.textProperty()), () -> {
                        if (event.get() != null) {
                            canvas.model().open(event.get());
                        }
                    });
            guide.getStyleClass().addAll("tl-guide", hueClass);
            guide.setManaged(false);
            marker.getStyleClass().addAll("tl-marker", hueClass);
            marker.setManaged(false);
            range.getStyleClass().addAll("tl-range", hueClass);
            range.setManaged(false);
            spanBar.getStyleClass().addAll("tl-span-bar", hueClass);
            spanBar.setManaged(false);
        }

        void show(Card layout, int hue, double top, double axisY, Metrics metrics) {
            String hueNow = "kind-" + hue;
            for (Node node : List.of(card, kindBar, guide, marker, range, spanBar)) {
                node.getStyleClass().remove(hueClass);
                node.getStyleClass().add(hueNow);
            }
            hueClass = hueNow;
            event.set(layout.event());
            light();
            card.setId(layout.key());
            double height = metrics.cardHeight();
            card.setMinSize(layout.width(), height);
            card.setPrefSize(layout.width(), height);
            card.setMaxSize(layout.width(), height);
            card.relocate(layout.x(), top);
            kindBar.resizeRelocate(metrics.px(7), metrics.px(10), metrics.px(6), height - metrics.px(20));
            // three lines under the date's line, then an ellipsis
            title.setMaxHeight(height - metrics.px(8) - metrics.px(29) * metrics.text());
            // the stem drops from the card's left edge to its date's dot: the card is anchored where its date is
            guide.resizeRelocate(layout.x() - metrics.px(1.5), top + height, metrics.px(3), axisY - top - height);
            marker.resizeRelocate(layout.x() - metrics.px(10), axisY - metrics.px(10), metrics.px(20),
                    metrics.px(20));
            // a span wide enough to see is drawn as its range: on the axis, and under its card
            ranged = layout.spanWidth() >= metrics.px(10);
            if (ranged) {
                range.resizeRelocate(layout.x(), axisY - metrics.px(6), layout.spanWidth(), metrics.px(12));
                spanBar.resizeRelocate(layout.x(), top + height + metrics.px(2), layout.spanWidth(), metrics.px(5));
            }
        }

        void light() {
            card.pseudoClassStateChanged(SPOTLIT, event.get() != null && event.get() == model.spotlitProperty().get());
        }
    }

    /** A counted badge for a crowded period, and a bar on the axis over the days its events fall on. */
    private static final class BadgeView {
        final StackPane badge = new StackPane();
        final Label count = new Label();
        final Region extent = new Region();
        Group group;

        BadgeView(TimelineCanvas canvas) {
            count.getStyleClass().add("tl-badge-count");
            badge.getChildren().add(count);
            badge.setAlignment(Pos.CENTER);
            badge.getStyleClass().add("tl-badge");
            badge.setManaged(false);
            badge.setOnMouseClicked(e -> {
                if (group != null && canvas.acceptsTap(e) && e.getClickCount() == 1) {
                    canvas.model().openGroup(group);
                }
                e.consume();
            });
            Accessible.button(badge, Bindings.createStringBinding(() -> group == null ? ""
                    : canvas.i18n().get("timeline.badge", group.events().size()), count.textProperty(),
                    canvas.i18n().languageProperty()), () -> {
                        if (group != null) {
                            canvas.model().openGroup(group);
                        }
                    });
            extent.getStyleClass().add("tl-crowd");
            extent.setManaged(false);
        }

        void show(Group shown, TimelineCanvas canvas) {
            group = shown;
            count.setText("+" + shown.events().size());
            badge.setId(shown.key());
            Metrics metrics = canvas.metrics();
            badge.resizeRelocate(shown.x(), canvas.badgeTop(), shown.width(), metrics.badgeHeight());
            double width = Math.max(metrics.px(12), shown.lastX() - shown.x() + metrics.px(12));
            extent.resizeRelocate(shown.x() - metrics.px(6), canvas.axisY() - metrics.px(5), width, metrics.px(10));
            canvas.badges.getChildren().add(badge);
            canvas.markers.getChildren().add(extent);
        }

        void remove(TimelineCanvas canvas) {
            canvas.badges.getChildren().remove(badge);
            canvas.markers.getChildren().remove(extent);
            group = null;
        }
    }

    /** A mark on the axis; years and months are named, days every five. */
    private static final class TickView {
        final Region line = new Region();
        final Label label;
        final double x;
        /** A year's mark, named before the months and days around it. */
        final boolean major;
        /** From the mark to its name, and from the axis down to it. */
        final double inset;

        TickView(Tick tick, Zoom zoom, String language, double axisY, Metrics metrics) {
            x = tick.x();
            inset = metrics.px(6);
            major = tick.unit() == ChronoUnit.YEARS;
            double length = metrics.px(major ? 18 : tick.unit() == ChronoUnit.MONTHS ? 12 : 6);
            double thickness = metrics.px(major ? 3 : 1.5);
            line.setManaged(false);
            line.resizeRelocate(x - thickness / 2, axisY, thickness, length);
            line.getStyleClass().add(major ? "tl-tick-major" : "tl-tick");
            String text = tick.labelled() ? labelOf(tick, zoom, language) : null;
            if (text == null) {
                label = null;
                return;
            }
            label = new Label(text);
            label.setUserData(tick.date()); // the day it names, for tests that read the axis
            label.getStyleClass().add(switch (tick.unit()) {
                case YEARS -> zoom == Zoom.MONTH ? "tl-tick-month-major" : "tl-tick-year";
                case MONTHS -> zoom == Zoom.MONTH ? "tl-tick-month-major" : "tl-tick-month";
                default -> "tl-tick-day";
            });
            label.relocate(x + inset, axisY + inset);
        }

        private static String labelOf(Tick tick, Zoom zoom, String language) {
            LocalDate d = tick.date();
            return switch (tick.unit()) {
                case YEARS -> zoom == Zoom.MONTH ? Dates.monthOfYear(YearMonth.from(d), language)
                        : String.valueOf(d.getYear());
                case MONTHS -> zoom == Zoom.MONTH ? Dates.monthOfYear(YearMonth.from(d), language)
                        : Dates.month(YearMonth.from(d), language);
                default -> String.valueOf(d.getDayOfMonth());
            };
        }

        /**
         * Shows the name unless the pinned name covers it or the canvas's edge would cut it: a name that does not
         * fit whole between {@code scroll} and {@code scroll + width} waits until it does.
         */
        void show(boolean covered, double scroll, double width) {
            if (label != null) {
                double left = x + inset;
                boolean whole = left >= scroll && left + label.prefWidth(-1) <= scroll + width;
                label.setVisible(!covered && whole);
            }
        }
    }
}
