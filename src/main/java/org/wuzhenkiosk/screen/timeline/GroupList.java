package org.wuzhenkiosk.screen.timeline;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Group;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;

/** What a badge holds: the events of a busy period as a list to tap, and a way to zoom in on the period. */
final class GroupList {

    /** A row's width in design px, three side by side on a landscape screen; on a portrait one a row is as wide
     * as the sheet. */
    static final double ROW_WIDTH = 540;
    private final TimelineModel model;
    private final I18n i18n;
    private final BottomSheet sheet;
    private final TilePane rows = new TilePane();
    private final Label heading = new Label();
    private final Button zoomIn;
    private final ScrollPane scroller = new ScrollPane();

    GroupList(TimelineModel model, I18n i18n, FrameClock frames) {
        this.model = model;
        this.i18n = i18n;
        sheet = new BottomSheet("event-group", i18n, frames, 640, model::close);
        heading.setId("event-group-heading");
        heading.getStyleClass().add("tl-group-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Group group = model.openGroupProperty().get();
            if (group == null) {
                return "";
            }
            String period = Dates.period(group.events().get(0).date().start(),
                    group.events().get(group.events().size() - 1).date().start(), i18n.language());
            return i18n.get("timeline.group", group.events().size(), period);
        }, model.openGroupProperty(), i18n.languageProperty(), i18n.text("timeline.group")));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        zoomIn = TouchButton.create("event-group-zoom", "mdi2m-magnify-plus-outline", i18n.text("timeline.zoomHere"));
        zoomIn.setOnAction(e -> {
            Group group = model.openGroupProperty().get();
            if (group != null) {
                model.zoomInto(group);
            }
        });
        sheet.setHeader(heading, grow, zoomIn);
        rows.setId("event-group-rows");
        rows.setMinWidth(0); // rows as wide as the sheet must not hold the sheet at that width once the window narrows
        rows.getStyleClass().add("tl-group-rows");
        Units.follow(sheet, units -> sizeRows());
        sheet.portraitProperty().addListener((obs, old, now) -> sizeRows());
        scroller.viewportBoundsProperty().addListener((obs, old, now) -> sizeRows());
        scroller.setContent(rows);
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false); // Tab goes to the rows, not to their scroller
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("scroller");
        sheet.setBody(scroller);
        model.openGroupProperty().addListener((obs, old, now) -> show(now));
    }

    Node view() {
        return sheet;
    }

    /** On a portrait screen the sheet's width (never wider: the rows' width would widen the sheet past it). */
    private double rowWidth() {
        double designed = Units.of(sheet).px(ROW_WIDTH);
        double viewport = scroller.getViewportBounds().getWidth();
        return sheet.portraitProperty().get() && viewport > designed ? Math.floor(viewport) : designed;
    }

    private void sizeRows() {
        // the sheet is as tall as its rows in the columns they take: one on a portrait screen
        rows.setPrefColumns(sheet.portraitProperty().get() ? 1 : 3);
        double width = rowWidth();
        if (Math.abs(rows.getPrefTileWidth() - width) >= 1) {
            rows.setPrefTileWidth(width);
            rows.getChildren().forEach(row -> ((Region) row).setPrefWidth(width));
        }
    }

    private void show(Group group) {
        if (group == null) {
            sheet.hide();
            rows.getChildren().clear();
            return;
        }
        zoomIn.setVisible(model.zoom() != Zoom.MONTH);
        rows.getChildren().clear();
        for (TimelineEvent event : group.events()) {
            rows.getChildren().add(row(event));
        }
        scroller.setVvalue(0);
        sheet.open();
    }

    private Node row(TimelineEvent event) {
        Label date = new Label();
        date.getStyleClass().add("tl-card-date");
        date.textProperty().bind(Bindings.createStringBinding(() -> Dates.of(event, i18n.language()),
                i18n.languageProperty()));
        Label title = new Label();
        title.getStyleClass().add("tl-card-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(event.title()));
        VBox words = new VBox(date, title);
        words.getStyleClass().add("tl-group-words");
        Region bar = new Region();
        bar.getStyleClass().addAll("tl-card-bar", "tl-group-bar");
        HBox row = new HBox(bar, words);
        row.setId("group-row-" + event.id());
        row.getStyleClass().addAll("tl-card", "tl-group-row", "kind-" + model.hue(event.kind()));
        row.setPrefWidth(rowWidth());
        row.setMinHeight(model.metrics().cardHeight());
        row.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getClickCount() == 1) {
                model.open(event);
            }
            e.consume();
        });
        Accessible.button(row, Accessible.joined(i18n.text("list.separator"), date.textProperty(),
                title.textProperty()), () -> model.open(event));
        return row;
    }
}
