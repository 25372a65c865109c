package org.wuzhenkiosk.screen.map;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The world in world units: the sea (the outline of the Equal Earth world), the graticule and the countries,
 * partner countries in their own colour and the country whose cases are listed lit.
 */
final class CountryLayer {

    private final MapModel model;
    private final Group view = new Group();
    private final Group countries = new Group();
    private final DoubleProperty hairline = new SimpleDoubleProperty(1);
    private final Map<String, SVGPath> countryNodes = new HashMap<>();
    private String lit;

    CountryLayer(MapModel model) {
        this.model = model;
        view.getChildren().addAll(sea(), graticule(), countries);
        model.highlightedCountryProperty().addListener((obs, old, now) -> light(now));
        rebuild();
    }

    Node view() {
        return view;
    }

    /** Draws the model's countries again (another basemap join after a content change). */
    void rebuild() {
        countries.getChildren().clear();
        countryNodes.clear();
        for (MapModel.MapCountry country : model.countries()) {
            StringBuilder d = new StringBuilder();
            for (double[] ring : country.rings()) {
                PathData.appendLine(d, ring);
                d.append("Z ");
            }
            SVGPath path = new SVGPath();
            path.setContent(d.toString());
            path.setFillRule(FillRule.EVEN_ODD);
            path.setId("map-country-" + country.key());
            path.getStyleClass().add("map-country");
            if (model.isPartner(country)) {
                path.getStyleClass().add("map-country-partner");
            }
            path.strokeWidthProperty().bind(hairline);
            path.setStrokeLineJoin(StrokeLineJoin.ROUND);
            countries.getChildren().add(path);
            countryNodes.put(country.key(), path);
        }
        lit = null;
        light(model.highlightedCountryProperty().get());
    }

    /** Keeps outlines one hairline (in design px) thin on screen at scale {@code s}. */
    void rescale(double s) {
        hairline.set(model.px(0.9) / s);
    }

    int drawnCountries() {
        return countries.getChildren().size();
    }

    private void light(String key) {
        if (lit != null && countryNodes.containsKey(lit)) {
            countryNodes.get(lit).getStyleClass().remove("map-country-selected");
        }
        lit = key;
        if (key != null && countryNodes.containsKey(key)) {
            countryNodes.get(key).getStyleClass().add("map-country-selected");
        }
    }

    private Node sea() {
        StringBuilder d = new StringBuilder();
        for (int lat = -90; lat <= 90; lat += 2) {
            PathData.appendLonLat(d, 180, lat, lat == -90);
        }
        for (int lat = 90; lat >= -90; lat -= 2) {
            PathData.appendLonLat(d, -180, lat, false);
        }
        d.append('Z');
        SVGPath sea = new SVGPath();
        sea.setContent(d.toString());
        sea.getStyleClass().add("map-sea");
        sea.strokeWidthProperty().bind(hairline.multiply(1.5));
        return sea;
    }

    private Node graticule() {
        StringBuilder d = new StringBuilder();
        for (int lon = -150; lon <= 150; lon += 30) {
            for (int lat = -90; lat <= 90; lat += 3) {
                PathData.appendLonLat(d, lon, lat, lat == -90);
            }
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            PathData.appendLonLat(d, -180, lat, true);
            PathData.appendLonLat(d, 180, lat, false);
        }
        SVGPath lines = new SVGPath();
        lines.setContent(d.toString());
        lines.getStyleClass().add("map-graticule");
        lines.strokeWidthProperty().bind(hairline);
        return lines;
    }
}
