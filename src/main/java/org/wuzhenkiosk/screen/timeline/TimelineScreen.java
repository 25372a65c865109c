package org.wuzhenkiosk.screen.timeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.app.Spotlight;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Category;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Tween;

/**
 * Ten years of milestones on one horizontal timeline: swipe through it, pinch or tap to zoom from every year to a
 * single month, filter by kind of event, jump to a year on the strip below, tap an event to read all about it.
 */
public final class TimelineScreen implements KioskScreen {

    /** A guided tour's move to its next event: calm, and done well within a second. */
    private static final Duration GLIDE = Duration.ofMillis(700);

    private final StackPane root = new StackPane();
    private final KioskContext context;
    private final TimelineModel model;
    private final TimelineCanvas canvas;
    private final YearStrip years;
    /**
     * Narrower than this (design px at the visitor's text size), as a portrait screen or larger text is, the hint
     * takes a row of its own under the header.
     */
    private static final double NARROW = 1500;

    private final FlowPane chips = new FlowPane();
    private final Map<String, ToggleButton> kindChips = new LinkedHashMap<>();
    private final ToggleButton allChip = new ToggleButton();
    private final Map<Zoom, ToggleButton> zoomButtons = new LinkedHashMap<>();
    private final VBox main = new VBox();
    private final HBox header;
    private final HBox hintRow = new HBox();
    private final Label hint;
    private final Label heading;
    private boolean sheetOpen;
    private FrameClock.Motion glide;

    public TimelineScreen(KioskContext context, ImageCache images) {
        this.context = context;
        I18n i18n = context.i18n();
        model = new TimelineModel(context.currentContent());
        root.setId("timeline-screen");
        root.getStyleClass().addAll("screen", "timeline-screen");
        Units.stylesheet(root, TimelineScreen.class, "timeline.css");

        heading = new Label();
        heading.getStyleClass().addAll("screen-heading", "tl-heading");
        heading.textProperty().bind(i18n.text("timeline.heading"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        hint = new Label();
        hint.setId("timeline-hint");
        hint.getStyleClass().add("tl-hint");
        hint.setGraphic(new FontIcon("mdi2g-gesture-swipe-horizontal"));
        hint.textProperty().bind(i18n.text("timeline.hint"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        header = new HBox(heading, hint, grow, zoomButtons(i18n));
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("tl-header");
        hintRow.getStyleClass().add("tl-hint-row");
        hintRow.setAlignment(Pos.CENTER_LEFT);

        chips.setId("timeline-kinds");
        chips.getStyleClass().add("tl-chips");
        allChip.setId("kind-all");
        allChip.getStyleClass().addAll("chip", "tl-chip");
        allChip.textProperty().bind(i18n.text("timeline.allKinds"));
        allChip.setOnAction(e -> model.showEveryKind());

        canvas = new TimelineCanvas(model, i18n, context.frames());
        StackPane stage = new StackPane(canvas, emptyHint(i18n));
        VBox.setVgrow(stage, Priority.ALWAYS);
        years = new YearStrip(model, i18n);
        HBox.setHgrow(years, Priority.ALWAYS);
        Button previous = step("timeline-previous", "mdi2c-chevron-left", "timeline.previous",
                model.previousProperty());
        Button next = step("timeline-next", "mdi2c-chevron-right", "timeline.next", model.nextProperty());
        HBox bottom = new HBox(previous, years, next);
        bottom.setAlignment(Pos.CENTER);
        bottom.getStyleClass().add("tl-bottom");
        main.getChildren().addAll(header, chips, stage, bottom);
        main.getStyleClass().add("tl-main");
        // a narrow screen gives the hint a row of its own, so that the header keeps the zoom whole
        root.widthProperty().addListener((obs, old, now) -> placeHint());
        InvalidationListener windowWidth = obs -> placeHint();
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.widthProperty().removeListener(windowWidth);
            }
            if (now != null) {
                now.widthProperty().addListener(windowWidth);
            }
        });
        Units.follow(root, units -> placeHint());

        EventDetail detail = new EventDetail(model, context, images);
        GroupList group = new GroupList(model, i18n, context.frames());
        root.getChildren().addAll(main, group.view(), detail.view());

        model.pickedKinds().addListener((SetChangeListener<String>) change -> selectChips());
        model.zoomProperty().addListener((obs, old, now) -> selectZoom());
        // a closed panel hands the keys back to the timeline, for presenters
        model.openEventProperty().addListener((obs, old, now) -> openChanged());
        model.openGroupProperty().addListener((obs, old, now) -> openChanged());
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        context.content().addListener((obs, old, now) -> {
            if (now != null) {
                canvas.stopFling();
                model.setContent(now);
                rebuildChips(now);
                years.rebuild();
            }
        });
        Navigator navigator = context.navigator();
        navigator.targetProperty().addListener((obs, old, target) -> {
            if (target != null && target.screen() == ScreenName.TIMELINE) {
                canvas.stopFling();
                model.reveal(target.id());
            }
        });
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now == ScreenName.TIMELINE) {
                canvas.requestFocus();
            }
        });
        rebuildChips(context.currentContent());
        selectZoom();
    }

    /** The hint in the header on a wide screen; on a narrow one in its own row, wrapped rather than cut short. */
    private void placeHint() {
        // the window's width, not the screen's own (a header too wide for the window would keep itself wide), in
        // design px of text: larger text makes every screen narrower for its words
        double window = root.getScene() == null ? 0 : root.getScene().getWidth();
        double shown = window > 0 ? Math.min(root.getWidth(), window) : root.getWidth();
        Units units = Units.of(root);
        double width = shown / units.unit() / units.textScale();
        boolean narrow = width > 0 && width < NARROW;
        if (narrow == (hint.getParent() == hintRow)) {
            return;
        }
        if (narrow) {
            header.getChildren().remove(hint);
            hintRow.getChildren().setAll(hint);
            main.getChildren().add(1, hintRow);
        } else {
            main.getChildren().remove(hintRow);
            hintRow.getChildren().clear();
            header.getChildren().add(1, hint);
        }
        hint.setWrapText(narrow);
        hint.setMinHeight(narrow ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
        // beside the zoom levels a long heading takes two lines rather than widening the screen past the window
        heading.setWrapText(narrow);
        heading.setMinWidth(narrow ? Region.USE_COMPUTED_SIZE : Region.USE_PREF_SIZE);
        heading.setMinHeight(narrow ? Region.USE_PREF_SIZE : Region.USE_COMPUTED_SIZE);
    }

    /** Shown when the screen holds no event at all: says so, and offers the nearest events either side. */
    private Node emptyHint(I18n i18n) {
        Label message = new Label();
        message.getStyleClass().add("tl-empty");
        message.textProperty().bind(i18n.text("timeline.emptyPeriod"));
        Button before = jump("timeline-empty-previous", "mdi2c-chevron-left", model.previousProperty());
        Button after = jump("timeline-empty-next", "mdi2c-chevron-right", model.nextProperty());
        after.setContentDisplay(ContentDisplay.RIGHT);
        HBox buttons = new HBox(before, after);
        buttons.getStyleClass().add("tl-empty-buttons");
        buttons.setAlignment(Pos.CENTER);
        VBox hint = new VBox(message, buttons);
        hint.getStyleClass().add("tl-empty-hint");
        hint.setId("timeline-empty");
        hint.setAlignment(Pos.CENTER);
        hint.setPickOnBounds(false);
        hint.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        Units.follow(hint, units -> StackPane.setMargin(hint, new Insets(units.px(120), 0, 0, 0)));
        hint.visibleProperty().bind(model.emptyProperty());
        return hint;
    }

    /** A button that brings the nearest event in one direction to the middle, labelled with its date. */
    private Button jump(String id, String icon, ObservableValue<TimelineEvent> target) {
        I18n i18n = context.i18n();
        Button button = TouchButton.create(id, icon, Bindings.createStringBinding(
                () -> target.getValue() == null ? "" : Dates.of(target.getValue(), i18n.language()),
                target, i18n.languageProperty()));
        button.visibleProperty().bind(button.textProperty().isNotEmpty());
        button.setOnAction(e -> centreOn(target.getValue()));
        return button;
    }

    private void centreOn(TimelineEvent event) {
        canvas.stopFling();
        if (event != null) {
            model.centreOn(event);
        }
    }

    /** An arrow beside the year strip to the previous or next event; greyed out when there is none. */
    private Button step(String id, String icon, String labelKey, ObservableValue<TimelineEvent> target) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(TouchButton.icon(icon));
        button.getStyleClass().addAll("touch-button", "tl-step");
        button.accessibleTextProperty().bind(context.i18n().text(labelKey));
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> target.getValue() == null, target));
        button.setOnAction(e -> centreOn(target.getValue()));
        return button;
    }

    /** A sheet opened is a step Back undoes; a sheet closed hands the keys back to the timeline, for presenters. */
    private void openChanged() {
        boolean open = model.openEventProperty().get() != null || model.openGroupProperty().get() != null;
        if (open && !sheetOpen) {
            context.navigator().opened(ScreenName.TIMELINE);
        } else if (!open && sheetOpen) {
            context.navigator().closed(ScreenName.TIMELINE);
            if (root.getScene() != null) {
                canvas.requestFocus();
            }
        }
        sheetOpen = open;
    }

    /** All years, a year, a month: one segmented control, the level shown lit. */
    private SegmentedButton zoomButtons(I18n i18n) {
        SegmentedButton levels = new SegmentedButton();
        levels.getStyleClass().add("tl-zoom");
        levels.setToggleGroup(null); // each level its own Tab stop; selectZoom lights the one shown
        for (Zoom level : Zoom.values()) {
            ToggleButton button = new ToggleButton();
            String name = level.name().toLowerCase(Locale.ROOT);
            button.setId("zoom-" + name);
            button.getStyleClass().addAll("tl-zoom-button", "tl-zoom-" + name);
            button.textProperty().bind(i18n.text("timeline.zoom." + name));
            button.setMinWidth(Region.USE_PREF_SIZE); // a level's name is never cut short: the header gives way
            button.setOnAction(e -> {
                canvas.stopFling();
                model.zoomAround(level);
                selectZoom();
            });
            zoomButtons.put(level, button);
            levels.getButtons().add(button);
        }
        return levels;
    }

    private void selectZoom() {
        zoomButtons.forEach((level, button) -> button.setSelected(level == model.zoom()));
    }

    private void rebuildChips(Content content) {
        chips.getChildren().setAll(allChip);
        kindChips.clear();
        I18n i18n = context.i18n();
        for (Category kind : model.kinds()) {
            ToggleButton chip = new ToggleButton();
            chip.setId("kind-" + kind.id());
            chip.getStyleClass().addAll("chip", "tl-chip");
            chip.setGraphic(TimelineCanvas.kindMark(model.hue(kind.id())));
            chip.textProperty().bind(Bindings.createStringBinding(
                    () -> content.label(content.exhibition().eventKinds(), kind.id(), i18n.language()),
                    i18n.languageProperty()));
            chip.setOnAction(e -> {
                canvas.stopFling();
                model.toggleKind(kind.id());
                selectChips();
            });
            kindChips.put(kind.id(), chip);
            chips.getChildren().add(chip);
        }
        selectChips();
    }

    private void selectChips() {
        boolean every = model.pickedKinds().isEmpty();
        allChip.setSelected(every);
        kindChips.forEach((id, chip) -> chip.setSelected(!every && model.pickedKinds().contains(id)));
    }

    /** Presenters: arrows move through time (left, right) and zoom (up, down). */
    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        double width = model.viewportWidth();
        KeyCode code = e.getCode();
        if (model.openEventProperty().get() != null || model.openGroupProperty().get() != null) {
            return; // keys read the open panel (Escape closes it, as on every screen), not the timeline behind it
        } else if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT) {
            model.scrollBy(-width / 4);
        } else if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT) {
            model.scrollBy(width / 4);
        } else if (code == KeyCode.PAGE_UP) {
            model.scrollBy(-width * 0.8);
        } else if (code == KeyCode.PAGE_DOWN) {
            model.scrollBy(width * 0.8);
        } else if (code == KeyCode.UP || code == KeyCode.ADD || code == KeyCode.PLUS || code == KeyCode.EQUALS) {
            model.zoomAround(model.zoom().in());
        } else if (code == KeyCode.DOWN || code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            model.zoomAround(model.zoom().out());
        } else {
            return;
        }
        canvas.stopFling();
        e.consume();
    }

    @Override
    public ScreenName name() {
        return ScreenName.TIMELINE;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        stopGlide();
        model.reset();
    }

    /** How the timeline looks now: zoom, scroll, kinds shown, and the event or badge open. */
    record View(Zoom zoom, double scroll, Set<String> kinds, String openEvent, TimelineLayout.Group openGroup)
            implements KioskScreen.State {
    }

    @Override
    public KioskScreen.State snapshot() {
        TimelineEvent open = model.openEventProperty().get();
        return new View(model.zoom(), model.scroll(), Set.copyOf(model.pickedKinds()),
                open == null ? null : open.id(), model.openGroupProperty().get());
    }

    @Override
    public void restore(KioskScreen.State state) {
        canvas.stopFling();
        if (!(state instanceof View view)) {
            model.close();
            return;
        }
        model.restoreView(view.zoom(), view.scroll(), view.kinds());
        selectZoom();
        selectChips();
        TimelineEvent event = view.openEvent() == null ? null : model.content().event(view.openEvent()).orElse(null);
        if (event != null) {
            model.open(event);
        } else if (view.openGroup() != null && model.layout().items().contains(view.openGroup())) {
            model.openGroup(view.openGroup());
        } else {
            model.close();
        }
    }

    @Override
    public void closeOpen() {
        model.close();
        model.clearSpotlight();
    }

    /** A guided tour's event: lit, and the timeline glides to it. */
    @Override
    public boolean spotlight(Spotlight spotlight) {
        if (!(spotlight instanceof Spotlight.Item item)) {
            return false;
        }
        stopGlide();
        OptionalDouble x = model.spotlight(item.id());
        if (x.isEmpty()) {
            return false;
        }
        double from = model.scroll();
        double to = x.getAsDouble();
        if (root.getScene() == null) {
            model.scrollTo(to);
        } else {
            glide = Tween.run(context.frames(), GLIDE, Interpolator.EASE_BOTH,
                    t -> model.scrollTo(from + (to - from) * t));
        }
        return true;
    }

    private void stopGlide() {
        canvas.stopFling();
        if (glide != null) {
            glide.stop();
            glide = null;
        }
    }

    /** For tests and the benchmark: the state behind the view. */
    TimelineModel model() {
        return model;
    }

    TimelineCanvas canvas() {
        return canvas;
    }
}
