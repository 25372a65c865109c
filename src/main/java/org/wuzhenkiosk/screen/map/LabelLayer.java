package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.Content;

/** Country names in screen units, biggest countries first, each only where it fits on its country and hides nothing. */
final class LabelLayer {

    private static final Font LABEL_FONT = Font.font("Noto Sans SC", 20);
    private static final double LABEL_HEIGHT = 28;
    private final MapModel model;
    private final I18n i18n;
    private final Pane view = new Pane();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Double> labelWidths = new HashMap<>();
    private final Text measurer = new Text();

    LabelLayer(MapModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        measurer.setFont(LABEL_FONT);
        view.setMouseTransparent(true);
        view.setManaged(false);
    }

    Node view() {
        return view;
    }

    int drawnLabels() {
        return view.getChildren().size();
    }

    /** Names the countries that have room now, keeping clear of {@code obstacles} and of each other. */
    void place(List<LabelPlacer.Box> obstacles) {
        double s = model.scale();
        String language = i18n.language();
        Content content = model.content();
        List<LabelPlacer.Candidate<MapModel.MapCountry>> candidates = new ArrayList<>();
        List<MapModel.MapCountry> byArea = new ArrayList<>(model.countries());
        byArea.sort((a, b) -> Double.compare(b.area(), a.area()));
        Set<String> named = new HashSet<>();
        for (MapModel.MapCountry country : byArea) {
            if (country.code() == null) {
                continue; // an area the name table does not know (e.g. Somaliland): drawn, not named
            }
            if (!named.add(country.code())) {
                continue; // a territory part of a country already named: one name per country
            }
            double x = model.toScreenX(country.anchorX());
            double y = model.toScreenY(country.anchorY());
            if (x < 0 || y < 0 || x > model.viewportWidth() || y > model.viewportHeight()) {
                continue;
            }
            String name = content.countryName(country.code(), language);
            double w = labelWidths.computeIfAbsent(language + "|" + name, k -> {
                measurer.setText(name);
                return measurer.getLayoutBounds().getWidth() + 8;
            });
            double areaPx = country.area() * s * s;
            double widthPx = country.bounds().width() * s;
            if (areaPx < w * LABEL_HEIGHT * 2.2 || widthPx < w * 0.8) {
                continue; // the country is too small on screen for its name at this zoom
            }
            candidates.add(new LabelPlacer.Candidate<>(country, LabelPlacer.Box.centredOn(x, y, w, LABEL_HEIGHT)));
        }
        List<LabelPlacer.Candidate<MapModel.MapCountry>> placed = LabelPlacer.place(candidates, obstacles, 6);
        Set<Node> shown = new LinkedHashSet<>();
        for (LabelPlacer.Candidate<MapModel.MapCountry> candidate : placed) {
            Label label = labels.computeIfAbsent(candidate.item().code(), this::newLabel);
            LabelPlacer.Box box = candidate.box();
            label.resizeRelocate(box.x(), box.y(), box.w(), box.h());
            shown.add(label);
        }
        // only the labels that come or go change the scene graph
        view.getChildren().removeIf(n -> !shown.contains(n));
        shown.removeAll(view.getChildren());
        view.getChildren().addAll(shown);
    }

    private Label newLabel(String code) {
        Label label = new Label();
        label.setId("map-label-" + code);
        label.getStyleClass().add("map-label");
        label.setAlignment(Pos.CENTER);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> model.content().countryName(code, i18n.language()), i18n.languageProperty()));
        return label;
    }
}
