package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.ui.Accessible;

/**
 * A marker for every pin or cluster in view, in the window's pixels: a dot (a counted one for a cluster) on a
 * touch target of {@link MapModel#CLUSTER_RADIUS} design px, lit when it holds the lit case. A tap on one hands
 * its cluster on.
 */
final class PinLayer {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    /** A marker's property holding the cluster it shows now, which its accessible name follows. */
    private static final String SHOWN = "shown";
    private final MapModel model;
    private final I18n i18n;
    private final Consumer<PinClusters.Cluster<MapModel.Location>> onTap;
    private final Pane view = new Pane();
    private final List<StackPane> markerPool = new ArrayList<>();
    private final Map<String, StackPane> activeMarkers = new HashMap<>();

    PinLayer(MapModel model, I18n i18n, Consumer<PinClusters.Cluster<MapModel.Location>> onTap) {
        this.model = model;
        this.i18n = i18n;
        this.onTap = onTap;
        view.setPickOnBounds(false);
        view.setManaged(false);
    }

    Node view() {
        return view;
    }

    int drawnMarkers() {
        return view.getChildren().size();
    }

    /**
     * Shows a marker per visible cluster and adds its dot to {@code obstacles} for the labels. Markers that stay
     * on screen are only moved, others go back to a pool: re-adding every node on every frame would restyle them.
     */
    void place(List<LabelPlacer.Box> obstacles) {
        List<PinClusters.Cluster<MapModel.Location>> visible = model.visibleClusters();
        String highlighted = model.highlightedCase();
        Map<String, StackPane> next = new HashMap<>();
        List<StackPane> fresh = new ArrayList<>();
        for (PinClusters.Cluster<MapModel.Location> cluster : visible) {
            String key = cluster.members().get(0).key();
            StackPane marker = activeMarkers.remove(key);
            if (marker == null) {
                marker = markerPool.isEmpty() ? newMarker() : markerPool.remove(markerPool.size() - 1);
                fresh.add(marker);
            }
            next.put(key, marker);
            configure(marker, cluster, highlighted);
            double x = model.toScreenX(cluster.x());
            double y = model.toScreenY(cluster.y());
            double size = model.clusterRadius();
            marker.setPrefSize(size, size);
            marker.resizeRelocate(x - size / 2, y - size / 2, size, size);
            double dot = ((Circle) marker.getChildren().get(0)).getRadius();
            obstacles.add(LabelPlacer.Box.centredOn(x, y, 2 * dot, 2 * dot));
        }
        if (!activeMarkers.isEmpty()) {
            view.getChildren().removeAll(activeMarkers.values());
            markerPool.addAll(activeMarkers.values());
        }
        view.getChildren().addAll(fresh);
        activeMarkers.clear();
        activeMarkers.putAll(next);
    }

    private StackPane newMarker() {
        Circle dot = new Circle(12);
        Label count = new Label();
        count.getStyleClass().add("map-cluster-count");
        count.setMouseTransparent(true);
        StackPane marker = new StackPane(dot, count);
        marker.getStyleClass().add("map-marker");
        marker.setPickOnBounds(true); // the whole 56 design px square answers a fingertip, not only the dot
        // for a keyboard, a switch or a screen reader: the pin's place and case, or how many cases it holds
        ObjectProperty<PinClusters.Cluster<MapModel.Location>> shown = new SimpleObjectProperty<>();
        marker.getProperties().put(SHOWN, shown);
        Accessible.button(marker, Bindings.createStringBinding(() -> describe(shown.get()), shown,
                i18n.languageProperty()), () -> {
                    if (shown.get() != null) {
                        onTap.accept(shown.get());
                    }
                });
        marker.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 2) {
                return; // a double tap zooms the map as it does anywhere else: left to the viewport
            }
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                e.consume();
                @SuppressWarnings("unchecked")
                PinClusters.Cluster<MapModel.Location> cluster =
                        (PinClusters.Cluster<MapModel.Location>) marker.getUserData();
                if (cluster != null) {
                    onTap.accept(cluster);
                }
            }
        });
        return marker;
    }

    private String describe(PinClusters.Cluster<MapModel.Location> cluster) {
        if (cluster == null) {
            return "";
        }
        List<CaseStudy> cases = MapModel.casesIn(cluster);
        if (cases.size() > 1) {
            return i18n.get("map.list.here", cases.size());
        }
        return i18n.get(cluster.members().get(0).place().name()) + i18n.get("list.separator")
                + i18n.get(cases.get(0).title());
    }

    private void configure(StackPane marker, PinClusters.Cluster<MapModel.Location> cluster, String highlighted) {
        List<MapModel.Location> members = cluster.members();
        String signature = members.get(0).key() + "|" + members.size() + "|" + members.get(members.size() - 1).key()
                + "|" + highlighted + "|" + model.unit();
        marker.setUserData(cluster);
        @SuppressWarnings("unchecked")
        ObjectProperty<PinClusters.Cluster<MapModel.Location>> shown =
                (ObjectProperty<PinClusters.Cluster<MapModel.Location>>) marker.getProperties().get(SHOWN);
        shown.set(cluster);
        if (signature.equals(marker.getProperties().get("signature"))) {
            return; // the same pins as last frame (a drag, or a pinch that moved no pin in or out): only move it
        }
        marker.getProperties().put("signature", signature);
        List<CaseStudy> cases = MapModel.casesIn(cluster);
        boolean several = cases.size() > 1; // places of one case together still read as that case's pin
        MapModel.Location first = cluster.members().get(0);
        String id = (cluster.single() ? "map-pin-" : "map-cluster-") + first.place().id();
        if (!id.equals(marker.getId())) {
            marker.setId(id);
        }
        Circle dot = (Circle) marker.getChildren().get(0);
        Label count = (Label) marker.getChildren().get(1);
        String style = several ? "map-cluster-dot" : "map-pin-dot";
        if (!dot.getStyleClass().contains(style)) {
            dot.getStyleClass().setAll(style);
        }
        double radius = model.px(several ? Math.min(26, 17 + 3 * Math.log(cases.size()) / Math.log(2)) : 12);
        if (dot.getRadius() != radius) {
            dot.setRadius(radius);
        }
        String text = several ? String.valueOf(cases.size()) : "";
        if (!text.equals(count.getText())) {
            count.setText(text);
        }
        boolean lit = highlighted != null && cases.stream().anyMatch(c -> c.id().equals(highlighted));
        marker.pseudoClassStateChanged(HIGHLIGHTED, lit);
    }
}
