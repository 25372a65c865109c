package org.wuzhenkiosk.screen.cases;

import com.google.zxing.WriterException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.Interpolator;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Media;
import org.wuzhenkiosk.content.MediaType;
import org.wuzhenkiosk.content.Partner;
import org.wuzhenkiosk.content.Place;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.Captions;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.Gallery;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.InertiaScroll;
import org.wuzhenkiosk.ui.MediaPlayerView;
import org.wuzhenkiosk.ui.MediaPlayers;
import org.wuzhenkiosk.ui.QrCode;
import org.wuzhenkiosk.ui.SourceList;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Tween;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.WebAddress;

/**
 * One case in full: pictures, video, partners, places and timeline links on the left; story, narration, the
 * take-home QR code and sources on the right. In portrait the pictures fill the width at the top, the story
 * follows under them and the page's back button sits at the bottom, in reach of a hand. {@link #dispose()} stops
 * and releases its players.
 */
final class CaseDetail extends VBox {

    static final double MEDIA_WIDTH = 1000;
    static final double MEDIA_HEIGHT = 625;
    static final double TEXT_WIDTH = 720;
    static final double COLUMN_GAP = 56;
    static final double QR_SIZE = 232;

    /**
     * How the page sits in the room the screen gives it: side by side (landscape), or in portrait one column as
     * wide as the screen, the pictures {@code mediaWidth} design pixels wide at its top.
     */
    record Layout(boolean portrait, double mediaWidth) {
        static final Layout LANDSCAPE = new Layout(false, MEDIA_WIDTH);

        /** For a room {@code width} x {@code height} design pixels (inside the screen's padding). */
        static Layout of(double width, double height) {
            return width > 0 && width < height ? new Layout(true, Math.floor(width)) : LANDSCAPE;
        }

        /** The pictures keep their designed shape (16:10). */
        double mediaHeight() {
            return Math.round(mediaWidth * MEDIA_HEIGHT / MEDIA_WIDTH);
        }
    }

    private static final System.Logger LOG = System.getLogger(CaseDetail.class.getName());
    private static final Duration SCROLL_INTO_VIEW = Duration.ofMillis(350);

    private final CaseStudy caseStudy;
    private final CasesModel model;
    private final KioskContext context;
    private final I18n i18n;
    private final ImageCache images;
    private final MediaPlayers players;
    private final List<MediaPlayerView> videos = new ArrayList<>();
    private final StackPane narrationSlot = new StackPane();
    private final ChangeListener<String> languageListener = (obs, old, now) -> showNarration(now);
    private final ScrollPane scroller = new ScrollPane();
    private final InertiaScroll inertia;
    private final Layout layout;
    private Gallery gallery;
    private MediaPlayerView narration;

    CaseDetail(KioskContext context, CasesModel model, CaseStudy caseStudy, ImageCache images,
               MediaPlayers players, ObservableValue<String> backLabel, Runnable back, Layout layout) {
        this.layout = layout;
        this.context = context;
        this.model = model;
        this.caseStudy = caseStudy;
        this.i18n = context.i18n();
        this.images = images;
        this.players = players;
        setId("case-detail");
        getStyleClass().add("case-detail");

        Button backButton = TouchButton.create("case-back", "mdi2a-arrow-left", backLabel);
        backButton.getStyleClass().add("case-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label();
        title.setId("case-detail-title");
        title.getStyleClass().add("case-detail-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // as many lines as the title needs, at any text size
        title.textProperty().bind(i18n.text(caseStudy.title()));
        Label meta = new Label();
        meta.getStyleClass().add("case-detail-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        meta.textProperty().bind(CaseCard.inLanguage(i18n, l -> model.meta(caseStudy, l) + " · "
                + model.region(caseStudy, l)));
        if (caseStudy.example()) {
            // beside the year, theme and region, whole, while they take a second line when they must
            Label example = new Label();
            example.setId("case-detail-example");
            example.getStyleClass().add("case-example-tag");
            example.setMinWidth(Region.USE_PREF_SIZE);
            example.textProperty().bind(i18n.text("case.example"));
            meta.setGraphic(example);
            meta.setContentDisplay(ContentDisplay.RIGHT);
        }
        VBox heading = CaseCard.column(4, title, meta);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox header = CaseCard.row(32, heading);
        header.getStyleClass().add("case-detail-header");
        header.setAlignment(Pos.CENTER_LEFT);

        List<Node> media = new ArrayList<>();
        media.add(buildGallery());
        int v = 0;
        for (Media item : caseStudy.media()) {
            if (item.type() == MediaType.VIDEO) {
                media.add(buildVideo(item, v++));
            }
        }
        List<Node> links = new ArrayList<>();
        section("case.partners", partners()).ifPresent(links::add);
        section("case.places", places()).ifPresent(links::add);
        section("case.events", events()).ifPresent(links::add);

        List<Node> story = new ArrayList<>();
        Label summary = wrapped("case-summary", "case-summary");
        summary.textProperty().bind(i18n.text(caseStudy.summary()));
        story.add(summary);
        if (caseStudy.example()) {
            Label note = wrapped("case-example-note", "case-example-note");
            note.textProperty().bind(i18n.text("case.example.note"));
            story.add(note);
        }
        narrationSlot.setId("case-narration-slot");
        narrationSlot.getStyleClass().add("case-narration-slot");
        story.add(narrationSlot);
        takeAway().ifPresent(story::add);
        if (!caseStudy.body().isEmpty()) {
            Label body = wrapped("case-body", "case-body");
            body.textProperty().bind(i18n.text(caseStudy.body()));
            story.add(body);
        }
        Optional<Node> sources = section("case.sources", sources());

        Node columns;
        if (layout.portrait()) {
            // the pictures, then the story under them, then what it links to; one column as wide as the pictures
            VBox column = CaseCard.column(28);
            column.getStyleClass().addAll("case-detail-columns", "case-detail-text");
            column.getChildren().add(media.get(0));
            column.getChildren().addAll(story);
            column.getChildren().addAll(media.subList(1, media.size()));
            column.getChildren().addAll(links);
            sources.ifPresent(column.getChildren()::add);
            fixWidth(column, layout.mediaWidth());
            columns = column;
            // the page's own way back at the bottom, where a hand reaches on a tall screen
            HBox footer = CaseCard.row(16, backButton);
            footer.setId("case-detail-footer");
            footer.getStyleClass().add("case-detail-footer");
            footer.setAlignment(Pos.CENTER_LEFT);
            scroller.setContent(columns);
            getChildren().addAll(header, scroller, footer);
        } else {
            VBox left = CaseCard.column(28);
            left.getStyleClass().add("case-detail-media");
            fixWidth(left, MEDIA_WIDTH);
            left.getChildren().addAll(media);
            left.getChildren().addAll(links);
            VBox right = CaseCard.column(28);
            right.getStyleClass().add("case-detail-text");
            fixWidth(right, TEXT_WIDTH);
            right.getChildren().addAll(story);
            sources.ifPresent(right.getChildren()::add);
            HBox row = CaseCard.row(COLUMN_GAP, left, right);
            row.getStyleClass().add("case-detail-columns");
            columns = row;
            header.getChildren().add(0, backButton);
            scroller.setContent(columns);
            getChildren().addAll(header, scroller);
        }
        scroller.setId("case-scroller");
        scroller.getStyleClass().addAll("scroller", "case-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        inertia = InertiaScroll.attach(scroller, context.frames());
        // Tab never leaves the focus off screen, nor its ring under the page's edge
        Accessible.followKeyboardFocus(scroller, node -> scrollIntoView(node, Accessible.RING_ROOM));

        i18n.languageProperty().addListener(languageListener);
        showNarration(i18n.language());
    }

    // ---- pictures and media ----

    private Node buildGallery() {
        List<Gallery.Picture> pictures = new ArrayList<>();
        if (caseStudy.cover() != null) {
            pictures.add(picture(caseStudy.cover()));
        }
        caseStudy.media().stream().filter(m -> m.type() == MediaType.IMAGE).map(this::picture)
                .forEach(pictures::add);
        if (pictures.isEmpty()) {
            // a case with no picture still gets its designed cover, never an empty frame
            pictures.add(new Gallery.Picture(null, i18n.text(caseStudy.title()), i18n.text("case.drawnCover"),
                    this::drawnCover));
        }
        gallery = new Gallery(images, context.frames(), pictures, layout.mediaWidth(), layout.mediaHeight());
        gallery.setId("case-gallery");
        gallery.nameArrows(i18n.text("gallery.previous"), i18n.text("gallery.next"));
        return gallery;
    }

    private Gallery.Picture picture(Media media) {
        return new Gallery.Picture(model.content().resolve(media.file()), i18n.text(media.caption()),
                i18n.text(media.credit()), this::drawnCover);
    }

    private Node drawnCover() {
        return new Cover(images, null, layout.mediaWidth(), layout.mediaHeight(), i18n.text(caseStudy.title()),
                CaseCard.inLanguage(i18n, l -> model.theme(caseStudy, l)), model.all().indexOf(caseStudy));
    }

    private Node buildVideo(Media media, int index) {
        MediaPlayerView view = MediaPlayerView.video(players, i18n::text, model.content().resolve(media.file()),
                poster(media), layout.mediaWidth(), layout.mediaHeight());
        view.setId("case-video-" + index);
        view.toggleButton().setId("case-video-toggle-" + index);
        view.scrubBar().setId("case-video-scrub-" + index);
        videos.add(view);
        Label caption = wrapped(null, "caption");
        caption.textProperty().bind(i18n.text(media.caption()));
        Label credit = wrapped(null, "credit");
        credit.textProperty().bind(i18n.text(media.credit()));
        credit.visibleProperty().bind(credit.textProperty().isNotEmpty());
        credit.managedProperty().bind(credit.visibleProperty());
        VBox box = CaseCard.column(0, view, caption, credit);
        // a clip started half off screen slides fully into view, with its controls
        view.stateProperty().addListener((obs, old, now) -> {
            if (now == MediaPlayerView.State.PLAYING) {
                scrollIntoView(view, 0);
            }
        });
        return box;
    }

    /** Scrolls the page, gently, just enough that all of {@code node} shows, {@code designMargin} around it. */
    private void scrollIntoView(Node node, double designMargin) {
        double margin = Units.of(this).px(designMargin);
        Node content = scroller.getContent();
        double range = content.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
        if (range <= 0) {
            return;
        }
        Bounds inner = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        Bounds bounds = new BoundingBox(inner.getMinX() - margin, inner.getMinY() - margin,
                inner.getWidth() + 2 * margin, inner.getHeight() + 2 * margin);
        double top = scroller.getVvalue() * range;
        double view = scroller.getViewportBounds().getHeight();
        double target = top;
        if (bounds.getMinY() < top) {
            target = bounds.getMinY();
        } else if (bounds.getMaxY() > top + view) {
            target = Math.min(bounds.getMinY(), bounds.getMaxY() - view);
        }
        if (target != top) {
            double from = scroller.getVvalue();
            double to = Math.max(0, Math.min(1, target / range));
            Tween.run(context.frames(), SCROLL_INTO_VIEW, Interpolator.EASE_BOTH,
                    t -> scroller.setVvalue(from + (to - from) * t));
        }
    }

    /** The still a clip shows before it plays and when it cannot: its poster, else the cover, else a drawn one. */
    private Node poster(Media video) {
        String file = video.poster() != null ? video.poster()
                : caseStudy.cover() != null ? caseStudy.cover().file() : null;
        StackPane frame = new StackPane();
        frame.getStyleClass().add("media-poster");
        if (file == null) {
            frame.getChildren().add(drawnCover());
            return frame;
        }
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        // decoded once in a window, at the size it takes there, and again when the window's unit changes
        Units.follow(frame, units -> {
            double w = units.px(layout.mediaWidth());
            double h = units.px(layout.mediaHeight());
            Optional<Image> image = images.get(model.content().resolve(file), w, h);
            if (image.isEmpty()) {
                frame.getChildren().setAll(drawnCover());
                return;
            }
            view.setImage(image.get());
            view.setFitWidth(w);
            view.setFitHeight(h);
            frame.getChildren().setAll(view);
        });
        return frame;
    }

    /** Keeps {@code column} exactly {@code design} design pixels wide. */
    private static void fixWidth(Region column, double design) {
        Units.bind(column, column.minWidthProperty(), design);
        Units.bind(column, column.maxWidthProperty(), design);
    }

    /** The narration in the language now showing; switching language switches (and stops) the narration. */
    private void showNarration(String language) {
        if (narration != null) {
            narration.close();
            narration = null;
        }
        Optional<Media> spoken = caseStudy.media().stream()
                .filter(m -> m.type() == MediaType.AUDIO && language.equals(m.language())).findFirst();
        if (spoken.isEmpty()) {
            narrationSlot.getChildren().clear();
            narrationSlot.setVisible(false);
            narrationSlot.setManaged(false);
            return;
        }
        Media media = spoken.get();
        narration = MediaPlayerView.narration(players, i18n::text, model.content().resolve(media.file()));
        narration.setId("case-narration");
        narration.toggleButton().setId("case-narration-toggle");
        narration.scrubBar().setId("case-narration-scrub");
        FontIcon icon = new FontIcon("mdi2h-headphones");
        icon.getStyleClass().add("narration-icon");
        Label caption = new Label();
        caption.getStyleClass().add("narration-caption");
        caption.textProperty().bind(i18n.text(media.caption()));
        HBox heading = CaseCard.row(10, icon, caption);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label credit = wrapped(null, "credit");
        credit.textProperty().bind(i18n.text(media.credit()));
        // the narration reads the summary aloud (README): its words show as they are read, for those who cannot hear
        Captions captions = new Captions(i18n.text(caseStudy.summary()), language, narration.positionProperty(),
                narration.lengthProperty(), narration.stateProperty().isEqualTo(MediaPlayerView.State.PLAYING)
                .or(narration.stateProperty().isEqualTo(MediaPlayerView.State.PAUSED)));
        captions.setId("case-narration-captions");
        VBox box = CaseCard.column(10, heading, narration, captions, credit);
        box.getStyleClass().addAll("card", "narration");
        narrationSlot.getChildren().setAll(box);
        narrationSlot.setVisible(true);
        narrationSlot.setManaged(true);
    }

    // ---- text sections ----

    private Optional<Node> partners() {
        if (caseStudy.partners().isEmpty()) {
            return Optional.empty();
        }
        VBox list = CaseCard.column(14);
        for (Partner partner : caseStudy.partners()) {
            Label name = wrapped(null, "partner-name");
            name.textProperty().bind(i18n.text(partner.name()));
            Label code = new Label();
            code.getStyleClass().add("country-code");
            code.setMinWidth(Region.USE_PREF_SIZE);
            Label country = new Label();
            country.getStyleClass().add("partner-country");
            if (partner.country() == null) {
                // an international organisation: its own badge, and no country credited
                code.getStyleClass().add("organization-code");
                code.setGraphic(new FontIcon("mdi2e-earth"));
                country.textProperty().bind(i18n.text("case.partner.organization"));
            } else {
                code.setText(partner.country());
                country.textProperty().bind(CaseCard.inLanguage(i18n,
                        l -> model.countryName(partner.country(), l)));
            }
            // a country that is itself the partner is named once
            country.visibleProperty().bind(country.textProperty().isNotEqualTo(name.textProperty()));
            country.managedProperty().bind(country.visibleProperty());
            VBox words = CaseCard.column(2, name, country);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox row = CaseCard.row(16, code, words);
            row.getStyleClass().add("partner");
            row.setAlignment(Pos.TOP_LEFT);
            list.getChildren().add(row);
        }
        return Optional.of(list);
    }

    private Optional<Node> places() {
        if (caseStudy.places().isEmpty()) {
            return Optional.empty();
        }
        FlowPane buttons = CaseCard.flow(16, 16);
        for (Place place : caseStudy.places()) {
            Button button = TouchButton.create("case-place-" + place.id(), "mdi2m-map-marker-outline",
                    CaseCard.inLanguage(i18n, l -> i18n.getIn(l, place.name()) + " · "
                            + model.countryName(place.country(), l)));
            button.getStyleClass().add("case-place");
            button.setOnAction(e -> context.navigator().show(ScreenName.MAP, caseStudy.id()));
            buttons.getChildren().add(button);
        }
        Label hint = wrapped(null, "section-hint");
        hint.textProperty().bind(i18n.text("case.places.hint"));
        return Optional.of(CaseCard.column(12, buttons, hint));
    }

    private Optional<Node> events() {
        List<TimelineEvent> events = model.content().eventsOf(caseStudy);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        VBox list = CaseCard.column(12);
        for (TimelineEvent event : events) {
            FontIcon icon = new FontIcon("mdi2c-calendar-outline");
            icon.getStyleClass().add("case-event-icon");
            Label date = new Label();
            date.getStyleClass().add("case-event-date");
            date.textProperty().bind(CaseCard.inLanguage(i18n, l -> Dates.of(event, l)));
            Label title = wrapped(null, "case-event-title");
            title.textProperty().bind(i18n.text(event.title()));
            VBox words = CaseCard.column(2, date, title);
            HBox.setHgrow(words, Priority.ALWAYS);
            FontIcon go = TouchButton.icon("mdi2c-chevron-right");
            go.getStyleClass().add("case-event-icon");
            HBox row = CaseCard.row(16, icon, words, go);
            row.setId("case-event-" + event.id());
            row.getStyleClass().addAll("card", "case-event");
            row.setAlignment(Pos.CENTER_LEFT);
            Runnable open = () -> context.navigator().show(ScreenName.TIMELINE, event.id());
            tappable(row, open);
            Accessible.button(row, Accessible.joined(i18n.text("list.separator"), date.textProperty(),
                    title.textProperty()), open);
            list.getChildren().add(row);
        }
        return Optional.of(list);
    }

    /** "Take it with you": the case's web link as a QR code a phone camera reads. */
    private Optional<Node> takeAway() {
        if (caseStudy.link() == null || caseStudy.link().isBlank()) {
            return Optional.empty();
        }
        QrCode code;
        try {
            code = new QrCode(caseStudy.link(), QR_SIZE);
        } catch (WriterException | RuntimeException e) {
            LOG.log(Level.WARNING, "case " + caseStudy.id() + ": no QR code for link " + caseStudy.link()
                    + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
        code.setId("case-qr");
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("case.takeaway"));
        Label hint = wrapped(null, "takeaway-hint");
        hint.textProperty().bind(i18n.text("case.takeaway.hint"));
        Accessible.named(code, AccessibleRole.IMAGE_VIEW, hint.textProperty()); // what the code is for
        WebAddress link = new WebAddress(caseStudy.link(), "takeaway-link");
        link.setId("case-link");
        VBox words = CaseCard.column(10, heading, hint, link);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox card = CaseCard.row(28, code, words);
        card.getStyleClass().addAll("card", "takeaway");
        card.setAlignment(Pos.CENTER_LEFT);
        return Optional.of(card);
    }

    private Optional<Node> sources() {
        if (caseStudy.sources().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SourceList(i18n.languageProperty(), caseStudy.sources()));
    }

    private Optional<Node> section(String key, Optional<Node> body) {
        return body.map(node -> {
            Label heading = new Label();
            heading.getStyleClass().add("section-title");
            heading.textProperty().bind(i18n.text(key));
            return CaseCard.column(14, heading, node);
        });
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A row that acts on a tap, and shows it is pressed. */
    private static void tappable(Node node, Runnable action) {
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                action.run();
            }
        });
    }

    // ---- life cycle ----

    /** Stops and releases every player of this page and lets go of the language. */
    void dispose() {
        i18n.languageProperty().removeListener(languageListener);
        inertia.stop();
        if (narration != null) {
            narration.close();
        }
        videos.forEach(MediaPlayerView::close);
    }

    CaseStudy caseStudy() {
        return caseStudy;
    }

    Layout pageLayout() {
        return layout;
    }

    Gallery gallery() {
        return gallery;
    }

    Optional<MediaPlayerView> narration() {
        return Optional.ofNullable(narration);
    }

    List<MediaPlayerView> videos() {
        return List.copyOf(videos);
    }

    ScrollPane scroller() {
        return scroller;
    }
}
