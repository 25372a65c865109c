package org.wuzhenkiosk.screen.timeline;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.MediaType;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.SourceList;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;

/** The open event: its title, date, place, full text, picture, sources, and the cases it led to. */
final class EventDetail {

    /** The picture beside the text, in design px; on a portrait screen it is as wide as the text, above it. */
    static final double IMAGE_WIDTH = 560;
    static final double IMAGE_HEIGHT = 350;
    private static final double PORTRAIT_IMAGE_WIDTH = 880;
    private static final double PORTRAIT_IMAGE_HEIGHT = 550;
    private static final double TEXT_WIDTH = 1080;
    private static final double PORTRAIT_TEXT_WIDTH = 960;
    private static final double THUMB_WIDTH = 144;
    private static final double THUMB_HEIGHT = 90;
    private final TimelineModel model;
    private final KioskContext context;
    private final ImageCache images;
    private final BottomSheet sheet;
    private final SourceList sources;
    private final VBox related = new VBox();
    private final VBox picture = new VBox();
    private final VBox text = new VBox();
    private final VBox side = new VBox();
    private final HBox columns = new HBox();
    private final VBox stacked = new VBox();
    private final Label sourcesHeading = new Label();
    private final Label relatedHeading = new Label();
    private final ScrollPane scroller = new ScrollPane();
    private final Region kindDot = TimelineCanvas.kindMark(0);

    EventDetail(TimelineModel model, KioskContext context, ImageCache images) {
        this.model = model;
        this.context = context;
        this.images = images;
        I18n i18n = context.i18n();
        sheet = new BottomSheet("event-detail", i18n, context.frames(), 820, model::close);
        ObservableValue<TimelineEvent> event = model.openEventProperty();

        Label kind = new Label();
        kind.setId("event-detail-kind");
        kind.getStyleClass().add("tl-detail-kind");
        kind.setGraphic(kindDot);
        kind.textProperty().bind(language(e -> model.content().label(model.content().exhibition().eventKinds(),
                e.kind(), i18n.language())));
        Label date = new Label();
        date.setId("event-detail-date");
        date.getStyleClass().add("tl-detail-date");
        date.textProperty().bind(language(e -> Dates.of(e, i18n.language())));
        Label place = new Label();
        place.setId("event-detail-place");
        place.getStyleClass().add("tl-detail-place");
        place.setGraphic(new FontIcon("mdi2m-map-marker-outline"));
        place.textProperty().bind(language(e -> e.place() == null ? "" : i18n.get("timeline.place",
                i18n.get(e.place().name()), model.content().countryName(e.place().country(), i18n.language())),
                i18n.text("timeline.place")));
        place.visibleProperty().bind(place.textProperty().isNotEmpty());
        sheet.setHeader(kind, date, place);

        Label title = new Label();
        title.setId("event-detail-title");
        title.getStyleClass().add("tl-detail-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(i18n.text(model.openEventProperty().map(TimelineEvent::title)));
        Label body = new Label();
        body.setId("event-detail-body");
        body.getStyleClass().add("tl-detail-body");
        body.setWrapText(true);
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.textProperty().bind(i18n.text(model.openEventProperty().map(e -> e.body().isEmpty() ? e.summary()
                : e.body())));
        sourcesHeading.getStyleClass().add("tl-detail-heading");
        sourcesHeading.textProperty().bind(i18n.text("timeline.sources"));
        sources = new SourceList(i18n.languageProperty());
        sources.setId("event-detail-sources");
        text.getChildren().addAll(title, body, sourcesHeading, sources);
        text.getStyleClass().add("tl-detail-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        relatedHeading.getStyleClass().add("tl-detail-heading");
        relatedHeading.textProperty().bind(i18n.text("timeline.related"));
        related.setId("event-detail-cases");
        related.getStyleClass().add("tl-detail-cases");
        picture.getStyleClass().add("tl-detail-picture");
        side.getChildren().addAll(picture, relatedHeading, related);
        side.getStyleClass().add("tl-detail-side");
        columns.getStyleClass().add("tl-detail-columns");
        // on a portrait screen the picture and the cases go under the text: the same spacing, one column
        stacked.getStyleClass().addAll("tl-detail-columns", "tl-detail-stacked");
        Units.follow(sheet, units -> arrange());
        sheet.portraitProperty().addListener((obs, old, now) -> arrange());
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // as on a case's page the text moves under the finger; a bar thinner than a finger would be a target too
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("scroller");
        scroller.setFocusTraversable(false); // Tab goes to what the sheet holds, not to the sheet's scroller
        sheet.setBody(scroller);

        model.openEventProperty().addListener((obs, old, now) -> show(now));
    }

    Node view() {
        return sheet;
    }

    /** Text and side by side on a landscape screen, one above the other on a portrait one. */
    private void arrange() {
        Units units = Units.of(sheet);
        boolean tall = sheet.portraitProperty().get();
        // the width the text gets in the panel: with it the panel knows how tall the wrapped text will be
        text.setPrefWidth(units.px(tall ? PORTRAIT_TEXT_WIDTH : TEXT_WIDTH));
        double sideWidth = units.px(tall ? PORTRAIT_IMAGE_WIDTH : IMAGE_WIDTH);
        side.setMinWidth(tall ? 0 : sideWidth);
        side.setMaxWidth(sideWidth);
        Pane holder = tall ? stacked : columns;
        if (scroller.getContent() != holder) {
            (tall ? columns : stacked).getChildren().clear();
            holder.getChildren().setAll(text, side);
            scroller.setContent(holder);
        }
    }

    /**
     * A text of the open event in the current language. A text that also uses a UI string names that string's
     * binding in {@code uiStrings}, so that it is worked out again once the new language's strings are loaded.
     */
    private StringBinding language(Function<TimelineEvent, String> text,
                                   Observable... uiStrings) {
        I18n i18n = context.i18n();
        Observable[] dependencies = new Observable[uiStrings.length + 2];
        dependencies[0] = model.openEventProperty();
        dependencies[1] = i18n.languageProperty();
        System.arraycopy(uiStrings, 0, dependencies, 2, uiStrings.length);
        return Bindings.createStringBinding(() -> model.openEventProperty().get() == null ? ""
                : text.apply(model.openEventProperty().get()), dependencies);
    }

    private void show(TimelineEvent event) {
        if (event == null) {
            sheet.hide();
            return;
        }
        Content content = model.content();
        kindDot.getStyleClass().setAll("tl-marker", "tl-kind-mark", "kind-" + model.hue(event.kind()));
        sources.show(event.sources());
        sourcesHeading.setVisible(!event.sources().isEmpty());
        sourcesHeading.setManaged(!event.sources().isEmpty());
        related.getChildren().clear();
        for (CaseStudy caseStudy : content.casesOf(event)) {
            related.getChildren().add(caseRow(content, caseStudy));
        }
        relatedHeading.setVisible(!related.getChildren().isEmpty());
        relatedHeading.setManaged(!related.getChildren().isEmpty());
        picture.getChildren().clear();
        picture(content, event).ifPresent(picture.getChildren()::add);
        if (event.image() != null && !picture.getChildren().isEmpty()) {
            Label caption = new Label();
            caption.getStyleClass().add("tl-detail-caption");
            caption.setWrapText(true);
            caption.textProperty().bind(context.i18n().text(event.image().caption()));
            picture.getChildren().add(caption);
        }
        picture.setManaged(!picture.getChildren().isEmpty());
        scroller.setVvalue(0);
        sheet.open();
    }

    private Optional<Node> picture(Content content, TimelineEvent event) {
        if (event.image() == null || event.image().type() != MediaType.IMAGE) {
            return Optional.empty();
        }
        Units units = Units.of(sheet);
        boolean tall = sheet.portraitProperty().get();
        double width = units.px(tall ? PORTRAIT_IMAGE_WIDTH : IMAGE_WIDTH);
        double height = units.px(tall ? PORTRAIT_IMAGE_HEIGHT : IMAGE_HEIGHT);
        Optional<Image> image = images.get(content.resolve(event.image().file()), width, height);
        return image.map(i -> {
            ImageView view = new ImageView(i);
            view.setId("event-detail-image");
            view.setFitWidth(width);
            view.setFitHeight(height);
            view.setPreserveRatio(true);
            Rectangle clip = new Rectangle(width, height);
            clip.setArcWidth(units.px(24));
            clip.setArcHeight(units.px(24));
            view.setClip(clip);
            return view;
        });
    }

    /** A related case, large enough for a thumb: its picture, its title; a tap opens its card on the cases screen. */
    private Node caseRow(Content content, CaseStudy caseStudy) {
        I18n i18n = context.i18n();
        Units units = Units.of(sheet);
        double thumbWidth = units.px(THUMB_WIDTH);
        double thumbHeight = units.px(THUMB_HEIGHT);
        StackPane thumb = new StackPane();
        thumb.getStyleClass().add("tl-case-thumb");
        thumb.setMinSize(thumbWidth, thumbHeight);
        thumb.setMaxSize(thumbWidth, thumbHeight);
        Optional<Image> cover = caseStudy.cover() == null ? Optional.empty()
                : images.get(content.resolve(caseStudy.cover().file()), thumbWidth, thumbHeight);
        if (cover.isPresent()) {
            ImageView view = new ImageView(cover.get());
            view.setFitWidth(thumbWidth);
            view.setFitHeight(thumbHeight);
            Rectangle clip = new Rectangle(thumbWidth, thumbHeight);
            clip.setArcWidth(units.px(16));
            clip.setArcHeight(units.px(16));
            view.setClip(clip);
            thumb.getChildren().add(view);
        } else {
            thumb.getChildren().add(new FontIcon("mdi2v-view-dashboard-outline"));
        }
        Label title = new Label();
        title.getStyleClass().add("tl-case-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(i18n.text(caseStudy.title()));
        Label hint = new Label();
        hint.getStyleClass().add("tl-case-hint");
        hint.textProperty().bind(i18n.text("timeline.openCase"));
        VBox words = new VBox(title, hint);
        words.getStyleClass().add("tl-case-words");
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        FontIcon arrow = TouchButton.icon("mdi2c-chevron-right");
        arrow.getStyleClass().add("tl-case-arrow");
        HBox row = new HBox(thumb, words, arrow);
        row.setId("related-case-" + caseStudy.id());
        row.getStyleClass().add("tl-case-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(units.px(Math.max(72, THUMB_HEIGHT + 16)));
        row.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getClickCount() == 1) {
                context.navigator().show(ScreenName.CASES, caseStudy.id());
            }
            e.consume();
        });
        Accessible.button(row, Accessible.joined(i18n.text("list.separator"), title.textProperty(),
                hint.textProperty()), () -> context.navigator().show(ScreenName.CASES, caseStudy.id()));
        return row;
    }
}
