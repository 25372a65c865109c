package org.wuzhenkiosk.screen.map;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Spotlight;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.Units;

/**
 * The world map of cooperation: countries in the kiosk's palette (partner countries highlighted), a pin for every
 * case place (merged into counted clusters where they would crowd), calm great-circle arcs between a case's
 * places, country names that never collide. Pinch, drag with inertia, double-tap and the wheel move the view;
 * a tap opens a preview card, a list of cases, or a country's cases.
 */
public final class MapScreen implements KioskScreen {

    private static final System.Logger LOG = System.getLogger(MapScreen.class.getName());

    private final BasemapLoader.Choice basemap;
    private final StackPane root = new StackPane();
    private final Pane viewport = new Pane();
    private final MapModel model;
    private final MapMotion motion;
    private final CountryLayer countries;
    private final ArcLayer arcs;
    private final LabelLayer labels;
    private final PinLayer pins;
    private final MapChrome chrome;
    private final MapPanel panel;
    private final MapGestures gestures;
    private final KioskContext context;
    private boolean panelOpen;
    /** A guided tour's view asked for before the map had its size: taken once it has. */
    private Runnable pendingView;

    public MapScreen(KioskContext context, ImageCache images, BasemapLoader.Choice basemap) {
        this.basemap = basemap;
        this.context = context;
        basemap.problems().forEach(p -> LOG.log(p.isError() ? Level.ERROR : Level.WARNING, p.toString()));
        if (basemap.fallback()) {
            LOG.log(Level.ERROR, "the configured map file has errors; the bundled world map is drawn instead");
        }
        root.setId("map-screen");
        root.getStyleClass().add("map-screen");
        Units.stylesheet(root, MapScreen.class, "map.css");

        model = new MapModel(basemap.basemap(), context.currentContent());
        motion = new MapMotion(model, context.frames());
        countries = new CountryLayer(model);
        arcs = new ArcLayer(model);
        labels = new LabelLayer(model, context.i18n());
        chrome = new MapChrome(context.i18n(), motion, () -> resetView(true));
        panel = new MapPanel(model, context, images, motion, this::closePanel, this::panelShown);
        pins = new PinLayer(model, context.i18n(), panel::openCluster);
        chrome.hideHeadingWhile(panel.overHeadingProperty());

        viewport.setId("map-viewport");
        viewport.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // a map never mirrors
        viewport.getStyleClass().add("map-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        Group world = new Group(countries.view(), arcs.view());
        world.setMouseTransparent(true);
        world.getTransforms().setAll(translate(), scale());
        viewport.getChildren().addAll(world, labels.view(), pins.view());
        root.getChildren().add(viewport);
        root.getChildren().addAll(chrome.nodes());
        root.getChildren().add(panel.view());
        gestures = new MapGestures(viewport, model, motion, context.frames(), this::tapAt);

        model.viewVersionProperty().addListener((obs, old, now) -> refresh());
        viewport.widthProperty().addListener((obs, old, now) -> resized());
        viewport.heightProperty().addListener((obs, old, now) -> resized());
        // pins, names and lines are drawn in the window's own pixels: sized again whenever its unit changes
        Units.follow(root, units -> {
            model.setUnit(units.unit());
            panel.layoutForMap();
            refresh();
        });
        model.highlightedCaseProperty().addListener((obs, old, now) -> {
            arcs.rebuild();
            refresh();
        });
        context.i18n().languageProperty().addListener((obs, old, now) -> refresh());
        context.content().addListener((obs, old, now) -> {
            if (now != null) {
                model.setContent(now);
                closePanel();
                countries.rebuild();
                arcs.rebuild();
                refresh();
            }
        });
        context.navigator().targetProperty().addListener((obs, old, now) -> {
            if (now != null && now.screen() == ScreenName.MAP) {
                showCase(now.id());
            }
        });
        // labels keep clear of the heading, legend and buttons: place them again once those are laid out
        for (Node node : chrome.nodes()) {
            node.boundsInParentProperty().addListener((obs, old, now) -> refresh());
        }
        arcs.rebuild();
        refresh();
    }

    /** The window turned or changed size: the view follows, and an open panel is laid out for the new shape. */
    private void resized() {
        boolean wasPortrait = model.portrait();
        model.setViewport(viewport.getWidth(), viewport.getHeight());
        chrome.setPortrait(model.narrow());
        panel.layoutForMap();
        takePendingView();
        MapPanel.Shown open = panel.showing();
        if (open != null && wasPortrait != model.portrait() && !panel.reopen(open)) {
            closePanel();
        }
    }

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

    /** Draws what the view shows now: line widths for the zoom, then markers, then the names around them. */
    private void refresh() {
        double s = model.scale();
        countries.rescale(s);
        arcs.rescale(s);
        List<LabelPlacer.Box> obstacles = new ArrayList<>(chromeBoxes());
        pins.place(obstacles);
        labels.place(obstacles);
    }

    /** Where the heading, legend, buttons and panel cover the map, in viewport coordinates. */
    private List<LabelPlacer.Box> chromeBoxes() {
        List<Node> covering = new ArrayList<>(chrome.nodes());
        covering.add(panel.view());
        List<LabelPlacer.Box> boxes = new ArrayList<>();
        for (Node node : covering) {
            if (node.isVisible() && node.getScene() != null) {
                Bounds b = viewport.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                if (b != null && b.getWidth() > 0) {
                    boxes.add(new LabelPlacer.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
                }
            }
        }
        return boxes;
    }

    /** A single tap off the pins: a country's cases, or over the sea (or an unnamed area) the panel closes. */
    private void tapAt(double x, double y) {
        MapModel.MapCountry country = model.countryAt(x, y);
        if (country == null || country.code() == null) {
            closePanel();
            return;
        }
        panel.openCountry(country);
    }

    private void panelShown() {
        root.applyCss();
        root.layout();
        refresh();
        if (!panelOpen) {
            panelOpen = true;
            context.navigator().opened(ScreenName.MAP);
        }
    }

    private void closePanel() {
        gestures.cancelTap();
        panel.hide();
        model.clearHighlight();
        refresh();
        if (panelOpen) {
            panelOpen = false;
            context.navigator().closed(ScreenName.MAP);
        }
    }

    private void resetView(boolean animate) {
        closePanel();
        if (animate) {
            motion.flyTo(model.minScale(), model.viewportWidth() / 2, model.viewportHeight() / 2, model::startView);
        } else {
            motion.stop();
            model.startView();
        }
    }

    /** From a case's detail: its places centred and lit, its card open. */
    private void showCase(String caseId) {
        CaseStudy c = model.content().caseStudy(caseId).orElse(null);
        if (c == null) {
            LOG.log(Level.WARNING, "the map was asked to show case \"" + caseId + "\", which the content lacks");
            return;
        }
        model.highlightCase(c.id());
        List<MapModel.Location> places = model.locationsOf(c);
        if (places.isEmpty()) {
            return;
        }
        panel.openCardOnTheRight(c, places.get(0));
        List<double[]> points = places.stream().map(l -> new double[] {l.x(), l.y()}).toList();
        // beside a side panel, or above a sheet (whose height the model knows once it is open)
        double inset = model.portrait() ? 0 : model.px(panel.sideWidth() + 64);
        double[] view = model.viewFitting(points, model.px(140), 4, inset);
        if (root.getScene() == null || model.viewportWidth() <= 0) {
            model.setView(view[0], view[1], view[2]);
        } else {
            motion.flyTo(view[0], view[1], view[2]);
        }
    }

    /**
     * A guided tour's stop: a case's places (or some of them) framed and lit with its arcs, or a spot on the map;
     * no card opens over them.
     */
    @Override
    public boolean spotlight(Spotlight spotlight) {
        closePanel();
        if (spotlight instanceof Spotlight.Area area) {
            pendingView = () -> {
                double[] w = MapModel.world(area.lon(), area.lat());
                double s = model.minScale() * area.zoom();
                flyTo(new double[] {s, model.viewportWidth() / 2 - w[0] * s, model.viewportHeight() / 2 - w[1] * s});
            };
        } else if (spotlight instanceof Spotlight.Item item) {
            CaseStudy c = model.content().caseStudy(item.id()).orElse(null);
            if (c == null) {
                pendingView = null;
                return false;
            }
            model.highlightCase(c.id());
            List<double[]> points = model.locationsOf(c).stream()
                    .filter(l -> item.places().isEmpty() || item.places().contains(l.place().id()))
                    .map(l -> new double[] {l.x(), l.y()}).toList();
            pendingView = points.isEmpty() ? null : () -> flyTo(model.viewFitting(points, model.px(140), 4, 0));
        }
        takePendingView();
        return true;
    }

    private void takePendingView() {
        if (pendingView != null && model.viewportWidth() > 0 && model.viewportHeight() > 0) {
            Runnable view = pendingView;
            pendingView = null;
            view.run();
        }
    }

    private void flyTo(double[] view) {
        if (root.getScene() == null) {
            model.setView(view[0], view[1], view[2]);
        } else {
            motion.flyTo(view[0], view[1], view[2]);
        }
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
        return countries.drawnCountries() + arcs.drawnArcs() + pins.drawnMarkers() + labels.drawnLabels();
    }

    int drawnMarkers() {
        return pins.drawnMarkers();
    }

    int drawnLabels() {
        return labels.drawnLabels();
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

    /** How the map looks now: its view and what the panel shows. */
    record View(double scale, double translateX, double translateY, MapPanel.Shown panel)
            implements KioskScreen.State {
    }

    @Override
    public KioskScreen.State snapshot() {
        return new View(model.scale(), model.translateX(), model.translateY(), panel.showing());
    }

    @Override
    public void restore(KioskScreen.State state) {
        if (!(state instanceof View view)) {
            closePanel();
            return;
        }
        motion.stop();
        model.setView(view.scale(), view.translateX(), view.translateY());
        if (view.panel() == null || !panel.reopen(view.panel())) {
            closePanel();
        }
    }

    @Override
    public void closeOpen() {
        closePanel();
    }
}
