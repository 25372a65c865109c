package org.wuzhenkiosk.screen.story;

import java.lang.System.Logger.Level;
import java.time.Duration;
import javafx.animation.Interpolator;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.StoryStop;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Tween;
import org.wuzhenkiosk.ui.WordsScroller;

/**
 * The guided tour: each stop shows the real timeline, map or case page, moved to what the stop is about and lit,
 * with its short text below; a swipe, the large buttons or a presenter's keys step on or back, and "Explore from
 * here" leaves the visitor on that screen just as the stop showed it.
 */
public final class StoryScreen implements KioskScreen {

    private static final System.Logger LOG = System.getLogger(StoryScreen.class.getName());
    /** A new screen under the tour, and a new text, fade in: calm, and done well within a second. */
    private static final Duration FADE = Duration.ofMillis(300);
    private static final double FADE_FROM = 0.25;
    /** How far a finger travels sideways (design px), more than up or down, for a swipe to step. */
    private static final double SWIPE = 80;
    /** Below this width in design px (a portrait screen) the steps go under the text instead of beside it. */
    private static final double NARROW = 1400;
    /** Lower than this in design px (reach mode's lower part) the text and steps stand beside the screen. */
    private static final double LOW = 760;
    private static final PseudoClass SIDE = PseudoClass.getPseudoClass("side");

    private final StackPane root = new StackPane();
    /** The stop's screen: it keeps the least height it needs (more at a larger text size); the words scroll. */
    private final StackPane host = new StackPane() {
        @Override
        protected double computeMinHeight(double width) {
            // at normal text the words fit as designed and the screen takes what they leave; larger text makes the
            // words scroll instead of squeezing the screen (beside the words, on a low screen, it takes what it gets)
            return frame.getBottom() != panel || Units.of(this).textScale() == 1 ? 0
                    : Math.min(super.computeMinHeight(width), Math.max(0, root.getHeight() - panel.minHeight(-1)));
        }
    };
    private final Region progressFill = new Region();
    private final VBox words;
    private final BorderPane frame = new BorderPane();
    /** The words, dragged when larger text makes them taller than the room the stop's screen leaves. */
    private final WordsScroller wordsScroller = new WordsScroller(null);
    /** The words and steps: under the screen, as tall as they need, short of the least the screen needs above them. */
    private final StackPane panel = new StackPane() {
        @Override
        protected double computeMaxHeight(double width) {
            return frame.getBottom() != this ? super.computeMaxHeight(width)
                    : Math.max(minHeight(width), root.getHeight() - host.minHeight(-1));
        }
    };
    private final KioskContext context;
    private final StoryModel model;
    private final Button previous;
    private final Button next;
    private final Button explore;
    private Shape layout;
    private KioskScreen hosted;
    private ScreenName hostedName;
    private FrameClock.Motion screenFade;
    private FrameClock.Motion wordsFade;
    private double pressX;
    private double pressY;

    public StoryScreen(KioskContext context) {
        this.context = context;
        this.model = new StoryModel(context.currentContent());
        I18n i18n = context.i18n();
        root.setId("story-screen");
        root.getStyleClass().addAll("screen", "story-screen");
        Units.stylesheet(root, StoryScreen.class, "story.css");

        host.setId("story-host");
        host.getStyleClass().add("story-host");
        host.setMouseTransparent(true); // the tour steps; exploring is one button away
        host.setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(host.widthProperty());
        clip.heightProperty().bind(host.heightProperty());
        host.setClip(clip);

        Label progress = new Label();
        progress.setId("story-progress");
        progress.getStyleClass().add("story-progress");
        progress.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("story.progress", model.index() + 1, model.count()),
                model.indexProperty(), model.stopProperty(), i18n.languageProperty()));
        progress.setMinWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(progressFill);
        track.getStyleClass().add("story-track");
        progressFill.getStyleClass().add("story-track-fill");
        progressFill.setManaged(false);
        track.widthProperty().addListener((obs, old, now) -> fillProgress(track));
        track.heightProperty().addListener((obs, old, now) -> fillProgress(track));
        model.indexProperty().addListener((obs, old, now) -> fillProgress(track));
        model.stopProperty().addListener((obs, old, now) -> fillProgress(track));
        HBox.setHgrow(track, Priority.ALWAYS);
        HBox progressRow = new HBox(progress, track);
        progressRow.getStyleClass().add("story-progress-row");
        progressRow.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("story-title");
        title.getStyleClass().add("story-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(i18n.text(model.stopProperty().map(StoryStop::title)));
        Label text = new Label();
        text.setId("story-text");
        text.getStyleClass().add("story-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(i18n.text(model.stopProperty().map(StoryStop::text)));
        words = new VBox(progressRow, title, text);
        words.getStyleClass().add("story-words");
        wordsScroller.setContent(words);
        wordsScroller.setId("story-words-scroller");
        wordsScroller.maxWidthProperty().bind(words.maxWidthProperty()); // as wide as the words may be, no wider
        HBox.setHgrow(wordsScroller, Priority.ALWAYS);

        previous = TouchButton.create("story-previous", "mdi2c-chevron-left", i18n.text("story.previous"));
        previous.getStyleClass().add("story-step");
        previous.setMinWidth(Region.USE_PREF_SIZE); // the text beside it wraps; the button keeps its word
        previous.disableProperty().bind(model.indexProperty().isEqualTo(0));
        previous.setOnAction(e -> step(false));
        next = TouchButton.create("story-next", "mdi2c-chevron-right", Bindings.createStringBinding(
                () -> i18n.get(model.hasNext() ? "story.next" : "story.again"),
                model.indexProperty(), model.stopProperty(), i18n.languageProperty()));
        next.getStyleClass().addAll("story-step", "story-next");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setOnAction(e -> step(true));
        explore = TouchButton.create("story-explore", "mdi2c-compass-outline", i18n.text("story.explore"));
        explore.getStyleClass().add("story-explore");
        explore.setOnAction(e -> explore());
        for (Button button : new Button[] {next, explore}) {
            button.setMaxWidth(Double.MAX_VALUE);
        }
        panel.setId("story-panel");
        panel.getStyleClass().add("story-panel");
        root.widthProperty().addListener((obs, old, now) -> fit());
        root.heightProperty().addListener((obs, old, now) -> fit());
        Units.follow(root, units -> fit());
        arrange(Shape.WIDE);

        frame.setCenter(host);
        frame.setBottom(panel);
        root.getChildren().add(frame);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, this::swiped);

        Navigator navigator = context.navigator();
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now == ScreenName.STORY) {
                show(false);
            } else if (old == ScreenName.STORY && hosted != null && now != hostedName) {
                hosted.closeOpen(); // the tour left for elsewhere: what it lit must not wait there
            }
        });
        navigator.targetProperty().addListener((obs, old, target) -> {
            if (target != null && target.screen() == ScreenName.STORY && model.goTo(target.id())) {
                show(false);
            }
        });
        context.content().addListener((obs, old, now) -> {
            if (now != null) {
                model.setContent(now);
                if (navigator.current() == ScreenName.STORY) {
                    if (now.hasStory()) {
                        show(false);
                    } else {
                        navigator.home();
                    }
                }
            }
        });
        if (navigator.current() == ScreenName.STORY) {
            show(false);
        }
    }

    /** How the text and the steps sit: wide, narrow (portrait) or beside the screen (a low one). */
    private enum Shape { WIDE, NARROW, SIDE }

    /**
     * Wide: the steps either side of the text. Narrow (portrait): the text across the whole width, the steps in
     * one row under it, so that the words are not squeezed into a column. Side (reach mode's lower part): the text
     * and, under it, the steps in a column beside the screen, which keeps the whole height.
     */
    private void arrange(Shape shape) {
        if (layout == shape) {
            return;
        }
        layout = shape;
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Node content;
        if (shape == Shape.SIDE) {
            HBox steps = new HBox(previous, grow, next);
            steps.getStyleClass().add("story-steps-row");
            steps.setAlignment(Pos.CENTER);
            Region push = new Region();
            VBox.setVgrow(push, Priority.ALWAYS);
            VBox column = new VBox(wordsScroller, push, steps, explore);
            column.getStyleClass().add("story-panel-column");
            content = column;
        } else if (shape == Shape.NARROW) {
            HBox steps = new HBox(previous, grow, explore, next);
            steps.getStyleClass().add("story-steps-row");
            steps.setAlignment(Pos.CENTER);
            VBox column = new VBox(wordsScroller, steps);
            column.getStyleClass().add("story-panel-column");
            content = column;
        } else {
            VBox steps = new VBox(next, explore);
            steps.getStyleClass().add("story-steps");
            steps.setAlignment(Pos.CENTER);
            HBox row = new HBox(previous, wordsScroller, steps);
            row.getStyleClass().add("story-panel-row");
            row.setAlignment(Pos.CENTER_LEFT);
            content = row;
        }
        panel.getChildren().setAll(content);
        root.pseudoClassStateChanged(SIDE, shape == Shape.SIDE);
        if (shape == Shape.SIDE) {
            frame.setBottom(null);
            frame.setRight(panel);
        } else {
            frame.setRight(null);
            frame.setBottom(panel);
        }
    }

    /**
     * Narrow when taller than wide or under 1400 design px wide: a 1280x720 laptop is as wide as 1920x1080. Beside
     * the screen when low and wide.
     */
    private void fit() {
        if (root.getWidth() > 0) {
            double unit = Units.of(root).unit();
            boolean narrow = root.getWidth() < root.getHeight() || root.getWidth() / unit < NARROW;
            arrange(narrow ? Shape.NARROW : root.getHeight() / unit < LOW ? Shape.SIDE : Shape.WIDE);
        }
    }

    private void fillProgress(StackPane track) {
        double share = model.count() == 0 ? 0 : (model.index() + 1.0) / model.count();
        progressFill.resizeRelocate(0, 0, track.getWidth() * share, track.getHeight());
    }

    /** The next stop (after the last: the first again), or the one before. */
    private void step(boolean forward) {
        boolean moved = forward ? model.hasNext() ? model.next() : model.goTo(0) : model.previous();
        if (moved) {
            show(true);
        }
    }

    /** Leaves the tour on the screen this stop shows, in the state it shows it; Back comes back to this stop. */
    private void explore() {
        if (hostedName != null) {
            context.navigator().explore(hostedName);
        }
    }

    /** Shows the current stop: its screen under the text, moved to what the stop is about and lit. */
    private void show(boolean animate) {
        StoryStop stop = model.stop();
        if (stop == null) {
            return;
        }
        ScreenName name = StoryModel.screenOf(stop);
        KioskScreen screen = context.navigator().screen(name);
        Node view = screen.view();
        boolean newScreen = name != hostedName;
        if (newScreen && hosted != null) {
            hosted.closeOpen();
        }
        if (view.getParent() != host) {
            host.getChildren().setAll(view); // back from exploring, the screen's view comes home to the tour
        }
        hosted = screen;
        hostedName = name;
        layOut();
        if (!screen.spotlight(StoryModel.spotlightOf(stop))) {
            LOG.log(Level.WARNING, "the tour's stop \"" + stop.id() + "\" asks " + name.id()
                    + " to show something it does not have; only its text shows");
        }
        if (animate) {
            if (newScreen) {
                screenFade = fadeIn(screenFade, view);
            }
            wordsFade = fadeIn(wordsFade, words);
        }
        if (root.getScene() != null) {
            next.requestFocus(); // a presenter's clicker and Enter step on from here
        }
    }

    /** Sizes the screen under the tour now, so that it frames what it lights for the room it really has. */
    private void layOut() {
        if (root.getScene() != null) {
            Parent top = root.getScene().getRoot();
            top.applyCss();
            top.layout();
        }
    }

    private FrameClock.Motion fadeIn(FrameClock.Motion running, Node node) {
        if (running != null) {
            running.stop();
        }
        return Tween.run(context.frames(), FADE, Interpolator.EASE_OUT,
                t -> node.setOpacity(FADE_FROM + (1 - FADE_FROM) * t), () -> node.setOpacity(1));
    }

    /** Presenters and clickers: the arrows and Page Up/Down step through the tour. */
    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        KeyCode code = e.getCode();
        boolean rtl = root.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        if (code == KeyCode.PAGE_DOWN || code == KeyCode.DOWN || code == (rtl ? KeyCode.LEFT : KeyCode.RIGHT)) {
            step(true);
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.UP || code == (rtl ? KeyCode.RIGHT : KeyCode.LEFT)) {
            step(false);
        } else {
            return;
        }
        e.consume();
    }

    /** A sideways swipe: towards the start of a line of text for the next stop, as a page is turned. */
    private void swiped(MouseEvent e) {
        double dx = e.getSceneX() - pressX;
        double dy = e.getSceneY() - pressY;
        if (Math.abs(dx) < Units.of(root).px(SWIPE) || Math.abs(dx) < 2 * Math.abs(dy)) {
            return;
        }
        boolean rtl = root.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        step(rtl ? dx > 0 : dx < 0);
        e.consume();
    }

    @Override
    public ScreenName name() {
        return ScreenName.STORY;
    }

    @Override
    public Node view() {
        return root;
    }

    /** Back to the first stop, as after the idle reset. */
    @Override
    public void reset() {
        model.reset();
        if (context.navigator().current() == ScreenName.STORY) {
            show(false);
        }
    }

    /** The stop the visitor was at, for Back to return to. */
    record Stop(int index) implements KioskScreen.State {
    }

    @Override
    public KioskScreen.State snapshot() {
        return new Stop(model.index());
    }

    @Override
    public void restore(KioskScreen.State state) {
        if (state instanceof Stop stop) {
            model.goTo(stop.index());
        }
    }

    // ---- for tests ----

    StoryModel model() {
        return model;
    }
}
