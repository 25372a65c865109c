package org.wuzhenkiosk.upkeep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.ScaleTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.ImageCache;

/**
 * What the kiosk shows while nobody uses it: a slow slideshow of the exhibition's own cases and milestones, each
 * titled in every offered language, and "Touch to begin" cycling through those languages. Any touch ends it.
 */
final class AttractLoop extends StackPane {

    static final Duration SLIDE = Duration.seconds(7);
    static final Duration PROMPT = Duration.seconds(3);
    private static final Duration FADE = Duration.millis(900);
    private static final double COVER_WIDTH = 1000;
    private static final double COVER_HEIGHT = 625;
    /** Between the same words in two languages, and between a slide's countries and its year. */
    private static final String BETWEEN = "  ·  ";
    private final I18n i18n;
    private final StackPane stage = new StackPane();
    private final Label prompt = new Label();
    private final ImageCache images = new ImageCache(16);
    private final Timeline slideshow = new Timeline(new KeyFrame(SLIDE, e -> next()));
    private final Timeline prompts = new Timeline(new KeyFrame(PROMPT, e -> nextPrompt()));
    private final List<String> promptTexts = new ArrayList<>();
    private Content content;
    private List<String> languages = List.of();
    private AttractPlan plan;
    private int slide;
    private int promptIndex;

    AttractLoop(I18n i18n) {
        this.i18n = i18n;
        setId("attract-loop");
        getStyleClass().add("attract-loop");
        slideshow.setCycleCount(Animation.INDEFINITE);
        prompts.setCycleCount(Animation.INDEFINITE);
        stage.getStyleClass().add("attract-stage");
        stage.setId("attract-stage");
        VBox.setVgrow(stage, Priority.ALWAYS);

        FontIcon hand = new FontIcon("mdi2g-gesture-tap");
        hand.getStyleClass().add("attract-hand");
        prompt.setId("attract-touch");
        prompt.getStyleClass().add("attract-touch");
        HBox call = new HBox(24, hand, prompt);
        call.setAlignment(Pos.CENTER);
        call.getStyleClass().add("attract-call");
        ScaleTransition pulse = new ScaleTransition(Duration.seconds(1.2), hand);
        pulse.setToX(1.15);
        pulse.setToY(1.15);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                pulse.play();
            } else {
                pulse.stop();
            }
        });

        call.setMaxWidth(Region.USE_PREF_SIZE);
        VBox column = new VBox(stage, call);
        column.setAlignment(Pos.CENTER);
        column.getStyleClass().add("attract-column");
        getChildren().add(column);
    }

    /** Starts from the title slide with the content on show; {@code primary} is the language read first. */
    void start(Content content, String primary) {
        this.content = content;
        this.languages = ordered(content, primary);
        this.plan = AttractPlan.of(content);
        promptTexts.clear();
        promptTexts.addAll(prompts(languages));
        slide = 0;
        promptIndex = 0;
        stage.getChildren().setAll(build(plan.slides().get(0)));
        prompt.setText(promptTexts.isEmpty() ? "" : promptTexts.get(0));
        slideshow.playFromStart();
        prompts.playFromStart();
    }

    /** Stops the animations and lets go of the slides. */
    void stop() {
        slideshow.stop();
        prompts.stop();
        stage.getChildren().clear();
    }

    int slideIndex() {
        return slide;
    }

    AttractPlan plan() {
        return plan;
    }

    /** Shows the next slide: the one before fades out as it fades in. */
    void next() {
        if (plan == null) {
            return;
        }
        slide = (slide + 1) % plan.slides().size();
        Node incoming = build(plan.slides().get(slide));
        incoming.setOpacity(0);
        List<Node> outgoing = List.copyOf(stage.getChildren());
        stage.getChildren().add(incoming);
        for (Node old : outgoing) {
            FadeTransition out = new FadeTransition(FADE, old);
            out.setToValue(0);
            out.play();
        }
        FadeTransition in = new FadeTransition(FADE, incoming);
        in.setToValue(1);
        in.setOnFinished(e -> stage.getChildren().retainAll(incoming));
        in.play();
    }

    private void nextPrompt() {
        if (promptTexts.size() < 2) {
            return;
        }
        promptIndex = (promptIndex + 1) % promptTexts.size();
        FadeTransition out = new FadeTransition(Duration.millis(250), prompt);
        out.setToValue(0);
        out.setOnFinished(e -> {
            prompt.setText(promptTexts.get(promptIndex));
            FadeTransition in = new FadeTransition(Duration.millis(250), prompt);
            in.setToValue(1);
            in.play();
        });
        out.play();
    }

    private static List<String> ordered(Content content, String primary) {
        List<String> codes = new ArrayList<>();
        if (primary != null && content.exhibition().offers(primary)) {
            codes.add(primary);
        }
        content.exhibition().languages().stream().map(Language::code).filter(c -> !codes.contains(c))
                .forEach(codes::add);
        return List.copyOf(codes);
    }

    /** "Touch to begin" in each offered language the kiosk has strings for. */
    List<String> prompts(List<String> languages) {
        return List.copyOf(inEach(languages, "attract.touch"));
    }

    /** A UI string in each of {@code languages} the kiosk speaks, once each; the others read only the titles. */
    private Set<String> inEach(List<String> languages, String key) {
        Set<String> texts = new LinkedHashSet<>();
        languages.stream().filter(i18n::speaks).forEach(code -> texts.add(i18n.getIn(code, key)));
        return texts;
    }

    private Node build(AttractPlan.Slide s) {
        Node node;
        if (s.isTitle()) {
            node = titleSlide();
        } else if (s.caseStudy() != null) {
            node = caseSlide(s.caseStudy());
        } else {
            node = eventSlide(s.event());
        }
        node.getStyleClass().add("attract-slide");
        return node;
    }

    private Node titleSlide() {
        VBox box = new VBox(20);
        box.setId("attract-title-slide");
        box.setAlignment(Pos.CENTER);
        box.getChildren().addAll(lines(content.exhibition().title(), "attract-title", "attract-title-other"));
        Label subtitle = label(text(content.exhibition().subtitle(), languages.get(0)), "attract-subtitle");
        box.getChildren().add(subtitle);
        return box;
    }

    private Node caseSlide(CaseStudy c) {
        String primary = languages.get(0);
        int index = content.cases().indexOf(c);
        Cover cover = new Cover(images, c.cover() == null ? null : content.resolve(c.cover().file()),
                COVER_WIDTH, COVER_HEIGHT, Bindings.createStringBinding(() -> text(c.title(), primary)),
                Bindings.createStringBinding(() -> content.label(content.exhibition().themes(), c.theme(), primary)),
                index);
        StackPane frame = new StackPane(cover);
        frame.getStyleClass().addAll("panel", "attract-cover");
        frame.setMaxSize(COVER_WIDTH, COVER_HEIGHT);
        Rectangle clip = new Rectangle(COVER_WIDTH, COVER_HEIGHT);
        clip.setArcWidth(32);
        clip.setArcHeight(32);
        frame.setClip(clip);
        ScaleTransition drift = new ScaleTransition(SLIDE.add(Duration.seconds(1)), cover);
        drift.setFromX(1);
        drift.setFromY(1);
        drift.setToX(1.06);
        drift.setToY(1.06);
        drift.play();

        VBox text = new VBox(18);
        text.getStyleClass().add("attract-text");
        text.getChildren().add(label(kicker("attract.case"), "attract-kicker"));
        text.getChildren().addAll(lines(c.title(), "attract-case-title", "attract-case-title-other"));
        String countries = String.join(i18n.getIn(primary, "list.separator"),
                c.countries().stream().map(code -> content.countryName(code, primary)).toList());
        text.getChildren().add(label(c.year() == null ? countries : countries + BETWEEN + c.year(),
                "attract-meta"));
        text.getChildren().addAll(lines(c.summary(), "attract-summary", "attract-summary-other"));
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(64, frame, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("attract-case-" + c.id());
        return box;
    }

    private Node eventSlide(TimelineEvent e) {
        String primary = languages.get(0);
        Label year = label(String.valueOf(e.date().year()), "attract-year");
        year.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(18);
        text.setAlignment(Pos.CENTER_LEFT);
        text.getChildren().add(label(kicker("attract.milestone"), "attract-kicker"));
        text.getChildren().addAll(lines(e.title(), "attract-event-title", "attract-event-title-other"));
        text.getChildren().addAll(lines(e.summary(), "attract-summary", "attract-summary-other"));
        text.setMaxWidth(1100);
        HBox box = new HBox(72, year, text);
        box.setId("attract-event-" + e.id());
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** A text in every language: the primary one large, the others below it. */
    private List<Label> lines(LocalizedText text, String primaryStyle, String otherStyle) {
        List<Label> labels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : languages.subList(0, Math.min(3, languages.size()))) {
            String value = text(text, code);
            if (!value.isBlank() && seen.add(value)) {
                labels.add(label(value, labels.isEmpty() ? primaryStyle : otherStyle));
            }
        }
        return labels;
    }

    /** "Cooperation project · 国际合作案例": the kind of slide in each language with UI strings. */
    private String kicker(String key) {
        return String.join(BETWEEN, inEach(languages.subList(0, Math.min(3, languages.size())), key));
    }

    private String text(LocalizedText text, String language) {
        return i18n.getIn(language, text);
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
