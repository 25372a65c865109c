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
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.ui.Units;

/**
 * Country names in the window's pixels, each only where it hides nothing and lies wholly on the map: partner countries
 * first, next to their pins when their own middle is taken or too small; then the others, biggest first, only
 * where they fit on their country.
 */
final class LabelLayer {

    /** As the map's country labels in map.css, in design px; a plate is as much taller than its text. */
    private static final double LABEL_SIZE = 20;
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
        Units units = Units.of(view);
        double font = units.fontPx(LABEL_SIZE);
        double height = font * LABEL_HEIGHT / LABEL_SIZE;
        double plate = units.px(8);
        double off = units.px(28); // clear of a pin's dot, or of a small cluster's
        measurer.setFont(Fonts.font(language, FontWeight.NORMAL, font));
        Content content = model.content();
        List<LabelPlacer.Candidate<MapModel.MapCountry>> candidates = new ArrayList<>();
        List<MapModel.MapCountry> byArea = new ArrayList<>(model.countries());
        byArea.sort((a, b) -> Double.compare(b.area(), a.area()));
        byArea.sort((a, b) -> Boolean.compare(model.isPartner(b), model.isPartner(a))); // stable: partners first
        Map<String, List<double[]>> pinsByCountry = pinsByCountry();
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
            String name = content.countryName(country.code(), language);
            double w = labelWidths.computeIfAbsent(language + "|" + font + "|" + name, k -> {
                measurer.setText(name);
                return measurer.getLayoutBounds().getWidth() + plate;
            });
            double areaPx = country.area() * s * s;
            double widthPx = country.bounds().width() * s;
            boolean fits = areaPx >= w * height * 2.2 && widthPx >= w * 0.8;
            List<LabelPlacer.Box> beside = new ArrayList<>();
            if (model.isPartner(country)) {
                // a partner keeps its name: beside one of its pins when its middle is taken or too small for it
                for (double[] pin : pinsByCountry.getOrDefault(country.code(), List.of())) {
                    beside.add(new LabelPlacer.Box(pin[0] + off, pin[1] - height / 2, w, height));
                    beside.add(new LabelPlacer.Box(pin[0] - off - w, pin[1] - height / 2, w, height));
                    beside.add(LabelPlacer.Box.centredOn(pin[0], pin[1] - off - height / 2, w, height));
                    beside.add(LabelPlacer.Box.centredOn(pin[0], pin[1] + off + height / 2, w, height));
                }
                beside.removeIf(b -> !onMap(b, units));
            }
            LabelPlacer.Box own = LabelPlacer.Box.centredOn(x, y, w, height);
            if (fits && onMap(own, units)) {
                candidates.add(new LabelPlacer.Candidate<>(country, own, beside));
            } else if (!beside.isEmpty()) {
                candidates.add(new LabelPlacer.Candidate<>(country, beside.get(0), beside.subList(1, beside.size())));
            }
        }
        List<LabelPlacer.Candidate<MapModel.MapCountry>> placed = LabelPlacer.place(candidates, obstacles, units.px(6));
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

    /** Wholly inside the map's viewport: a name is never cut by its edge, nor by the touch bar below it. */
    private boolean onMap(LabelPlacer.Box box, Units units) {
        double m = units.px(4);
        return box.x() >= m && box.y() >= m && box.x() + box.w() <= model.viewportWidth() - m
                && box.y() + box.h() <= model.viewportHeight() - m;
    }

    /** Where each country's pins (or the clusters holding them) are on screen now. */
    private Map<String, List<double[]>> pinsByCountry() {
        Map<String, List<double[]>> pins = new HashMap<>();
        for (PinClusters.Cluster<MapModel.Location> cluster : model.visibleClusters()) {
            double[] at = {model.toScreenX(cluster.x()), model.toScreenY(cluster.y())};
            cluster.members().stream().map(l -> l.place().country()).distinct()
                    .forEach(code -> pins.computeIfAbsent(code, k -> new ArrayList<>()).add(at));
        }
        return pins;
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
