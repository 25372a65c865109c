package org.wuzhenkiosk.screen.map;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.TouchButton;

/**
 * The side panel over the map's right edge: a pin's preview card, the list of cases at a cluster, or a
 * country's cases. Each case opens its detail on the cases screen; the card lights its case on the map.
 */
final class MapPanel {

    static final double WIDTH = 600;
    private final MapModel model;
    private final KioskContext context;
    private final ImageCache images;
    private final MapMotion motion;
    private final Runnable close;
    private final Runnable shown;
    private final VBox view = new VBox();
    private Shown showing;

    /**
     * @param close what the close button (and a zoom to a cluster) does: the screen closes the panel
     * @param shown runs once the panel is visible with new content, to lay the map's names out around it
     */
    MapPanel(MapModel model, KioskContext context, ImageCache images, MapMotion motion, Runnable close,
             Runnable shown) {
        this.model = model;
        this.context = context;
        this.images = images;
        this.motion = motion;
        this.close = close;
        this.shown = shown;
        view.setId("map-panel");
        view.getStyleClass().addAll("panel", "map-panel");
        view.setVisible(false);
        view.setPrefWidth(WIDTH);
        view.setMaxWidth(WIDTH);
        view.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(view, Pos.TOP_RIGHT);
        StackPane.setMargin(view, new Insets(28, 32, 28 + 72 + 20, 32)); // ends above the buttons
    }

    Node view() {
        return view;
    }

    /** Hides the panel and lets go of what it showed. */
    void hide() {
        view.setVisible(false);
        view.getChildren().clear();
        showing = null;
    }

    /**
     * What the panel shows, by keys, so that Back can open it again: a case's card at a place, the list of a
     * cluster's places, or a country's list.
     */
    record Shown(String caseId, String locationKey, List<String> clusterKeys, String countryKey) {
    }

    /** What shows now, or null when the panel is closed. */
    Shown showing() {
        return view.isVisible() ? showing : null;
    }

    /** Opens again what {@link #showing()} said, as far as the content still has it; false when it has not. */
    boolean reopen(Shown what) {
        if (what.countryKey() != null) {
            MapModel.MapCountry country = model.countries().stream().filter(c -> c.key().equals(what.countryKey()))
                    .findFirst().orElse(null);
            if (country != null) {
                openCountry(country);
            }
            return country != null;
        }
        List<MapModel.Location> places = model.locations().stream()
                .filter(l -> what.clusterKeys().contains(l.key()) || l.key().equals(what.locationKey())).toList();
        if (places.isEmpty()) {
            return false;
        }
        if (what.caseId() == null) {
            openCluster(new PinClusters.Cluster<>(places.get(0).x(), places.get(0).y(), places));
            return true;
        }
        CaseStudy c = model.content().caseStudy(what.caseId()).orElse(null);
        if (c != null) {
            openCard(c, places.get(0));
        }
        return c != null;
    }

    /** A tapped pin or cluster: the card of its one case, or the list of its cases with a way to zoom in. */
    void openCluster(PinClusters.Cluster<MapModel.Location> cluster) {
        List<CaseStudy> cases = MapModel.casesIn(cluster);
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
                close.run();
                double[] view = model.viewFitting(points, 120, MapModel.MAX_ZOOM, 0);
                motion.flyTo(view[0], view[1], view[2]);
            });
        }
        openList(i18n.text("map.list.here", cases.size()), cases, zoom);
        showing = new Shown(null, null, cluster.members().stream().map(MapModel.Location::key).toList(), null);
    }

    /** A tapped country: the cases it takes part in (or a line saying there are none), the country lit. */
    void openCountry(MapModel.MapCountry country) {
        I18n i18n = context.i18n();
        List<CaseStudy> cases = model.casesOf(country.code());
        StringBinding name = Bindings.createStringBinding(
                () -> model.content().countryName(country.code(), i18n.language()), i18n.languageProperty());
        // the pattern follows the UI strings, the name the language: both must be current, whichever changes first
        StringBinding pattern = i18n.text(cases.isEmpty() ? "map.list.none" : "map.list.country");
        StringBinding title = Bindings.createStringBinding(
                () -> new MessageFormat(pattern.get(), Locale.ROOT).format(new Object[] {name.get()}),
                pattern, name);
        openList(title, cases, null);
        showing = new Shown(null, null, List.of(), country.key());
        model.highlightCountry(country.key());
    }

    /** A case's preview card at one of its places: where, cover, title, summary and the way to the case. */
    void openCard(CaseStudy c, MapModel.Location at) {
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
                WIDTH - 56, (WIDTH - 56) / 1.6, title, theme, content.cases().indexOf(c));
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
        view.getChildren().setAll(top(where), cover, titleLabel, summary, open);
        if (at.place().editorial()) {
            Label area = new Label();
            area.setId("map-card-area");
            area.getStyleClass().add("map-card-area");
            area.setWrapText(true);
            area.textProperty().bind(i18n.text("map.card.area"));
            view.getChildren().add(1, area);
        }
        model.highlightCase(c.id()); // the card's pins and arcs light up: which pin is this card's
        showing = new Shown(c.id(), at.key(), List.of(), null);
        show();
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
        scroller.getStyleClass().add("scroller");
        scroller.setMaxHeight(Math.max(200, model.viewportHeight() - 340));
        VBox.setVgrow(scroller, Priority.ALWAYS);
        view.getChildren().setAll(top(heading), scroller);
        if (extra != null) {
            view.getChildren().add(extra);
        }
        show();
    }

    private HBox top(Label heading) {
        Button closeButton = TouchButton.create("map-panel-close", "mdi2c-close", context.i18n().text("map.close"));
        closeButton.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        closeButton.getStyleClass().add("map-round-button");
        closeButton.setMinSize(64, 64);
        closeButton.setOnAction(e -> close.run());
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(16, heading, closeButton);
        top.setAlignment(Pos.TOP_LEFT);
        return top;
    }

    private void show() {
        view.setVisible(true);
        shown.run();
    }

    private void openCase(CaseStudy c) {
        context.navigator().show(ScreenName.CASES, c.id());
    }

    private StringBinding language(Function<String, String> text) {
        I18n i18n = context.i18n();
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }
}
