package org.wuzhenkiosk.screen.map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;

/** A world grid with a pin for every place of every case; a tap on a pin names the place and its case. */
public final class MapScreen implements KioskScreen {

    static final double MAP_WIDTH = 1760;
    static final double MAP_HEIGHT = 740;
    private final VBox root = new VBox();
    private final Pane map = new Pane();
    private final Label selection = new Label();
    private final KioskContext context;

    public MapScreen(KioskContext context) {
        this.context = context;
        root.setId("map-screen");
        root.getStyleClass().addAll("screen", "map-screen");
        Label heading = new Label();
        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(context.i18n().text("map.heading"));
        map.setId("map-pane");
        map.getStyleClass().add("map-pane");
        map.setMinSize(MAP_WIDTH, MAP_HEIGHT);
        map.setPrefSize(MAP_WIDTH, MAP_HEIGHT);
        map.setMaxSize(MAP_WIDTH, MAP_HEIGHT);
        map.setClip(new Rectangle(MAP_WIDTH, MAP_HEIGHT));
        StackPane holder = new StackPane(map);
        VBox.setVgrow(holder, Priority.ALWAYS);
        selection.setId("map-selection");
        selection.getStyleClass().add("map-selection");
        selection.textProperty().bind(context.i18n().text("map.hint"));
        root.setAlignment(Pos.TOP_CENTER);
        root.getChildren().addAll(heading, holder, selection);
        context.content().addListener((obs, old, now) -> rebuild(now));
        rebuild(context.currentContent());
    }

    private void rebuild(Content content) {
        map.getChildren().clear();
        for (int lon = -180; lon <= 180; lon += 30) {
            Line line = new Line(MapModel.x(lon, MAP_WIDTH), 0, MapModel.x(lon, MAP_WIDTH), MAP_HEIGHT);
            line.getStyleClass().add(lon == 0 ? "graticule-main" : "graticule");
            map.getChildren().add(line);
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            Line line = new Line(0, MapModel.y(lat, MAP_HEIGHT), MAP_WIDTH, MapModel.y(lat, MAP_HEIGHT));
            line.getStyleClass().add(lat == 0 ? "graticule-main" : "graticule");
            map.getChildren().add(line);
        }
        if (content == null) {
            return;
        }
        I18n i18n = context.i18n();
        for (MapModel.Pin pin : new MapModel(content).pins()) {
            double x = MapModel.x(pin.place().lon(), MAP_WIDTH);
            double y = MapModel.y(pin.place().lat(), MAP_HEIGHT);
            Circle dot = new Circle(x, y, 9);
            dot.getStyleClass().add("map-pin");
            // a larger transparent target under the dot, so a fingertip hits it
            Circle target = new Circle(x, y, 28);
            target.getStyleClass().add("map-pin-target");
            target.setId("pin-" + pin.caseStudy().id() + "-" + pin.place().id());
            target.setOnMouseClicked(e -> {
                selection.textProperty().unbind();
                selection.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(pin.place().name())
                        + " · " + i18n.get(pin.caseStudy().title()), i18n.languageProperty()));
            });
            map.getChildren().addAll(dot, target);
        }
    }

    @Override
    public ScreenName name() {
        return ScreenName.MAP;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        selection.textProperty().unbind();
        selection.textProperty().bind(context.i18n().text("map.hint"));
    }
}
