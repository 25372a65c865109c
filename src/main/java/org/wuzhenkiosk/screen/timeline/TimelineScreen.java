package org.wuzhenkiosk.screen.timeline;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.TimelineEvent;

/** Milestones in year columns that a visitor drags sideways. */
public final class TimelineScreen implements KioskScreen {

    private final VBox root = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final HBox years = new HBox();
    private final KioskContext context;

    public TimelineScreen(KioskContext context) {
        this.context = context;
        root.setId("timeline-screen");
        root.getStyleClass().addAll("screen", "timeline-screen");
        Label heading = new Label();
        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(context.i18n().text("timeline.heading"));
        years.getStyleClass().add("timeline-years");
        years.setId("timeline-years");
        scroller.setContent(years);
        scroller.setPannable(true);
        scroller.setFitToHeight(true);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("timeline-scroller");
        scroller.setId("timeline-scroller");
        javafx.scene.layout.VBox.setVgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
        root.getChildren().addAll(heading, scroller);
        context.content().addListener((obs, old, now) -> rebuild(now));
        rebuild(context.currentContent());
    }

    private void rebuild(Content content) {
        years.getChildren().clear();
        if (content == null) {
            return;
        }
        for (Map.Entry<Integer, List<TimelineEvent>> year : new TimelineModel(content).byYear().entrySet()) {
            Label yearLabel = new Label(String.valueOf(year.getKey()));
            yearLabel.getStyleClass().add("timeline-year");
            VBox column = new VBox(16);
            column.getStyleClass().add("timeline-column");
            column.getChildren().add(yearLabel);
            year.getValue().forEach(event -> column.getChildren().add(card(content, event)));
            years.getChildren().add(column);
        }
    }

    private Node card(Content content, TimelineEvent event) {
        I18n i18n = context.i18n();
        Label date = new Label();
        date.getStyleClass().add("event-date");
        date.textProperty().bind(Bindings.createStringBinding(() -> TimelineModel.formatDate(event, i18n.language()),
                i18n.languageProperty()));
        Label kind = new Label();
        kind.getStyleClass().add("chip");
        kind.textProperty().bind(Bindings.createStringBinding(
                () -> content.label(content.exhibition().eventKinds(), event.kind(), i18n.language()),
                i18n.languageProperty()));
        Label title = new Label();
        title.getStyleClass().add("event-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(event.title()));
        Label summary = new Label();
        summary.getStyleClass().add("event-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(i18n.text(event.summary()));
        HBox chips = new HBox(12, kind);
        chips.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, date, title, summary, chips);
        card.getStyleClass().add("event-card");
        card.setId("event-" + event.id());
        return card;
    }

    @Override
    public ScreenName name() {
        return ScreenName.TIMELINE;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        scroller.setHvalue(0);
    }
}
