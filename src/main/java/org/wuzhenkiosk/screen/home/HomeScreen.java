package org.wuzhenkiosk.screen.home;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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

    private final StackPane root = new StackPane();
    private final KioskContext context;

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
        intro.setMaxWidth(1560); // two lines in English under a one-line subtitle, so the doors keep their room
        intro.setMinHeight(Region.USE_PREF_SIZE);

        HBox doors = new HBox(40,
                door("home-timeline", "mdi2t-timeline-clock-outline", "home.timeline", "home.timeline.hint",
                        ScreenName.TIMELINE),
                door("home-cases", "mdi2v-view-dashboard-outline", "home.cases", "home.cases.hint",
                        ScreenName.CASES),
                door("home-map", "mdi2e-earth", "home.map", "home.map.hint", ScreenName.MAP));
        doors.setAlignment(Pos.CENTER);
        doors.getStyleClass().add("home-doors");

        Label touch = new Label();
        touch.getStyleClass().add("home-touch-hint");
        touch.textProperty().bind(i18n.text("home.touch"));

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Node story = storyDoor();
        story.visibleProperty().addListener((obs, was, now) -> withStory(doors, now));
        withStory(doors, story.isVisible());
        VBox column = new VBox(18, title, subtitle, intro, grow, story, doors, touch);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("home-column");
        root.getChildren().setAll(waves(), column);
    }

    private Node door(String id, String icon, String labelKey, String hintKey, ScreenName target) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("door-icon");
        Label label = new Label();
        label.getStyleClass().add("door-label");
        label.textProperty().bind(context.i18n().text(labelKey));
        Label hint = new Label();
        hint.getStyleClass().add("door-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(countText(hintKey));
        VBox box = new VBox(14, glyph, label, hint);
        box.setAlignment(Pos.CENTER);
        Button door = new Button();
        door.setId(id);
        door.setGraphic(box);
        door.getStyleClass().addAll("panel", "door");
        door.setOnAction(e -> context.navigator().go(target));
        // a screen reader reads the door's name and what is behind it, as a sighted visitor sees them
        Accessible.named(door, AccessibleRole.BUTTON, Accessible.joined(context.i18n().text("list.separator"),
                label.textProperty(), hint.textProperty()));
        return door;
    }

    /** The guided tour, above the three doors: one wide entry, there only when the content has a tour. */
    private Node storyDoor() {
        FontIcon glyph = new FontIcon("mdi2m-map-marker-path");
        glyph.getStyleClass().add("door-icon");
        Label label = new Label();
        label.getStyleClass().add("door-label");
        label.textProperty().bind(contentText(c -> c.story().title()));
        Label hint = new Label();
        hint.getStyleClass().add("door-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> context.currentContent() == null ? ""
                : context.i18n().get("home.story.hint", context.currentContent().story().stops().size()),
                context.i18n().languageProperty(), context.content()));
        VBox words = new VBox(4, label, hint);
        words.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        FontIcon arrow = TouchButton.icon("mdi2c-chevron-right");
        arrow.getStyleClass().add("door-icon");
        HBox box = new HBox(28, glyph, words, grow, arrow);
        box.setAlignment(Pos.CENTER_LEFT);
        Button door = new Button();
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

    private static void withStory(Node doors, boolean story) {
        doors.getStyleClass().remove("with-story");
        if (story) {
            doors.getStyleClass().add("with-story");
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

    /** Calm water lines along the bottom: Wuzhen is a canal town. */
    private static Node waves() {
        Path path = new Path();
        for (int i = 0; i < 5; i++) {
            double y = 700 + i * 46;
            path.getElements().addAll(new MoveTo(-40, y),
                    new CubicCurveTo(400, y - 60, 700, y + 60, 1000, y),
                    new CubicCurveTo(1300, y - 60, 1600, y + 60, 1960, y));
        }
        path.getStyleClass().add("home-waves");
        path.setManaged(false);
        path.setMouseTransparent(true);
        return path;
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
