package org.wuzhenkiosk.screen.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.TouchButton;

/** The welcome: title, a line on what this is, the guided tour, and three large doors: Timeline, Cases, Map. */
public final class HomeScreen implements KioskScreen {

    /** On a screen taller than wide the doors stack, full width, under the title. */
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    private static final PseudoClass LANDSCAPE = PseudoClass.getPseudoClass("landscape");
    /** A screen lower than its layout is designed for (reach mode's lower part): a compact column, low doors. */
    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    /** The three doors side by side need this width (design px); a narrower screen stacks them. */
    private static final double ACROSS_WIDTH = 1712;
    /** Below these heights (design px) the doors side by side, or stacked, take the compact layout. */
    private static final double SHORT_ACROSS = 900;
    private static final double SHORT_STACKED = 1500;
    /** The water lines are drawn for a 1920 x 1080 design and stretched to the screen's width. */
    private static final double WAVES_WIDTH = 1920;

    private final StackPane root = new StackPane();
    private final KioskContext context;
    private final Path waves = new Path();
    private final List<Door> doors = new ArrayList<>();
    private final VBox column = new VBox();
    private final Label touch = new Label();
    /** The guided tour's entry, the three doors and the touch hint, under the words. */
    private final VBox doorColumn = new VBox();
    private Pane doorRow;
    private Boolean portraitLayout;
    private boolean compactLayout;

    /** One of the three doors: its button and what it shows, laid out across (landscape) or along (portrait). */
    private record Door(Button button, FontIcon glyph, Label label, Label hint) {
    }

    public HomeScreen(KioskContext context) {
        this.context = context;
        root.setId("home-screen");
        root.getStyleClass().addAll("screen", "home-screen");
        Units.stylesheet(root, HomeScreen.class, "home.css");
        build();
    }

    private void build() {
        I18n i18n = context.i18n();
        Label title = new Label();
        title.setId("home-title");
        title.getStyleClass().add("home-title");
        title.textProperty().bind(contentText(c -> c.exhibition().title()));
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);

        Label subtitle = new Label();
        subtitle.setId("home-subtitle");
        subtitle.getStyleClass().add("home-subtitle");
        subtitle.textProperty().bind(contentText(c -> c.exhibition().subtitle()));
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Region.USE_PREF_SIZE);

        Label intro = new Label();
        intro.setId("home-intro");
        intro.getStyleClass().add("home-intro");
        intro.textProperty().bind(contentText(c -> c.exhibition().intro()));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        doors.add(door("home-timeline", "mdi2t-timeline-clock-outline", "home.timeline", "home.timeline.hint",
                ScreenName.TIMELINE));
        doors.add(door("home-cases", "mdi2v-view-dashboard-outline", "home.cases", "home.cases.hint",
                ScreenName.CASES));
        doors.add(door("home-map", "mdi2e-earth", "home.map", "home.map.hint", ScreenName.MAP));

        touch.getStyleClass().add("home-touch-hint");
        touch.textProperty().bind(i18n.text("home.touch"));
        touch.setWrapText(true);
        touch.setMinHeight(Region.USE_PREF_SIZE);

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Node story = storyDoor();
        story.visibleProperty().addListener((obs, was, now) -> withStory(now));
        // the words above, the doors below: the doors always in sight above the touch bar; when larger text makes
        // the words taller than the room the doors leave, the words scroll
        VBox words = new VBox(title, subtitle, intro, grow);
        words.setAlignment(Pos.TOP_CENTER);
        words.getStyleClass().add("home-words");
        words.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroller = new ScrollPane(words);
        scroller.setId("home-scroller");
        scroller.getStyleClass().add("scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setMinHeight(0);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        doorColumn.getChildren().setAll(story, new Region(), touch);
        doorColumn.setAlignment(Pos.TOP_CENTER);
        doorColumn.getStyleClass().add("home-door-column");
        // never squeezed: a door keeps the height its words need
        doorColumn.setMinHeight(Region.USE_PREF_SIZE);
        column.getChildren().setAll(scroller, doorColumn);
        column.getStyleClass().add("home-column");
        arrange(false, false);
        withStory(story.isVisible());

        waves.getStyleClass().add("home-waves");
        waves.setManaged(false);
        waves.setMouseTransparent(true);
        root.getChildren().setAll(waves, column);
        root.widthProperty().addListener((obs, old, now) -> fit());
        root.heightProperty().addListener((obs, old, now) -> fit());
        Units.follow(root, units -> drawWaves());
    }

    /** Picks the layout for the screen's shape and draws the water for its size. */
    private void fit() {
        if (root.getWidth() > 0 && root.getHeight() > 0) {
            double unit = Units.of(root).unit();
            double width = root.getWidth() / unit;
            double height = root.getHeight() / unit;
            boolean stacked = width < height || width < ACROSS_WIDTH;
            arrange(stacked, height < (stacked ? SHORT_STACKED : SHORT_ACROSS));
        }
        drawWaves();
    }

    /**
     * Landscape: the three doors side by side, each a column. Portrait: stacked full width, each a row. Short
     * (either way): smaller type, each door a low row, no "touch to begin" under them.
     */
    private void arrange(boolean portrait, boolean compact) {
        // :landscape is the tall landscape design only, so that its door sizes stay off a short screen
        root.pseudoClassStateChanged(PORTRAIT, portrait);
        root.pseudoClassStateChanged(LANDSCAPE, !portrait && !compact);
        root.pseudoClassStateChanged(SHORT, compact);
        touch.setVisible(!compact);
        touch.setManaged(!compact);
        if (portraitLayout != null && portraitLayout == portrait && compactLayout == compact) {
            return;
        }
        portraitLayout = portrait;
        compactLayout = compact;
        Pane row = portrait ? new VBox() : new HBox();
        row.getStyleClass().add("home-doors");
        if (doorRow != null) {
            row.getStyleClass().setAll(doorRow.getStyleClass());
        }
        if (row instanceof HBox across) {
            across.setAlignment(Pos.CENTER);
        } else if (row instanceof VBox along) {
            along.setAlignment(Pos.CENTER);
        }
        for (Door door : doors) {
            Pane box;
            if (portrait || compact) {
                VBox words = new VBox(door.label(), door.hint());
                words.getStyleClass().add("door-words");
                words.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(words, Priority.ALWAYS);
                HBox along = new HBox(door.glyph(), words);
                along.setAlignment(Pos.CENTER_LEFT);
                box = along;
            } else {
                VBox across = new VBox(door.glyph(), door.label(), door.hint());
                across.setAlignment(Pos.CENTER);
                box = across;
            }
            box.getStyleClass().add("door-box");
            door.button().setGraphic(box);
            row.getChildren().add(door.button());
        }
        int at = doorRow == null ? doorColumn.getChildren().size() - 2 : doorColumn.getChildren().indexOf(doorRow);
        doorColumn.getChildren().set(at, row);
        doorRow = row;
    }

    private Door door(String id, String icon, String labelKey, String hintKey, ScreenName target) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("door-icon");
        Label label = new Label();
        label.getStyleClass().add("door-label");
        label.setWrapText(true); // a long name at a larger text size takes a second line
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(context.i18n().text(labelKey));
        Label hint = new Label();
        hint.getStyleClass().add("door-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // a second line beside a low door's icon or at larger text
        hint.textProperty().bind(countText(hintKey));
        Button door = new DoorButton();
        door.setId(id);
        door.getStyleClass().addAll("panel", "door");
        door.setMaxWidth(Double.MAX_VALUE); // a stacked door takes the whole width; side by side they keep theirs
        door.setMaxHeight(Double.MAX_VALUE); // side by side, each as tall as the tallest
        door.setOnAction(e -> context.navigator().go(target));
        // a screen reader reads the door's name and what is behind it, as a sighted visitor sees them
        Accessible.named(door, AccessibleRole.BUTTON, Accessible.joined(context.i18n().text("list.separator"),
                label.textProperty(), hint.textProperty()));
        return new Door(door, glyph, label, hint);
    }

    /** The guided tour, above the three doors: one wide entry, there only when the content has a tour. */
    private Node storyDoor() {
        FontIcon glyph = new FontIcon("mdi2m-map-marker-path");
        glyph.getStyleClass().add("door-icon");
        Label label = new Label();
        label.getStyleClass().add("door-label");
        label.textProperty().bind(contentText(c -> c.story().title()));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label();
        hint.getStyleClass().add("door-hint");
        hint.setWrapText(true); // on a portrait screen the line under the tour's name takes two lines
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.createStringBinding(() -> context.currentContent() == null ? ""
                : context.i18n().get("home.story.hint", context.currentContent().story().stops().size()),
                context.i18n().languageProperty(), context.content()));
        VBox words = new VBox(label, hint);
        words.getStyleClass().add("door-words");
        words.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        FontIcon arrow = TouchButton.icon("mdi2c-chevron-right");
        arrow.getStyleClass().add("door-icon");
        HBox box = new HBox(glyph, words, grow, arrow);
        box.getStyleClass().add("door-box");
        box.setAlignment(Pos.CENTER_LEFT);
        Button door = new DoorButton();
        door.setId("home-story");
        door.setGraphic(box);
        door.getStyleClass().addAll("panel", "door", "door-story");
        door.setMaxWidth(Region.USE_PREF_SIZE);
        door.setOnAction(e -> context.navigator().go(ScreenName.STORY));
        Accessible.named(door, AccessibleRole.BUTTON, Accessible.joined(context.i18n().text("list.separator"),
                label.textProperty(), hint.textProperty()));
        BooleanBinding offered = Bindings.createBooleanBinding(
                () -> context.currentContent() != null && context.currentContent().hasStory(), context.content());
        door.visibleProperty().bind(offered);
        door.managedProperty().bind(offered);
        return door;
    }

    private void withStory(boolean story) {
        doorRow.getStyleClass().remove("with-story");
        if (story) {
            doorRow.getStyleClass().add("with-story");
        }
    }

    /**
     * A door: as tall as its words need at the width it is given (a plain button asks its graphic's height for no
     * width, so words that wrap on a narrow screen would be cut short).
     */
    private static final class DoorButton extends Button {

        DoorButton() {
            setWrapText(true); // no text of its own: this makes the layout ask its height for its width
        }

        @Override
        protected double computePrefHeight(double width) {
            if (width > 0 && getGraphic() instanceof Region words && words.getContentBias() == Orientation.HORIZONTAL) {
                double inside = width - snappedLeftInset() - snappedRightInset();
                return snappedTopInset() + words.prefHeight(inside) + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }
    }

    private StringBinding countText(String key) {
        return Bindings.createStringBinding(() -> {
            Content content = context.currentContent();
            if (content == null) {
                return "";
            }
            HomeModel model = HomeModel.of(content);
            // years as plain text: a number format would write 2,014
            return context.i18n().get(key, model.events(), String.valueOf(model.firstYear()),
                    String.valueOf(model.lastYear()), model.cases(), model.places(), model.countries());
        }, context.i18n().languageProperty(), context.content());
    }

    private StringBinding contentText(Function<Content, LocalizedText> f) {
        return Bindings.createStringBinding(() -> context.currentContent() == null ? ""
                : context.i18n().get(f.apply(context.currentContent())),
                context.i18n().languageProperty(), context.content());
    }

    /** Calm water lines along the bottom, across the whole width: Wuzhen is a canal town. */
    private void drawWaves() {
        double width = root.getWidth();
        double height = root.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        Units units = Units.of(root);
        double across = width / WAVES_WIDTH;
        double swell = units.px(60);
        // 700 down, as designed; lower on a tall screen, so that the water stays under the doors; higher on a low one
        double top = Math.min(Math.max(units.px(700), height - units.px(380)), height - units.px(260));
        waves.getElements().clear();
        for (int i = 0; i < 5; i++) {
            double y = top + units.px(i * 46);
            waves.getElements().addAll(new MoveTo(-40 * across, y),
                    new CubicCurveTo(400 * across, y - swell, 700 * across, y + swell, 1000 * across, y),
                    new CubicCurveTo(1300 * across, y - swell, 1600 * across, y + swell, 1960 * across, y));
        }
    }

    @Override
    public ScreenName name() {
        return ScreenName.HOME;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        // the home screen keeps no state of its own
    }
}
