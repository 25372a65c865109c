package org.wuzhenkiosk.screen.map;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
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
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.WordsScroller;

/**
 * The panel over the map: a pin's preview card, the list of cases at a cluster, or a country's cases. On a wide map
 * it docks on the side away from what was touched, the side that hides fewer of the lit places; on a portrait map
 * it rises from the bottom as a sheet over the lower part, and the map moves what was touched above it. Each case
 * opens its detail on the cases screen; the card lights its case on the map.
 */
final class MapPanel {

    /** The side panel's width, in design px. */
    static final double WIDTH = 600;
    /** A side panel on a map lower than this (design px: reach mode's lower part) is wider, its cover beside. */
    static final double LOW_MAP = 800;
    static final double LOW_WIDTH = 900;
    /** The card's cover beside its text in a low side panel, in design px. */
    static final double LOW_COVER = 300;
    /** Space between the panel and the edge of the map it docks on, in design px. */
    static final double EDGE = 32;
    /** Where the panel ends above the map's bottom edge: clear of the zoom buttons, in design px. */
    static final double ABOVE_BUTTONS = 28 + 72 + 20;
    /** The card's cover beside its text in a portrait sheet, in design px. */
    static final double SHEET_COVER = 380;
    /** The height of a side panel's picture (design px), as wide as the card inside its padding. */
    private static final double FULL_COVER = (WIDTH - 56) / 1.6;
    private final MapModel model;
    private final KioskContext context;
    private final ImageCache images;
    private final MapMotion motion;
    private final Runnable close;
    private final Runnable shown;
    private final VBox view = new VBox();
    private final ReadOnlyBooleanWrapper dockedLeft = new ReadOnlyBooleanWrapper(this, "dockedLeft");
    private final ReadOnlyBooleanWrapper overHeading = new ReadOnlyBooleanWrapper(this, "overHeading");
    private Shown showing;
    /** The touched point on screen that the sheet must leave in sight, or null. */
    private double[] touched;
    private boolean sheet;
    /** A side panel on a low map: wider, the card's cover beside its words. */
    private boolean low;

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
        view.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(view, Pos.TOP_RIGHT);
        layoutForMap();
    }

    /**
     * Sizes the panel for the map as it is now, in the window's pixels: a side panel on a wide map, a sheet across
     * the bottom of a portrait one. Run again when the map changes size or unit.
     */
    void layoutForMap() {
        sheet = model.portrait();
        low = !sheet && model.viewportHeight() < model.px(LOW_MAP);
        double edge = model.px(EDGE);
        double width = sheet ? Math.max(0, model.viewportWidth() - 2 * edge) : model.px(sideWidth());
        view.setPrefWidth(width);
        view.setMaxWidth(width);
        StackPane.setMargin(view, new Insets(model.px(28), edge, model.px(ABOVE_BUTTONS), edge));
        if (sheet) {
            StackPane.setAlignment(view, Pos.BOTTOM_CENTER);
        } else if (StackPane.getAlignment(view) == Pos.BOTTOM_CENTER) {
            StackPane.setAlignment(view, Pos.TOP_RIGHT);
        }
    }

    /** A side panel's width in design px: wider on a low map, whose card sets its cover beside the words. */
    double sideWidth() {
        return low ? LOW_WIDTH : WIDTH;
    }

    /** True while the panel is a sheet across the bottom of a portrait map. */
    boolean sheet() {
        return sheet;
    }

    /** True while the panel is open on the map's left edge (as seen: the map never mirrors). */
    ReadOnlyBooleanProperty dockedLeftProperty() {
        return dockedLeft.getReadOnlyProperty();
    }

    /** True while the panel is open over the heading: on the left, or on the right in a right-to-left language. */
    ReadOnlyBooleanProperty overHeadingProperty() {
        return overHeading.getReadOnlyProperty();
    }

    private void dock(boolean left) {
        layoutForMap();
        if (sheet) {
            dockedLeft.set(false);
            overHeading.set(false);
            return;
        }
        // the panel's side is chosen on the map, which never mirrors; the screen around it does (Arabic)
        boolean mirrored = view.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        StackPane.setAlignment(view, left != mirrored ? Pos.TOP_LEFT : Pos.TOP_RIGHT);
        dockedLeft.set(left);
        overHeading.set(left != mirrored);
    }

    /**
     * Docks on the side that leaves the touched point ({@code sx}, {@code sy} on screen) in sight and hides fewer
     * of {@code lit} (the places the panel is about); when both sides do as well, the side away from the point.
     * When either side would hide the point, the panel docks away from it and the map pans it into view.
     */
    private void dockAwayFrom(double sx, double sy, List<MapModel.Location> lit) {
        layoutForMap();
        if (sheet) {
            dock(false);
            touched = new double[] {sx, sy};
            return;
        }
        double w = model.viewportWidth();
        double room = model.clusterRadius() / 2;
        double panel = model.px(EDGE + sideWidth());
        boolean leftHidesTouch = sx < panel + room;
        boolean rightHidesTouch = sx > w - panel - room;
        long hiddenLeft = lit.stream().filter(l -> model.toScreenX(l.x()) < panel + room).count();
        long hiddenRight = lit.stream().filter(l -> model.toScreenX(l.x()) > w - panel - room).count();
        boolean left;
        if (leftHidesTouch != rightHidesTouch) {
            left = rightHidesTouch;
        } else if (hiddenLeft != hiddenRight && !leftHidesTouch) {
            left = hiddenLeft < hiddenRight;
        } else {
            left = sx > w / 2;
        }
        dock(left);
        if (leftHidesTouch && rightHidesTouch && w > panel + 2 * room) {
            // a map too narrow for the panel beside the point: the map slides the point into the room left free
            double free = left ? (panel + w) / 2 : (w - panel) / 2;
            double[] t = model.clamp(model.scale(), model.translateX() + free - sx, model.translateY());
            motion.flyTo(model.scale(), t[0], t[1]);
        }
    }

    Node view() {
        return view;
    }

    /** Hides the panel and lets go of what it showed. */
    void hide() {
        view.setVisible(false);
        view.getChildren().clear();
        dockedLeft.set(false);
        overHeading.set(false);
        showing = null;
        touched = null;
        if (model.coveredBottom() > 0) {
            // the sheet is gone: the world settles back into the whole view (the start view, if it was at it)
            model.setCoveredBottom(0);
            boolean whole = model.scale() <= model.minScale() * 1.0001;
            double[] t = model.clamp(model.scale(), model.translateX(), model.translateY());
            motion.flyTo(model.scale(), t[0], t[1], whole ? model::startView
                    : () -> model.setView(model.scale(), t[0], t[1]));
        }
    }

    /** With the sheet laid out: the world keeps above it, and the touched point moves into sight above it. */
    private void liftOverSheet() {
        double height = view.getHeight() > 0 ? view.getHeight() : view.prefHeight(view.getPrefWidth());
        model.setCoveredBottom(height + model.px(ABOVE_BUTTONS));
        double ty = model.translateY();
        double free = model.viewportHeight() - model.coveredBottom();
        if (touched != null && (touched[1] > free - model.clusterRadius() || touched[1] < 0)) {
            ty += free / 2 - touched[1];
        }
        double[] t = model.clamp(model.scale(), model.translateX(), ty);
        if (Math.abs(t[0] - model.translateX()) > 0.5 || Math.abs(t[1] - model.translateY()) > 0.5) {
            motion.flyTo(model.scale(), t[0], t[1]);
        }
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
        // places at one point (two projects in one city) never split: their list is the end of the way
        double splits = model.splittingScale(cluster.members());
        if (!Double.isNaN(splits)) {
            zoom = TouchButton.create("map-list-zoom", "mdi2m-magnify-plus-outline", i18n.text("map.list.zoom"));
            zoom.getStyleClass().add("map-secondary-button");
            List<double[]> points = cluster.members().stream().map(l -> new double[] {l.x(), l.y()}).toList();
            zoom.setOnAction(e -> {
                close.run();
                double[] view = model.viewFitting(points, model.px(120), MapModel.MAX_ZOOM, 0);
                if (view[0] < splits) { // fitting them all would still show one marker: zoom on until they part
                    double cx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
                    double cy = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
                    double[] t = model.clamp(splits, model.viewportWidth() / 2 - cx * splits,
                            model.viewportHeight() / 2 - cy * splits);
                    view = new double[] {splits, t[0], t[1]};
                }
                motion.flyTo(view[0], view[1], view[2]);
            });
        }
        dockAwayFrom(model.toScreenX(cluster.x()), model.toScreenY(cluster.y()), cluster.members());
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
        dockAwayFrom(model.toScreenX(country.anchorX()), model.toScreenY(country.anchorY()), model.locations().stream()
                .filter(l -> country.code().equals(l.place().country())).toList());
        openList(title, cases, null);
        showing = new Shown(null, null, List.of(), country.key());
        model.highlightCountry(country.key());
    }

    /** A case's preview card at a tapped place, docked away from it and from the case's other places. */
    void openCard(CaseStudy c, MapModel.Location at) {
        dockAwayFrom(model.toScreenX(at.x()), model.toScreenY(at.y()), model.locationsOf(c));
        fillCard(c, at);
    }

    /** A case's card on the right edge, for a view that is about to fit the case's places to the left of it. */
    void openCardOnTheRight(CaseStudy c, MapModel.Location at) {
        dock(false);
        fillCard(c, at);
    }

    private void fillCard(CaseStudy c, MapModel.Location at) {
        fillCard(c, at, 0);
    }

    /** The card itself: where, cover ({@code coverCut} design px lower than designed), title, summary, the way on. */
    private void fillCard(CaseStudy c, MapModel.Location at, double coverCut) {
        I18n i18n = context.i18n();
        Content content = model.content();
        Label where = new Label();
        where.setId("map-card-place");
        where.getStyleClass().add("map-card-place");
        where.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(at.place().name()) + " · "
                + content.countryName(at.place().country(), i18n.language()), i18n.languageProperty()));
        StringBinding title = i18n.text(c.title());
        StringBinding theme = language(l -> content.label(content.exhibition().themes(), c.theme(), l));
        boolean beside = sheet || low;
        double coverWidth = sheet ? SHEET_COVER : low ? LOW_COVER : WIDTH - 56; // design px: the cover sizes itself
        Cover cover = coverCut >= FULL_COVER ? null : new Cover(images, c.cover() == null ? null
                : content.resolve(c.cover().file()), coverWidth, coverWidth / 1.6 - coverCut, title, theme,
                content.cases().indexOf(c));
        if (cover != null) {
            cover.setId("map-card-cover");
        }
        Label titleLabel = new Label();
        titleLabel.setId("map-card-title");
        titleLabel.getStyleClass().add("map-card-title");
        titleLabel.setWrapText(true);
        titleLabel.textProperty().bind(title);
        Label summary = new Label();
        summary.setId("map-card-summary");
        summary.getStyleClass().add("map-card-summary");
        summary.setWrapText(true);
        Units.follow(summary, units -> summary.setMaxHeight(units.fontPx(5 * 34))); // five lines
        summary.textProperty().bind(i18n.text(c.summary()));
        Button open = TouchButton.create("map-card-open", "mdi2a-arrow-right", i18n.text("map.card.open"));
        open.getStyleClass().add("map-open-button");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> openCase(c));
        if (beside) {
            // a portrait sheet (or a low map's panel) is wide and should stay low: the cover beside the words
            VBox text = new VBox(titleLabel, summary);
            text.getStyleClass().add("map-card-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(cover, text);
            row.getStyleClass().add("map-card-row");
            if (low) {
                // a low map's panel has no height to spare: the way on sits beside the place, by the close button
                HBox top = top(where);
                open.setMaxWidth(Region.USE_PREF_SIZE);
                top.getChildren().add(1, open);
                view.getChildren().setAll(top, row);
            } else {
                view.getChildren().setAll(top(where), row, open);
            }
        } else if (cover != null) {
            view.getChildren().setAll(top(where), cover, titleLabel, summary, open);
        } else {
            view.getChildren().setAll(top(where), titleLabel, summary, open); // the words at large text, no picture
        }
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
        if (!beside && coverCut < FULL_COVER && view.getScene() != null) {
            // a long title or summary (Russian) would be cut short: the picture gives up height instead, up to
            // half of it; when that is not enough (the largest text) the card goes without it
            double room = model.viewportHeight() - model.px(28 + ABOVE_BUTTONS);
            double over = view.prefHeight(view.getPrefWidth()) - room;
            if (over > 1) {
                double cut = coverCut + over / model.unit() + 2;
                fillCard(c, at, cut <= FULL_COVER / 2 ? cut : FULL_COVER);
            }
        }
    }

    private void openList(StringBinding title, List<CaseStudy> cases, Button extra) {
        I18n i18n = context.i18n();
        Label heading = new Label();
        heading.setId("map-list-heading");
        heading.getStyleClass().add("map-panel-heading");
        heading.textProperty().bind(title);
        heading.setWrapText(true);
        VBox items = new VBox();
        items.setId("map-list");
        items.getStyleClass().add("map-list");
        for (CaseStudy c : cases) {
            Button item = new Button();
            item.setId("map-list-" + c.id());
            item.getStyleClass().add("map-list-item");
            item.textProperty().bind(i18n.text(c.title()));
            item.setWrapText(true);
            item.setMaxWidth(Double.MAX_VALUE);
            item.setAlignment(Pos.CENTER_LEFT);
            item.setOnAction(e -> openCase(c));
            items.getChildren().add(item);
        }
        ScrollPane scroller = new WordsScroller(items); // each title whole, at any text size
        // a side panel may take the map's height; a sheet keeps the upper part of the map in sight
        double tallest = sheet ? model.viewportHeight() * 0.45 - model.px(ABOVE_BUTTONS) : model.viewportHeight()
                - model.px(340);
        scroller.setMaxHeight(Math.max(model.px(200), tallest));
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
        closeButton.setOnAction(e -> close.run());
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(heading, closeButton);
        top.getStyleClass().add("map-panel-top");
        top.setAlignment(Pos.TOP_LEFT);
        return top;
    }

    private void show() {
        view.setVisible(true);
        shown.run();
        if (sheet) {
            liftOverSheet();
        }
    }

    private void openCase(CaseStudy c) {
        context.navigator().show(ScreenName.CASES, c.id());
    }

    private StringBinding language(Function<String, String> text) {
        I18n i18n = context.i18n();
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }
}
