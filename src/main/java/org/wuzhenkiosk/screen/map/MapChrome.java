package org.wuzhenkiosk.screen.map;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;

/**
 * What sits over the map in a {@link StackPane}: the heading with its hint (top left), the legend (bottom left)
 * and the zoom and reset buttons (bottom right). Country names keep clear of all three.
 */
final class MapChrome {

    private final VBox heading = new VBox();
    private final HBox legend = new HBox();
    private final HBox controls = new HBox();
    private final Circle dot = new Circle(10);
    private final Line link = new Line(0, 0, 36, 0);
    private final Rectangle partner = new Rectangle(30, 22);
    private boolean portrait;

    MapChrome(I18n i18n, MapMotion motion, Runnable reset) {
        buildHeading(i18n);
        buildLegend(i18n);
        buildControls(i18n, motion, reset);
        Units.follow(legend, this::size);
    }

    /** A portrait (or narrow) map stacks the legend above the buttons: side by side they would not fit its width. */
    void setPortrait(boolean portrait) {
        if (portrait != this.portrait) {
            this.portrait = portrait;
            size(Units.of(legend));
        }
    }

    /** The legend's symbols and the margins to the map's edges, in the window's pixels. */
    private void size(Units units) {
        dot.setRadius(units.px(10));
        link.setEndX(units.px(36));
        partner.setWidth(units.px(30));
        partner.setHeight(units.px(22));
        StackPane.setMargin(controls, new Insets(0, units.px(32), units.px(28), 0));
        StackPane.setMargin(legend, new Insets(0, 0, units.px(portrait ? 28 + 72 + 16 : 32), units.px(40)));
    }

    /** The heading steps aside while {@code covered} holds: a panel docked over it, which its hint no longer helps. */
    void hideHeadingWhile(ObservableBooleanValue covered) {
        heading.visibleProperty().bind(Bindings.not(covered));
    }

    /** Heading, legend and buttons, in the order they stack. */
    List<Node> nodes() {
        return List.of(heading, legend, controls);
    }

    private void buildHeading(I18n i18n) {
        Label title = new Label();
        title.setId("map-heading");
        title.getStyleClass().add("map-heading");
        title.textProperty().bind(i18n.text("map.screen.heading"));
        Label hint = new Label();
        hint.setId("map-hint");
        hint.getStyleClass().add("map-hint");
        hint.textProperty().bind(i18n.text("map.screen.hint"));
        hint.setWrapText(true);
        heading.getChildren().addAll(title, hint);
        heading.getStyleClass().add("map-heading-box");
        heading.setMouseTransparent(true);
        heading.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(heading, Pos.TOP_LEFT);
        StackPane.setMargin(heading, Insets.EMPTY);
    }

    private void buildControls(I18n i18n, MapMotion motion, Runnable reset) {
        Button zoomIn = TouchButton.create("map-zoom-in", "mdi2p-plus", i18n.text("map.zoom.in"));
        zoomIn.getStyleClass().add("map-round-button");
        zoomIn.setOnAction(e -> motion.zoomBy(2));
        Button zoomOut = TouchButton.create("map-zoom-out", "mdi2m-minus", i18n.text("map.zoom.out"));
        zoomOut.getStyleClass().add("map-round-button");
        zoomOut.setOnAction(e -> motion.zoomBy(0.5));
        Button resetButton = TouchButton.create("map-reset", "mdi2e-earth", i18n.text("map.reset"));
        resetButton.getStyleClass().add("map-reset-button");
        resetButton.setOnAction(e -> reset.run());
        for (Button b : List.of(zoomIn, zoomOut)) {
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // 72 design px square: map.css
        }
        controls.getChildren().addAll(zoomOut, zoomIn, resetButton);
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.getStyleClass().add("map-controls");
        controls.setPickOnBounds(false);
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.BOTTOM_RIGHT);
    }

    private void buildLegend(I18n i18n) {
        dot.getStyleClass().add("map-pin-dot");
        link.getStyleClass().add("map-legend-arc");
        partner.getStyleClass().add("map-legend-partner");
        legend.getChildren().addAll(legendItem(dot, i18n.text("map.legend.place")),
                legendItem(link, i18n.text("map.legend.link")),
                legendItem(partner, i18n.text("map.legend.partner")));
        legend.setId("map-legend");
        legend.getStyleClass().add("map-legend");
        legend.setMouseTransparent(true);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
    }

    private static Node legendItem(Node symbol, StringBinding text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("map-legend-text");
        StackPane box = new StackPane(symbol);
        box.getStyleClass().add("map-legend-symbol");
        HBox item = new HBox(box, label);
        item.getStyleClass().add("map-legend-item");
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
