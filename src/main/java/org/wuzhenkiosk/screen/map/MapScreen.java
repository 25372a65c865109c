package org.wuzhenkiosk.screen.map;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.animation.PauseTransition;
import javafx.animation.Transition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.TouchButton;

/**
 * The world map of cooperation: countries in the kiosk's palette (partner countries highlighted), a pin for every
 * case place (merged into counted clusters where they would crowd), calm great-circle arcs between a case's
 * places, country names that never collide. Pinch, drag with inertia, double-tap and the wheel move the view;
 * a tap opens a preview card, a list of cases, or a country's cases.
 */
public final class MapScreen implements KioskScreen {

    private static final System.Logger LOG = System.getLogger(MapScreen.class.getName());
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final double PANEL_WIDTH = 600;
    /** With more linked cases than this, only the highlighted case's arcs are drawn: a calm map, few nodes. */
    static final int ARC_LIMIT = 60;
    private static final Font LABEL_FONT = Font.font("Noto Sans SC", 20);
    private static final double LABEL_HEIGHT = 28;
    private static final Duration FLY = Duration.millis(450);
    /** Time to wait for a second tap before a single tap counts as one. */
    static final Duration DOUBLE_TAP = Duration.millis(280);

    private final KioskContext context;
    private final ImageCache images;
    private final BasemapLoader.Choice basemap;
    private final StackPane root = new StackPane();
    private final Pane viewport = new Pane();
    private final Group world = new Group();
    private final Group countryLayer = new Group();
    private final Group arcLayer = new Group();
    private final Pane labelLayer = new Pane();
    private final Pane pinLayer = new Pane();
    private final VBox panel = new VBox();
    private final VBox heading = new VBox();
    private final HBox controls = new HBox();
    private final HBox legend = new HBox();
    private final DoubleProperty hairline = new SimpleDoubleProperty(1);
    private final DoubleProperty arcWidth = new SimpleDoubleProperty(1);
    private final DoubleProperty arcHighlightWidth = new SimpleDoubleProperty(1);
    private final Map<String, SVGPath> countryNodes = new HashMap<>();
    private final Map<String, List<SVGPath>> arcNodes = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Double> labelWidths = new HashMap<>();
    private final List<StackPane> markerPool = new ArrayList<>();
    private final Map<String, StackPane> activeMarkers = new HashMap<>();
    private final Text measurer = new Text();
    private final PauseTransition singleTap = new PauseTransition(DOUBLE_TAP);
    private MapModel model;
    private Transition flight;
    private AnimationTimer inertia;
    private String selectedCountry;
    private boolean pinching;
    private double lastX;
    private double lastY;
    private long lastTime;
    private double velocityX;
    private double velocityY;

    public MapScreen(KioskContext context, ImageCache images, BasemapLoader.Choice basemap) {
        this.context = context;
        this.images = images;
        this.basemap = basemap;
        basemap.problems().forEach(p -> LOG.log(p.isError() ? Level.ERROR : Level.WARNING, p.toString()));
        if (basemap.fallback()) {
            LOG.log(Level.ERROR, "the configured map file has errors; the bundled world map is drawn instead");
        }
        measurer.setFont(LABEL_FONT);
        root.setId("map-screen");
        root.getStyleClass().add("map-screen");
        root.getStylesheets().add(MapScreen.class.getResource("map.css").toExternalForm());

        viewport.setId("map-viewport");
        viewport.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // a map never mirrors
        viewport.getStyleClass().add("map-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        world.setMouseTransparent(true);
        world.getChildren().addAll(sphere(), graticule(), countryLayer, arcLayer);
        labelLayer.setMouseTransparent(true);
        labelLayer.setManaged(false);
        pinLayer.setPickOnBounds(false);
        pinLayer.setManaged(false);
        viewport.getChildren().addAll(world, labelLayer, pinLayer);

        buildHeading();
        buildControls();
        buildLegend();
        panel.setId("map-panel");
        panel.getStyleClass().add("map-panel");
        panel.setVisible(false);
        panel.setPrefWidth(PANEL_WIDTH);
        panel.setMaxWidth(PANEL_WIDTH);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(panel, Pos.TOP_RIGHT);
        StackPane.setMargin(panel, new Insets(28, 32, 28 + 72 + 20, 32)); // ends above the buttons
        root.getChildren().addAll(viewport, heading, legend, controls, panel);

        model = new MapModel(basemap.basemap(), context.currentContent());
        buildCountries();
        world.getTransforms().setAll(translate(), scale());
        model.viewVersionProperty().addListener((obs, old, now) -> refresh());
        viewport.widthProperty().addListener((obs, old, now) -> model.setViewport(now.doubleValue(),
                viewport.getHeight()));
        viewport.heightProperty().addListener((obs, old, now) -> model.setViewport(viewport.getWidth(),
                now.doubleValue()));
        model.highlightedCaseProperty().addListener((obs, old, now) -> {
            buildArcs();
            refresh();
        });
        context.i18n().languageProperty().addListener((obs, old, now) -> refresh());
        context.content().addListener((obs, old, now) -> {
            if (now != null) {
                model.setContent(now);
                closePanel();
                model.highlightedCaseProperty().set(null);
                buildCountries();
                buildArcs();
                refresh();
            }
        });
        context.navigator().targetProperty().addListener((obs, old, now) -> {
            if (now != null && now.screen() == ScreenName.MAP) {
                showCase(now.id());
            }
        });
        installGestures();
        // labels keep clear of the heading, legend and buttons: place them again once those are laid out
        for (Node chrome : List.of(heading, legend, controls)) {
            chrome.boundsInParentProperty().addListener((obs, old, now) -> refresh());
        }
        buildArcs();
        refresh();
    }

    // ---- building ----

    private Translate translate() {
        Translate t = new Translate();
        t.xProperty().bind(model.translateXProperty());
        t.yProperty().bind(model.translateYProperty());
        return t;
    }

    private Scale scale() {
        Scale s = new Scale();
        s.xProperty().bind(model.scaleProperty());
        s.yProperty().bind(model.scaleProperty());
        return s;
    }

    /** The outline of the whole Equal Earth world: the sea. */
    private Node sphere() {
        StringBuilder d = new StringBuilder();
        for (int lat = -90; lat <= 90; lat += 2) {
            append(d, MapModel.world(180, lat), lat == -90);
        }
        for (int lat = 90; lat >= -90; lat -= 2) {
            append(d, MapModel.world(-180, lat), false);
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
                append(d, MapModel.world(lon, lat), lat == -90);
            }
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            append(d, MapModel.world(-180, lat), true);
            append(d, MapModel.world(180, lat), false);
        }
        SVGPath lines = new SVGPath();
        lines.setContent(d.toString());
        lines.getStyleClass().add("map-graticule");
        lines.strokeWidthProperty().bind(hairline);
        return lines;
    }

    private static void append(StringBuilder d, double[] p, boolean move) {
        d.append(move ? 'M' : 'L').append(String.format(Locale.ROOT, "%.5f %.5f ", p[0], p[1]));
    }

    private void buildCountries() {
        countryLayer.getChildren().clear();
        countryNodes.clear();
        for (MapModel.MapCountry country : model.countries()) {
            StringBuilder d = new StringBuilder();
            for (double[] ring : country.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    append(d, new double[] {ring[i], ring[i + 1]}, i == 0);
                }
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
            countryLayer.getChildren().add(path);
            countryNodes.put(country.key(), path);
        }
    }

    private void buildArcs() {
        arcLayer.getChildren().clear();
        arcNodes.clear();
        String highlighted = model.highlightedCaseProperty().get();
        boolean all = model.arcs().size() <= ARC_LIMIT;
        for (MapModel.Arc arc : model.arcs()) {
            boolean lit = arc.caseStudy().id().equals(highlighted);
            if (!all && !lit) {
                continue;
            }
            List<SVGPath> nodes = new ArrayList<>();
            for (double[] piece : arc.pieces()) {
                StringBuilder d = new StringBuilder();
                for (int i = 0; i < piece.length; i += 2) {
                    append(d, new double[] {piece[i], piece[i + 1]}, i == 0);
                }
                SVGPath path = new SVGPath();
                path.setContent(d.toString());
                path.getStyleClass().add(lit ? "map-arc-highlight" : "map-arc");
                path.strokeWidthProperty().bind(lit ? arcHighlightWidth : arcWidth);
                path.setStrokeLineCap(StrokeLineCap.ROUND);
                nodes.add(path);
            }
            arcNodes.put(arc.caseStudy().id(), nodes);
            if (lit) {
                arcLayer.getChildren().addAll(nodes); // on top of the others
            } else {
                arcLayer.getChildren().addAll(0, nodes);
            }
        }
    }

    private void buildHeading() {
        I18n i18n = context.i18n();
        Label title = new Label();
        title.setId("map-heading");
        title.getStyleClass().add("map-heading");
        title.textProperty().bind(i18n.text("map.screen.heading"));
        Label hint = new Label();
        hint.setId("map-hint");
        hint.getStyleClass().add("map-hint");
        hint.textProperty().bind(i18n.text("map.screen.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        heading.getChildren().addAll(title, hint);
        heading.getStyleClass().add("map-heading-box");
        heading.setMouseTransparent(true);
        heading.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(heading, Pos.TOP_LEFT);
        StackPane.setMargin(heading, Insets.EMPTY);
    }

    private void buildControls() {
        I18n i18n = context.i18n();
        Button zoomIn = TouchButton.create("map-zoom-in", "mdi2p-plus", i18n.text("map.zoom.in"));
        zoomIn.getStyleClass().add("map-round-button");
        zoomIn.setOnAction(e -> flyZoom(2));
        Button zoomOut = TouchButton.create("map-zoom-out", "mdi2m-minus", i18n.text("map.zoom.out"));
        zoomOut.getStyleClass().add("map-round-button");
        zoomOut.setOnAction(e -> flyZoom(0.5));
        Button reset = TouchButton.create("map-reset", "mdi2e-earth", i18n.text("map.reset"));
        reset.getStyleClass().add("map-reset-button");
        reset.setOnAction(e -> resetView(true));
        for (Button b : List.of(zoomIn, zoomOut)) {
            b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            b.setMinSize(72, 72);
            b.setPrefSize(72, 72);
        }
        controls.getChildren().addAll(zoomOut, zoomIn, reset);
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.getStyleClass().add("map-controls");
        controls.setPickOnBounds(false);
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(controls, new Insets(0, 32, 28, 0));
    }

    private void buildLegend() {
        I18n i18n = context.i18n();
        Circle dot = new Circle(10);
        dot.getStyleClass().add("map-pin-dot");
        Line link = new Line(0, 0, 36, 0);
        link.getStyleClass().add("map-legend-arc");
        Rectangle partner = new Rectangle(30, 22);
        partner.getStyleClass().add("map-legend-partner");
        legend.getChildren().addAll(legendItem(dot, i18n.text("map.legend.place")),
                legendItem(link, i18n.text("map.legend.link")),
                legendItem(partner, i18n.text("map.legend.partner")));
        legend.setId("map-legend");
        legend.getStyleClass().add("map-legend");
        legend.setMouseTransparent(true);
        legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(0, 0, 32, 40));
    }

    private static Node legendItem(Node symbol, StringBinding text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("map-legend-text");
        StackPane box = new StackPane(symbol);
        box.setMinWidth(40);
        HBox item = new HBox(10, box, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    // ---- drawing what the view shows ----

    private void refresh() {
        double s = model.scale();
        hairline.set(0.9 / s);
        arcWidth.set(2.2 / s);
        arcHighlightWidth.set(4.5 / s);
        List<LabelPlacer.Box> obstacles = new ArrayList<>(chromeBoxes());
        placeMarkers(obstacles);
        placeLabels(obstacles);
    }

    /** Where the heading, legend, buttons and panel cover the map, in viewport coordinates. */
    private List<LabelPlacer.Box> chromeBoxes() {
        List<LabelPlacer.Box> boxes = new ArrayList<>();
        for (Node node : List.of(heading, legend, controls, panel)) {
            if (node.isVisible() && node.getScene() != null) {
                Bounds b = viewport.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                if (b != null && b.getWidth() > 0) {
                    boxes.add(new LabelPlacer.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
                }
            }
        }
        return boxes;
    }

    /**
     * Shows a marker per visible cluster. Markers that stay on screen are only moved, others go back to a pool:
     * re-adding every node on every frame would restyle them all.
     */
    private void placeMarkers(List<LabelPlacer.Box> obstacles) {
        List<PinClusters.Cluster<MapModel.Location>> visible = model.visibleClusters();
        String highlighted = model.highlightedCaseProperty().get();
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
            configureMarker(marker, cluster, highlighted);
            double x = model.toScreenX(cluster.x());
            double y = model.toScreenY(cluster.y());
            double size = MapModel.CLUSTER_RADIUS;
            marker.resizeRelocate(x - size / 2, y - size / 2, size, size);
            double dot = ((Circle) marker.getChildren().get(0)).getRadius();
            obstacles.add(LabelPlacer.Box.centredOn(x, y, 2 * dot, 2 * dot));
        }
        if (!activeMarkers.isEmpty()) {
            pinLayer.getChildren().removeAll(activeMarkers.values());
            markerPool.addAll(activeMarkers.values());
        }
        pinLayer.getChildren().addAll(fresh);
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
        marker.setPrefSize(MapModel.CLUSTER_RADIUS, MapModel.CLUSTER_RADIUS);
        marker.setPickOnBounds(true); // the whole 56 px square answers a fingertip, not only the dot
        marker.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                e.consume();
                @SuppressWarnings("unchecked")
                PinClusters.Cluster<MapModel.Location> cluster =
                        (PinClusters.Cluster<MapModel.Location>) marker.getUserData();
                if (cluster != null) {
                    openCluster(cluster);
                }
            }
        });
        return marker;
    }

    private void configureMarker(StackPane marker, PinClusters.Cluster<MapModel.Location> cluster,
                                 String highlighted) {
        List<MapModel.Location> members = cluster.members();
        String signature = members.get(0).key() + "|" + members.size() + "|" + members.get(members.size() - 1).key()
                + "|" + highlighted;
        marker.setUserData(cluster);
        if (signature.equals(marker.getProperties().get("signature"))) {
            return; // the same pins as last frame (a drag, or a pinch that moved no pin in or out): only move it
        }
        marker.getProperties().put("signature", signature);
        List<CaseStudy> cases = cases(cluster);
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
        double radius = several ? Math.min(26, 17 + 3 * Math.log(cases.size()) / Math.log(2)) : 12;
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

    private static List<CaseStudy> cases(PinClusters.Cluster<MapModel.Location> cluster) {
        if (cluster.single()) {
            return cluster.members().get(0).cases();
        }
        // keyed by id: hashing whole case records (texts, media, sources) on every pinch frame is slow
        Map<String, CaseStudy> cases = new java.util.LinkedHashMap<>();
        cluster.members().forEach(l -> l.cases().forEach(c -> cases.putIfAbsent(c.id(), c)));
        return List.copyOf(cases.values());
    }

    /** Country names, biggest countries first, each only where it fits on its country and hides nothing. */
    private void placeLabels(List<LabelPlacer.Box> obstacles) {
        double s = model.scale();
        String language = context.i18n().language();
        Content content = model.content();
        List<LabelPlacer.Candidate<MapModel.MapCountry>> candidates = new ArrayList<>();
        List<MapModel.MapCountry> byArea = new ArrayList<>(model.countries());
        byArea.sort((a, b) -> Double.compare(b.area(), a.area()));
        for (MapModel.MapCountry country : byArea) {
            if (country.code() == null) {
                continue; // an area the name table does not know (e.g. Somaliland): drawn, not named
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
        labelLayer.getChildren().removeIf(n -> !shown.contains(n));
        shown.removeAll(labelLayer.getChildren());
        labelLayer.getChildren().addAll(shown);
    }

    private Label newLabel(String code) {
        I18n i18n = context.i18n();
        Label label = new Label();
        label.setId("map-label-" + code);
        label.getStyleClass().add("map-label");
        label.setAlignment(Pos.CENTER);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> model.content().countryName(code, i18n.language()), i18n.languageProperty()));
        return label;
    }

    // ---- gestures ----

    private void installGestures() {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            stopMotion();
            lastX = e.getX();
            lastY = e.getY();
            lastTime = System.nanoTime();
            velocityX = 0;
            velocityY = 0;
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pinching) {
                // two fingers zoom; remember where the first one is, so lifting the other does not make a jump
                lastX = e.getX();
                lastY = e.getY();
                lastTime = System.nanoTime();
                velocityX = 0;
                velocityY = 0;
                return;
            }
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            long now = System.nanoTime();
            double dt = Math.max(1, (now - lastTime) / 1e6);
            // a smoothed finger speed in px/ms, for the glide after release
            velocityX = 0.7 * (dx / dt) + 0.3 * velocityX;
            velocityY = 0.7 * (dy / dt) + 0.3 * velocityY;
            lastX = e.getX();
            lastY = e.getY();
            lastTime = now;
            model.panBy(dx, dy);
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            boolean recent = (System.nanoTime() - lastTime) / 1e6 < 80;
            if (!e.isStillSincePress() && !pinching && recent && Math.hypot(velocityX, velocityY) > 0.15) {
                glide(velocityX, velocityY);
            }
        });
        viewport.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            double x = e.getX();
            double y = e.getY();
            if (e.getClickCount() >= 2) {
                singleTap.stop();
                flyZoomAt(2, x, y);
            } else {
                singleTap.setOnFinished(done -> tapAt(x, y));
                singleTap.playFromStart();
            }
        });
        viewport.setOnZoomStarted(e -> {
            pinching = true;
            stopMotion();
        });
        viewport.setOnZoom(e -> {
            model.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        viewport.setOnZoomFinished(e -> pinching = false);
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            // the mouse wheel zooms; a finger's scroll events are left to the drag that pans
            if (e.getTouchCount() == 0 && !e.isInertia() && !e.isDirect() && e.getDeltaY() != 0) {
                stopMotion();
                model.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
                e.consume();
            }
        });
    }

    private void glide(double vx, double vy) {
        inertia = new AnimationTimer() {
            private long previous = -1;
            private double x = vx;
            private double y = vy;

            @Override
            public void handle(long now) {
                if (previous < 0) {
                    previous = now;
                    return;
                }
                double dt = (now - previous) / 1e6;
                previous = now;
                double beforeX = model.translateX();
                double beforeY = model.translateY();
                model.panBy(x * dt, y * dt);
                double decay = Math.exp(-dt / 325);
                x *= decay;
                y *= decay;
                boolean stuck = beforeX == model.translateX() && beforeY == model.translateY();
                if (Math.hypot(x, y) < 0.02 || stuck) {
                    stop();
                }
            }
        };
        inertia.start();
    }

    private void stopMotion() {
        if (inertia != null) {
            inertia.stop();
            inertia = null;
        }
        if (flight != null) {
            flight.stop();
            flight = null;
        }
    }

    private void flyZoom(double factor) {
        flyZoomAt(factor, model.viewportWidth() / 2, model.viewportHeight() / 2);
    }

    private void flyZoomAt(double factor, double sx, double sy) {
        double s = Math.max(model.minScale(), Math.min(model.maxScale(), model.scale() * factor));
        double wx = model.toWorldX(sx);
        double wy = model.toWorldY(sy);
        double[] t = model.clamp(s, sx - wx * s, sy - wy * s);
        flyTo(s, t[0], t[1]);
    }

    /** Moves the view smoothly: the scale changes geometrically, the centre in a straight line. */
    private void flyTo(double s1, double tx1, double ty1) {
        stopMotion();
        double w = model.viewportWidth();
        double h = model.viewportHeight();
        double s0 = model.scale();
        double cx0 = (w / 2 - model.translateX()) / s0;
        double cy0 = (h / 2 - model.translateY()) / s0;
        double cx1 = (w / 2 - tx1) / s1;
        double cy1 = (h / 2 - ty1) / s1;
        flight = new Transition() {
            {
                setCycleDuration(FLY);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                double s = s0 * Math.pow(s1 / s0, f);
                double cx = cx0 + (cx1 - cx0) * f;
                double cy = cy0 + (cy1 - cy0) * f;
                model.setView(s, w / 2 - cx * s, h / 2 - cy * s);
            }
        };
        flight.setOnFinished(e -> model.setView(s1, tx1, ty1));
        flight.play();
    }

    private void resetView(boolean animate) {
        closePanel();
        model.highlightedCaseProperty().set(null);
        if (animate) {
            double s = model.minScale();
            flyTo(s, model.viewportWidth() / 2, model.viewportHeight() / 2);
            flight.setOnFinished(e -> model.startView());
        } else {
            stopMotion();
            model.startView();
        }
    }

    // ---- taps: pins, clusters, countries ----

    private void tapAt(double x, double y) {
        MapModel.MapCountry country = model.countryAt(x, y);
        if (country == null || country.code() == null) {
            closePanel();
            return;
        }
        openCountry(country);
    }

    private void openCluster(PinClusters.Cluster<MapModel.Location> cluster) {
        List<CaseStudy> cases = cases(cluster);
        if (cases.size() == 1) {
            openCard(cases.get(0), cluster.members().get(0));
            return;
        }
        I18n i18n = context.i18n();
        Button zoom = null;
        if (!cluster.single() && model.scale() < model.maxScale()) {
            zoom = TouchButton.create("map-list-zoom", "mdi2m-magnify-plus-outline", i18n.text("map.list.zoom"));
            zoom.getStyleClass().add("map-secondary-button");
            List<double[]> points = cluster.members().stream().map(l -> new double[] {l.x(), l.y()}).toList();
            zoom.setOnAction(e -> {
                closePanel();
                double[] view = model.viewFitting(points, 120, MapModel.MAX_ZOOM, 0);
                flyTo(view[0], view[1], view[2]);
            });
        }
        openList(i18n.text("map.list.here", cases.size()), cases, zoom);
    }

    private void openCountry(MapModel.MapCountry country) {
        I18n i18n = context.i18n();
        List<CaseStudy> cases = model.casesOf(country.code());
        StringBinding name = Bindings.createStringBinding(
                () -> model.content().countryName(country.code(), i18n.language()), i18n.languageProperty());
        // the pattern follows the UI strings, the name the language: both must be current, whichever changes first
        StringBinding pattern = i18n.text(cases.isEmpty() ? "map.list.none" : "map.list.country");
        StringBinding title = Bindings.createStringBinding(
                () -> new java.text.MessageFormat(pattern.get(), Locale.ROOT).format(new Object[] {name.get()}),
                pattern, name);
        openList(title, cases, null);
        selectCountry(country.key());
    }

    private void selectCountry(String key) {
        if (selectedCountry != null && countryNodes.containsKey(selectedCountry)) {
            countryNodes.get(selectedCountry).getStyleClass().remove("map-country-selected");
        }
        selectedCountry = key;
        if (key != null && countryNodes.containsKey(key)) {
            countryNodes.get(key).getStyleClass().add("map-country-selected");
        }
    }

    private void openList(StringBinding title, List<CaseStudy> cases, Button extra) {
        I18n i18n = context.i18n();
        Label heading = new Label();
        heading.setId("map-list-heading");
        heading.getStyleClass().add("map-panel-heading");
        heading.textProperty().bind(title);
        heading.setWrapText(true);
        VBox items = new VBox(12);
        items.setId("map-list");
        for (CaseStudy c : cases) {
            Button item = new Button();
            item.setId("map-list-" + c.id());
            item.getStyleClass().add("map-list-item");
            item.textProperty().bind(i18n.text(c.title()));
            item.setWrapText(true);
            item.setMaxWidth(Double.MAX_VALUE);
            item.setMinHeight(64);
            item.setAlignment(Pos.CENTER_LEFT);
            item.setOnAction(e -> openCase(c));
            items.getChildren().add(item);
        }
        ScrollPane scroller = new ScrollPane(items);
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("map-list-scroller");
        scroller.setMaxHeight(Math.max(200, model.viewportHeight() - 340));
        VBox.setVgrow(scroller, Priority.ALWAYS);
        panel.getChildren().setAll(panelTop(heading), scroller);
        if (extra != null) {
            panel.getChildren().add(extra);
        }
        showPanel();
    }

    private void openCard(CaseStudy c, MapModel.Location at) {
        I18n i18n = context.i18n();
        Content content = model.content();
        Label where = new Label();
        where.setId("map-card-place");
        where.getStyleClass().add("map-card-place");
        where.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(at.place().name()) + " · "
                + content.countryName(at.place().country(), i18n.language()), i18n.languageProperty()));
        StringBinding title = i18n.text(c.title());
        StringBinding theme = language(l -> content.label(content.exhibition().themes(), c.theme(), l));
        Cover cover = new Cover(images, c.cover() == null ? null : content.resolve(c.cover().file()),
                PANEL_WIDTH - 56, (PANEL_WIDTH - 56) / 1.6, title, theme, content.cases().indexOf(c));
        cover.setId("map-card-cover");
        Label titleLabel = new Label();
        titleLabel.setId("map-card-title");
        titleLabel.getStyleClass().add("map-card-title");
        titleLabel.setWrapText(true);
        titleLabel.textProperty().bind(title);
        Label summary = new Label();
        summary.setId("map-card-summary");
        summary.getStyleClass().add("map-card-summary");
        summary.setWrapText(true);
        summary.setMaxHeight(5 * 34);
        summary.textProperty().bind(i18n.text(c.summary()));
        Button open = TouchButton.create("map-card-open", "mdi2a-arrow-right", i18n.text("map.card.open"));
        open.getStyleClass().add("map-open-button");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> openCase(c));
        panel.getChildren().setAll(panelTop(where), cover, titleLabel, summary, open);
        model.highlightedCaseProperty().set(c.id()); // the card's pins and arcs light up: which pin is this card's
        showPanel();
    }

    private HBox panelTop(Label heading) {
        Button close = TouchButton.create("map-panel-close", "mdi2c-close", context.i18n().text("map.close"));
        close.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        close.getStyleClass().add("map-round-button");
        close.setMinSize(64, 64);
        close.setOnAction(e -> closePanel());
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(16, heading, close);
        top.setAlignment(Pos.TOP_LEFT);
        return top;
    }

    private void showPanel() {
        panel.setVisible(true);
        root.applyCss();
        root.layout();
        refresh();
    }

    private void closePanel() {
        singleTap.stop();
        panel.setVisible(false);
        panel.getChildren().clear();
        selectCountry(null);
        model.highlightedCaseProperty().set(null);
        refresh();
    }

    private void openCase(CaseStudy c) {
        Navigator navigator = context.navigator();
        navigator.show(ScreenName.CASES, c.id());
    }

    /** From a case's detail: its places centred and lit, its card open. */
    private void showCase(String caseId) {
        CaseStudy c = model.content().caseStudy(caseId).orElse(null);
        if (c == null) {
            LOG.log(Level.WARNING, "the map was asked to show case \"" + caseId + "\", which the content lacks");
            return;
        }
        model.highlightedCaseProperty().set(c.id());
        List<MapModel.Location> places = model.locationsOf(c);
        if (places.isEmpty()) {
            return;
        }
        openCard(c, places.get(0));
        List<double[]> points = places.stream().map(l -> new double[] {l.x(), l.y()}).toList();
        double[] view = model.viewFitting(points, 140, 4, PANEL_WIDTH + 64);
        if (root.getScene() == null || model.viewportWidth() <= 0) {
            model.setView(view[0], view[1], view[2]);
        } else {
            flyTo(view[0], view[1], view[2]);
        }
    }

    private StringBinding language(Function<String, String> text) {
        I18n i18n = context.i18n();
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }

    // ---- for tests and the benchmark ----

    MapModel model() {
        return model;
    }

    List<Problem> basemapProblems() {
        return basemap.problems();
    }

    boolean showingFallbackMap() {
        return basemap.fallback();
    }

    /** Nodes drawn now: countries, arcs, markers and labels. */
    int drawnNodes() {
        return countryLayer.getChildren().size() + arcLayer.getChildren().size() + pinLayer.getChildren().size()
                + labelLayer.getChildren().size();
    }

    int drawnMarkers() {
        return pinLayer.getChildren().size();
    }

    int drawnLabels() {
        return labelLayer.getChildren().size();
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
        resetView(false);
    }
}
