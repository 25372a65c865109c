package org.wuzhenkiosk.upkeep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import javafx.animation.Interpolator;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.content.StoryStop;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.Tween;
import org.wuzhenkiosk.ui.Units;

/**
 * What the kiosk shows while nobody uses it: a slow slideshow of the exhibition's own cases and milestones (or of
 * its guided tour's stops), each titled in every offered language, and "Touch to begin" cycling through those
 * languages. Any touch ends it; a touch on a case's slide opens that case, on a stop's the tour at that stop.
 */
final class AttractLoop extends StackPane {

    static final Duration SLIDE = Duration.ofSeconds(7);
    static final Duration PROMPT = Duration.ofSeconds(3);
    private static final Duration FADE = Duration.ofMillis(900);
    private static final Duration PROMPT_FADE = Duration.ofMillis(250);
    private static final Duration PULSE = Duration.ofMillis(1200);
    private static final double PULSE_SCALE = 1.15;
    /** A cover drifts on through the fade out of its slide. */
    private static final Duration DRIFT = SLIDE.plusSeconds(1);
    private static final double DRIFT_SCALE = 1.06;
    /** A case's picture in design pixels: beside its words in a wide window, above them across a portrait one. */
    private static final double COVER_WIDTH = 1000;
    private static final double COVER_HEIGHT = 625;
    private static final double COVER_WIDTH_PORTRAIT = 936;
    private static final double COVER_HEIGHT_PORTRAIT = 585;
    private static final double COVER_RADIUS = 16;
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    /** Between the same words in two languages, and between a slide's countries and its year. */
    private static final String BETWEEN = "  ·  ";
    private final I18n i18n;
    private final FrameClock frames;
    /** Whether the loop plays the guided tour's stops (attract.story) rather than cases and milestones. */
    private final boolean playStory;
    private final StackPane stage = new StackPane();
    private final Label prompt = new Label();
    private final ImageCache images; // the kiosk's one cache: the slides' covers count against its bound
    private final List<String> promptTexts = new ArrayList<>();
    private final List<FrameClock.Motion> crossFade = new ArrayList<>();
    private final List<FrameClock.Motion> drifts = new ArrayList<>();
    private FrameClock.Motion slideshow;
    private FrameClock.Motion prompts;
    private FrameClock.Motion promptFade;
    private FrameClock.Motion pulse;
    private Content content;
    private List<String> languages = List.of();
    private AttractPlan plan;
    private int slide;
    private int promptIndex;

    AttractLoop(I18n i18n, FrameClock frames, boolean playStory, ImageCache images) {
        this.images = images;
        this.i18n = i18n;
        this.frames = frames;
        this.playStory = playStory;
        setId("attract-loop");
        getStyleClass().add("attract-loop");
        stage.getStyleClass().add("attract-stage");
        stage.setId("attract-stage");
        VBox.setVgrow(stage, Priority.ALWAYS);

        FontIcon hand = new FontIcon("mdi2g-gesture-tap");
        hand.getStyleClass().add("attract-hand");
        prompt.setId("attract-touch");
        prompt.getStyleClass().add("attract-touch");
        prompt.setWrapText(true); // a long "Touch to begin" takes two lines across a portrait screen, never "…"
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        HBox call = new HBox(hand, prompt);
        call.setAlignment(Pos.CENTER);
        call.getStyleClass().add("attract-call");
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                pulse = Tween.swing(frames, PULSE, Interpolator.EASE_BOTH,
                        scale(hand, hand.getScaleX(), PULSE_SCALE));
            } else {
                stop(pulse);
            }
        });

        call.setMaxWidth(Region.USE_PREF_SIZE);
        VBox column = new VBox(stage, call);
        column.setAlignment(Pos.CENTER);
        column.getStyleClass().add("attract-column");
        getChildren().add(column);
        // a turn of the window to portrait (or back) lays the slide on show out again, picture above words
        layoutBoundsProperty().addListener((obs, old, now) -> {
            boolean portrait = now.getWidth() < now.getHeight();
            if (portrait != portrait()) {
                pseudoClassStateChanged(PORTRAIT, portrait);
                if (plan != null && !stage.getChildren().isEmpty()) {
                    stopAll(crossFade);
                    stage.getChildren().setAll(build(plan.slides().get(slide)));
                }
            }
        });
    }

    /** Whether the loop lays its slides out for a portrait window: picture above words, each across the width. */
    boolean portrait() {
        return getPseudoClassStates().contains(PORTRAIT);
    }

    /** Starts from the title slide with the content on show; {@code primary} is the language read first. */
    void start(Content content, String primary) {
        this.content = content;
        this.languages = ordered(content, primary);
        this.plan = AttractPlan.of(content, playStory);
        promptTexts.clear();
        promptTexts.addAll(prompts(languages));
        slide = 0;
        promptIndex = 0;
        stopMotions();
        stage.getChildren().setAll(build(plan.slides().get(0)));
        prompt.setText(promptTexts.isEmpty() ? "" : promptTexts.get(0));
        prompt.setOpacity(1);
        // timers on the frame clock, like the fades they start: one clock paces the whole loop, Upkeep needs no hook
        slideshow = every(SLIDE, this::next);
        prompts = every(PROMPT, this::nextPrompt);
    }

    /** Stops the animations and lets go of the slides. */
    void stop() {
        stopMotions();
        stage.getChildren().clear();
    }

    private void stopMotions() {
        stop(slideshow);
        stop(prompts);
        stop(promptFade);
        stopAll(crossFade);
        stopAll(drifts);
    }

    int slideIndex() {
        return slide;
    }

    AttractPlan plan() {
        return plan;
    }

    /**
     * Shows the next slide: the one before fades out, then the next fades in, so that two slides' words never
     * show over each other.
     */
    void next() {
        if (plan == null) {
            return;
        }
        // a change cut short leaves its slides where they are, to fade out with the rest
        stopAll(crossFade);
        slide = (slide + 1) % plan.slides().size();
        Node incoming = build(plan.slides().get(slide));
        incoming.setOpacity(0);
        List<Node> outgoing = List.copyOf(stage.getChildren());
        double[] from = outgoing.stream().mapToDouble(Node::getOpacity).toArray();
        stage.getChildren().add(incoming);
        // the first half of the fade takes the old slides away, the second brings the new one in
        crossFade.add(Tween.run(frames, FADE, Interpolator.LINEAR, t -> {
            double out = Interpolator.EASE_BOTH.interpolate(1.0, 0.0, Math.min(1, 2 * t));
            for (int i = 0; i < from.length; i++) {
                outgoing.get(i).setOpacity(from[i] * out);
            }
            incoming.setOpacity(t <= 0.5 ? 0 : Interpolator.EASE_BOTH.interpolate(0.0, 1.0, 2 * t - 1));
        }, () -> stage.getChildren().retainAll(incoming)));
    }

    /** The case of the slide on show (the one coming in while slides change), or null on the others. */
    CaseStudy caseShown() {
        return plan == null ? null : plan.slides().get(slide).caseStudy();
    }

    /** The tour's stop on show (the one coming in while slides change), or null on the others. */
    StoryStop stopShown() {
        return plan == null ? null : plan.slides().get(slide).stop();
    }

    private void nextPrompt() {
        if (promptTexts.size() < 2) {
            return;
        }
        promptIndex = (promptIndex + 1) % promptTexts.size();
        promptFade = fade(prompt, 0, PROMPT_FADE, () -> {
            prompt.setText(promptTexts.get(promptIndex));
            promptFade = fade(prompt, 1, PROMPT_FADE, () -> { });
        });
    }

    /** Calls {@code action} every {@code period} on the frame clock, until stopped. */
    private FrameClock.Motion every(Duration period, Runnable action) {
        long[] due = {frames.nanoTime() + period.toNanos()};
        return frames.run(now -> {
            if (now >= due[0]) {
                due[0] += period.toNanos();
                action.run();
            }
            return true;
        });
    }

    /** Fades {@code node} from its opacity now to {@code to}, then calls {@code done}. */
    private FrameClock.Motion fade(Node node, double to, Duration length, Runnable done) {
        double from = node.getOpacity();
        return Tween.run(frames, length, Interpolator.EASE_BOTH, t -> node.setOpacity(from + (to - from) * t), done);
    }

    /** Scales {@code node} evenly from {@code from} to {@code to} as the progress goes from 0 to 1. */
    private static DoubleConsumer scale(Node node, double from, double to) {
        return t -> {
            double scale = from + (to - from) * t;
            node.setScaleX(scale);
            node.setScaleY(scale);
        };
    }

    private static void stop(FrameClock.Motion motion) {
        if (motion != null) {
            motion.stop();
        }
    }

    private static void stopAll(List<FrameClock.Motion> motions) {
        motions.forEach(AttractLoop::stop);
        motions.clear();
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
        } else if (s.stop() != null) {
            node = stopSlide(s.stop());
        } else {
            node = eventSlide(s.event());
        }
        node.getStyleClass().add("attract-slide");
        return node;
    }

    private Node titleSlide() {
        VBox box = new VBox();
        box.getStyleClass().add("attract-title-slide");
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
        boolean portrait = portrait();
        double width = portrait ? COVER_WIDTH_PORTRAIT : COVER_WIDTH;
        double height = portrait ? COVER_HEIGHT_PORTRAIT : COVER_HEIGHT;
        Cover cover = new Cover(images, c.cover() == null ? null : content.resolve(c.cover().file()),
                width, height, Bindings.createStringBinding(() -> text(c.title(), primary)),
                Bindings.createStringBinding(() -> content.label(content.exhibition().themes(), c.theme(), primary)),
                index);
        StackPane frame = new StackPane(cover);
        frame.getStyleClass().addAll("panel", "attract-cover");
        Rectangle clip = new Rectangle();
        frame.setClip(clip);
        Units.follow(frame, units -> {
            frame.setMinSize(units.px(width), units.px(height));
            frame.setMaxSize(units.px(width), units.px(height));
            clip.setWidth(units.px(width));
            clip.setHeight(units.px(height));
            clip.setArcWidth(units.px(2 * COVER_RADIUS));
            clip.setArcHeight(units.px(2 * COVER_RADIUS));
        });
        drifts.removeIf(drift -> !drift.running());
        drifts.add(Tween.run(frames, DRIFT, Interpolator.EASE_BOTH, scale(cover, 1, DRIFT_SCALE)));

        VBox text = new VBox();
        text.getStyleClass().add("attract-text");
        text.getChildren().add(label(kicker("attract.case"), "attract-kicker"));
        text.getChildren().addAll(lines(c.title(), "attract-case-title", "attract-case-title-other"));
        text.getChildren().addAll(places(c));
        text.getChildren().addAll(lines(c.summary(), "attract-summary", "attract-summary-other"));
        Pane box;
        if (portrait) {
            text.setAlignment(Pos.TOP_LEFT);
            box = new VBox(frame, text);
            ((VBox) box).setAlignment(Pos.CENTER);
        } else {
            text.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(frame, text);
            ((HBox) box).setAlignment(Pos.CENTER_LEFT);
        }
        box.getStyleClass().add("attract-case-slide");
        box.setId("attract-case-" + c.id());
        return box;
    }

    private Node eventSlide(TimelineEvent e) {
        Label year = label(String.valueOf(e.date().year()), "attract-year");
        year.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox();
        text.getChildren().add(label(kicker("attract.milestone"), "attract-kicker"));
        text.getChildren().addAll(lines(e.title(), "attract-event-title", "attract-event-title-other"));
        text.getChildren().addAll(lines(e.summary(), "attract-summary", "attract-summary-other"));
        return figureSlide(year, text, "attract-event-" + e.id());
    }

    /** A stop of the tour: its number, its title in every language and its text in the first one. */
    private Node stopSlide(StoryStop stop) {
        List<StoryStop> stops = content.story().stops();
        Label number = label(i18n.getIn(languages.get(0), "story.progress", stops.indexOf(stop) + 1, stops.size()),
                "attract-year");
        number.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox();
        text.getChildren().add(label(text(content.story().title(), languages.get(0)), "attract-kicker"));
        text.getChildren().addAll(lines(stop.title(), "attract-event-title", "attract-event-title-other"));
        text.getChildren().add(label(text(stop.text(), languages.get(0)), "attract-summary"));
        return figureSlide(number, text, "attract-stop-" + stop.id());
    }

    /** A large figure (a year, a stop's number) beside its words, or above them in a portrait window. */
    private Node figureSlide(Label figure, VBox text, String id) {
        text.getStyleClass().addAll("attract-text", "attract-figure-text");
        Pane box;
        if (portrait()) {
            text.setAlignment(Pos.TOP_LEFT);
            box = new VBox(figure, text);
            ((VBox) box).setAlignment(Pos.CENTER_LEFT);
        } else {
            text.setAlignment(Pos.CENTER_LEFT);
            box = new HBox(figure, text);
            ((HBox) box).setAlignment(Pos.CENTER);
        }
        box.getStyleClass().add("attract-figure-slide");
        box.setId(id);
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

    /** The case's partner countries in each language its titles are read in, the year after the first line. */
    private List<Label> places(CaseStudy c) {
        List<Label> labels = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : languages.subList(0, Math.min(3, languages.size()))) {
            String countries = String.join(i18n.getIn(code, "list.separator"),
                    c.countries().stream().map(country -> content.countryName(country, code)).toList());
            if (!countries.isBlank() && seen.add(countries)) {
                boolean first = labels.isEmpty();
                labels.add(label(first && c.year() != null ? countries + BETWEEN + c.year() : countries,
                        "attract-meta"));
            }
        }
        if (labels.isEmpty() && c.year() != null) {
            labels.add(label(String.valueOf(c.year()), "attract-meta"));
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
