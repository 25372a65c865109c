package org.wuzhenkiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.ui.Resources;

/**
 * Both palettes as the CSS engine resolves them. Every text style of every stylesheet meets WCAG 2.2 against what it
 * is drawn on (AA in the default theme, AAA in high contrast), every control's edge and the focus ring reach 3:1;
 * in high contrast every kind of timeline event keeps a colour of its own with normal sight and with each common
 * colour-vision deficiency (simulated), and a shape of its own besides; the map's land stands out from its sea.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    private static final int KINDS = 7;
    /** Colour differences (CIE76 ΔE) below about 10 are hard to tell apart at a glance on small marks. */
    private static final double LEAST_DIFFERENCE = 15;
    /** Machado, Oliveira and Fernandes (2009) at full severity, applied to linear RGB. */
    private static final Map<String, double[][]> VISION = Map.of(
            "normal sight", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}});

    private static final double AA = 4.5;
    private static final double AA_LARGE = 3;
    private static final double AAA = 7;
    /** WCAG 2.2 1.4.11: a control's edge, and the focus ring, against what is next to it. */
    private static final double NON_TEXT = 3;
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final List<String> SURFACES = List.of("-k-bg", "-k-surface", "-k-surface-raised");
    private static final List<String> BG = List.of("-k-bg");
    private static final List<String> SURFACE = List.of("-k-surface");
    private static final List<String> PAGE_OR_CARD = List.of("-k-bg", "-k-surface");
    /** A drawn cover's gradient runs from its darkened hue to the surface (ui/cover.css). */
    private static final List<String> COVER_HUES = List.of("derive(-k-accent, -65%)", "derive(-k-warm, -65%)",
            "derive(-k-sky, -65%)", "derive(-k-alert, -65%)", "-k-surface");
    /** What each text style without an opaque background of its own is drawn on, as the screens place it. */
    private static final Map<String, List<String>> TEXT_BACKGROUNDS = Map.ofEntries(
            Map.entry(".label", SURFACES),
            Map.entry(".chip", SURFACES),
            Map.entry(".touch-bar-title", SURFACE),
            Map.entry(".credit", PAGE_OR_CARD),
            // cases: grid header and page on the page, cards and the filter panel on the surface
            Map.entry(".cases-count", BG), Map.entry(".cases-empty", BG), Map.entry(".filter-title", SURFACE),
            Map.entry(".case-countries", SURFACE), Map.entry(".case-meta", SURFACE),
            Map.entry(".case-example-tag", PAGE_OR_CARD), Map.entry(".case-example-note", BG),
            Map.entry(".country-name", SURFACE), Map.entry(".country-more", SURFACE),
            Map.entry(".case-detail-meta", BG), Map.entry(".section-title", PAGE_OR_CARD),
            Map.entry(".section-hint", BG), Map.entry(".case-summary", BG), Map.entry(".partner-country", BG),
            Map.entry(".case-event-date", SURFACE), Map.entry(".takeaway-link", SURFACE),
            // home: the page, and the doors' panels
            Map.entry(".home-subtitle", BG), Map.entry(".home-intro", BG), Map.entry(".home-touch-hint", BG),
            Map.entry(".door-hint", SURFACE),
            // map: a cluster's count on its dot, the legend and hint on the page, the card on its panel (names on
            // countries carry their own plate)
            Map.entry(".map-cluster-count", List.of("-k-warm")),
            Map.entry(".map-hint", BG), Map.entry(".map-legend-text", BG), Map.entry(".map-card-place", SURFACE),
            Map.entry(".map-card-area", SURFACE), Map.entry(".map-card-summary", SURFACE),
            // timeline: the page and its axis, the cards and the sheets on the surface
            Map.entry(".tl-hint", BG), Map.entry(".tl-tick-year", BG), Map.entry(".tl-tick-month", BG),
            Map.entry(".tl-tick-month-major", BG), Map.entry(".tl-tick-day", BG), Map.entry(".tl-empty", BG),
            Map.entry(".tl-card-date", SURFACE), Map.entry(".tl-card-title", SURFACE),
            Map.entry(".tl-badge-count", List.of("-k-surface-raised")),
            Map.entry(".year-label", List.of("-k-surface", "-k-surface-raised")),
            Map.entry(".tl-detail-date", SURFACE), Map.entry(".tl-detail-place", SURFACE),
            Map.entry(".tl-detail-body", SURFACE), Map.entry(".tl-detail-heading", SURFACE),
            Map.entry(".tl-detail-caption", SURFACE), Map.entry(".tl-case-hint", List.of("-k-surface-raised")),
            // the guided tour's panel
            Map.entry(".story-progress", SURFACE),
            // shared widgets
            Map.entry(".cover-initial", COVER_HUES), Map.entry(".cover-theme", COVER_HUES),
            Map.entry(".media-time", SURFACE), Map.entry(".captions", SURFACE),
            Map.entry(".media-failed-reason", PAGE_OR_CARD),
            Map.entry(".source-title", PAGE_OR_CARD), Map.entry(".source-url", PAGE_OR_CARD),
            Map.entry(".source-publisher", PAGE_OR_CARD),
            // the idle question and the PIN pad on their panels, the attract loop on the page
            Map.entry(".idle-countdown", SURFACE), Map.entry(".idle-seconds", SURFACE),
            Map.entry(".attract-title-other", BG), Map.entry(".attract-subtitle", BG),
            Map.entry(".attract-kicker", BG), Map.entry(".attract-case-title-other", BG),
            Map.entry(".attract-meta", BG), Map.entry(".attract-year", BG),
            Map.entry(".attract-event-title-other", BG), Map.entry(".attract-summary", BG),
            Map.entry(".attract-summary-other", BG), Map.entry(".attract-touch", List.of("-k-accent")),
            Map.entry(".pin-prompt", SURFACE), Map.entry(".pin-dots", SURFACE), Map.entry(".pin-message", SURFACE),
            Map.entry(".pin-message:info", SURFACE),
            // the staff panel: its cards, and the problem list's well on the page colour
            Map.entry(".staff-heading", SURFACE), Map.entry(".staff-muted", SURFACE),
            Map.entry(".staff-note", SURFACE), Map.entry(".problem-error", BG), Map.entry(".problem-warning", BG),
            Map.entry(".staff-clean", SURFACE), Map.entry(".staff-chart .axis", SURFACE),
            Map.entry(".staff-chart .axis-label", SURFACE));
    /**
     * Every kind of control a visitor touches (its style classes) and what it is drawn on. A timeline card is left
     * out: its kind's bar marks it (everyKindOfEventKeepsItsOwnColourWhateverTheColourVision).
     */
    private static final Map<String, List<String>> CONTROL_BACKGROUNDS = Map.ofEntries(
            Map.entry("touch-button", List.of("-k-bg", "-k-surface")),
            Map.entry("touch-button language-button", SURFACE),
            Map.entry("chip tl-chip", BG),
            Map.entry("chip filter-chip", SURFACE),
            Map.entry("touch-button chip facet-button", BG),
            Map.entry("panel door", BG),
            Map.entry("card case-card", BG),
            Map.entry("card case-event", BG),
            Map.entry("touch-button case-place", BG),
            Map.entry("tl-zoom-button", BG),
            Map.entry("tl-badge", BG),
            Map.entry("year-strip", BG),
            Map.entry("tl-case-row", SURFACE),
            Map.entry("touch-button tl-close", SURFACE),
            Map.entry("touch-button tl-step", SURFACE),
            Map.entry("touch-button map-round-button", List.of("-k-sea", "-k-land")),
            Map.entry("touch-button map-reset-button", List.of("-k-sea", "-k-land")),
            Map.entry("touch-button map-open-button", SURFACE),
            Map.entry("touch-button map-secondary-button", SURFACE),
            Map.entry("map-list-item", SURFACE),
            Map.entry("gallery-arrow", SURFACE),
            Map.entry("media-big-play", SURFACE),
            Map.entry("touch-button media-toggle", SURFACE),
            Map.entry("touch-button idle-continue", SURFACE),
            Map.entry("touch-button story-step", SURFACE),
            Map.entry("touch-button story-step story-next", SURFACE),
            Map.entry("touch-button pin-key", SURFACE));

    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        Scene scene = new Scene(root, 200, 200);
        Theme.apply(scene, KioskSettings.Theme.HIGH_CONTRAST);
        stage.setScene(scene);
        stage.show();
    }

    /** What a looked-up colour of the theme resolves to in the high-contrast palette. */
    private Color lookedUp(FxRobot robot, String name) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: " + name + ";");
        robot.interact(() -> {
            root.getChildren().add(probe);
            root.applyCss();
        });
        return (Color) probe.getBackground().getFills().get(0).getFill();
    }

    @Test
    void everyKindOfEventKeepsItsOwnColourWhateverTheColourVision(FxRobot robot) {
        Color background = lookedUp(robot, "-k-bg");
        List<Color> kinds = new ArrayList<>();
        for (int i = 0; i < KINDS; i++) {
            Color kind = lookedUp(robot, "-k-kind-" + i);
            assertThat(contrast(kind, background)).as("kind %d on the background", i).isGreaterThanOrEqualTo(3);
            kinds.add(kind);
        }
        VISION.forEach((vision, matrix) -> {
            UnaryOperator<double[]> seen = rgb -> multiply(matrix, rgb);
            for (int i = 0; i < KINDS; i++) {
                for (int j = i + 1; j < KINDS; j++) {
                    double difference = deltaE(seen.apply(linear(kinds.get(i))), seen.apply(linear(kinds.get(j))));
                    assertThat(difference).as("kinds %d (%s) and %d (%s) with %s", i, kinds.get(i), j,
                            kinds.get(j), vision).isGreaterThanOrEqualTo(LEAST_DIFFERENCE);
                }
            }
        });
    }

    @Test
    void everyKindOfEventHasItsOwnShapeToo(FxRobot robot) {
        Pane timeline = new Pane();
        timeline.getStylesheets().add(Resources.stylesheet(ThemeContrastTest.class,
                "/org/wuzhenkiosk/screen/timeline/timeline.css"));
        List<Region> marks = new ArrayList<>();
        for (int i = 0; i < KINDS; i++) {
            Region mark = new Region();
            mark.getStyleClass().addAll("tl-marker", "kind-" + i);
            marks.add(mark);
        }
        robot.interact(() -> {
            timeline.getChildren().setAll(marks);
            root.getChildren().add(timeline);
            root.applyCss();
        });
        Set<String> shapes = new HashSet<>();
        for (Region mark : marks) {
            assertThat(mark.getShape()).as(mark.getStyleClass().toString()).isInstanceOf(SVGPath.class);
            shapes.add(((SVGPath) mark.getShape()).getContent());
        }
        assertThat(shapes).hasSize(KINDS);
    }

    @Test
    void theMapsLandStandsOutFromItsSea(FxRobot robot) {
        assertThat(contrast(lookedUp(robot, "-k-land"), lookedUp(robot, "-k-sea"))).isGreaterThanOrEqualTo(3);
        // the names on the land stay readable
        assertThat(contrast(lookedUp(robot, "-k-fg"), lookedUp(robot, "-k-land"))).isGreaterThanOrEqualTo(4.5);
    }

    /** Each text style of every stylesheet, in both palettes, against every background it is drawn on. */
    @Test
    void everyTextStyleIsReadableInBothThemes(FxRobot robot) throws IOException {
        List<String> failures = new ArrayList<>();
        for (KioskSettings.Theme theme : KioskSettings.Theme.values()) {
            use(robot, theme);
            for (CssRule rule : textRules()) {
                List<String> drawnOn = rule.ownBackground() != null && isOpaque(robot, rule.ownBackground())
                        ? List.of(rule.ownBackground()) : TEXT_BACKGROUNDS.get(rule.selector());
                if (drawnOn == null) {
                    failures.add(rule + ": a text style with no background named in TEXT_BACKGROUNDS; add the"
                            + " looked-up colours it is drawn on");
                    continue;
                }
                double least = theme == KioskSettings.Theme.HIGH_CONTRAST ? AAA : rule.large() ? AA_LARGE : AA;
                for (String under : drawnOn) {
                    Color background = paint(robot, under);
                    if (rule.ownBackground() != null && !drawnOn.contains(rule.ownBackground())) {
                        background = over(paint(robot, rule.ownBackground()), background);
                    }
                    Color text = over(withOpacity(paint(robot, rule.fill()), rule.opacity()), background);
                    double ratio = contrast(text, background);
                    if (ratio < least) {
                        failures.add(String.format(Locale.ROOT, "%s (%s): %s on %s is %.2f:1, needs %.1f:1",
                                rule, theme, rule.fill(), under, ratio, least));
                    }
                }
            }
        }
        assertThat(failures).as("text styles below WCAG 2.2 (AA default, AAA high contrast)").isEmpty();
    }

    /** A control's edge (its outline, or its fill where it has none) stands out from what it is drawn on. */
    @Test
    void everyControlStandsOutFromWhatItIsDrawnOn(FxRobot robot) throws IOException {
        List<String> failures = new ArrayList<>();
        for (KioskSettings.Theme theme : KioskSettings.Theme.values()) {
            use(robot, theme);
            for (Map.Entry<String, List<String>> control : CONTROL_BACKGROUNDS.entrySet()) {
                Region probe = styled(robot, control.getKey());
                for (String under : control.getValue()) {
                    Color background = paint(robot, under);
                    double ratio = edgeContrast(probe, background);
                    if (ratio < NON_TEXT) {
                        failures.add(String.format(Locale.ROOT, "%s (%s) on %s: its edge is %.2f:1, needs 3:1",
                                control.getKey(), theme, under, ratio));
                    }
                }
            }
        }
        assertThat(failures).as("controls whose edge does not reach 3:1").isEmpty();
    }

    /** The keyboard's focus ring shows on every surface a control sits on, and beside a chosen (lit) one. */
    @Test
    void theFocusRingShowsOnEverySurface(FxRobot robot) {
        for (KioskSettings.Theme theme : KioskSettings.Theme.values()) {
            use(robot, theme);
            Color ring = paint(robot, "-k-focus");
            for (String under : List.of("-k-bg", "-k-surface", "-k-surface-raised", "-k-sea", "-k-land")) {
                assertThat(contrast(ring, paint(robot, under))).as("focus ring on %s (%s)", under, theme)
                        .isGreaterThanOrEqualTo(NON_TEXT);
            }
        }
    }

    private void use(FxRobot robot, KioskSettings.Theme theme) {
        robot.interact(() -> {
            Theme.apply(root.getScene(), theme);
            root.applyCss();
        });
    }

    /** What a paint expression of the stylesheets ({@code -k-muted}, {@code derive(-k-accent, -45%)}) resolves to. */
    private Color paint(FxRobot robot, String expression) {
        return lookedUp(robot, expression);
    }

    private boolean isOpaque(FxRobot robot, String expression) {
        return paint(robot, expression).getOpacity() >= 1;
    }

    /**
     * A node with {@code styleClasses} (space separated) under every stylesheet of the kiosk: the theme's on the
     * scene, the others on a parent, which wins over the scene's as in the kiosk.
     */
    private Region styled(FxRobot robot, String styleClasses) throws IOException {
        Pane sheet = new Pane();
        stylesheetUrls().stream().filter(url -> !url.endsWith(Theme.STYLESHEET))
                .forEach(sheet.getStylesheets()::add);
        Button probe = new Button("Aa");
        probe.getStyleClass().setAll(styleClasses.split(" "));
        robot.interact(() -> {
            sheet.getChildren().add(probe);
            root.getChildren().add(sheet);
            root.applyCss();
        });
        return probe;
    }

    /** The better of a control's outline and its outermost fill against {@code background}. */
    private static double edgeContrast(Region control, Color background) {
        double best = 1;
        if (control.getBorder() != null) {
            for (BorderStroke stroke : control.getBorder().getStrokes()) {
                if (stroke.getWidths().getTop() >= 1 && stroke.getTopStroke() instanceof Color c) {
                    best = Math.max(best, contrast(over(c, background), background));
                }
            }
        }
        if (control.getBackground() != null && !control.getBackground().getFills().isEmpty()
                && control.getBackground().getFills().get(0).getFill() instanceof Color c) {
            best = Math.max(best, contrast(over(c, background), background));
        }
        return best;
    }

    private static Color withOpacity(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity() * opacity);
    }

    /** {@code top} painted over the opaque {@code bottom}. */
    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a), 1);
    }

    /** One rule of a stylesheet that sets a text fill. */
    private record CssRule(String file, String selector, String fill, String ownBackground, double opacity,
                           boolean large) {
        @Override
        public String toString() {
            return file + " " + selector;
        }
    }

    private static List<String> stylesheetUrls() throws IOException {
        List<String> urls = new ArrayList<>();
        for (Path css : stylesheets()) {
            urls.add(css.toUri().toString());
        }
        return urls;
    }

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(base())) {
            return files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
    }

    /** The folder of the kiosk's resources (org/wuzhenkiosk), which holds every stylesheet. */
    private static Path base() throws IOException {
        try {
            return Path.of(ThemeContrastTest.class.getResource(Theme.STYLESHEET).toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Every rule of every stylesheet that sets a text fill, with what else it says about that text. */
    private static List<CssRule> textRules() throws IOException {
        List<CssRule> rules = new ArrayList<>();
        Path base = base();
        for (Path css : stylesheets()) {
            String text = COMMENT.matcher(Files.readString(css)).replaceAll("");
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                Map<String, String> declarations = new HashMap<>();
                for (String declaration : m.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).trim(),
                                declaration.substring(colon + 1).trim());
                    }
                }
                String fill = declarations.getOrDefault("-fx-text-fill", declarations.get("-fx-tick-label-fill"));
                if (fill == null) {
                    continue;
                }
                String background = declarations.get("-fx-background-color");
                if (background != null && background.contains(",")) {
                    background = background.substring(background.lastIndexOf(',') + 1).trim();
                }
                double size = Double.parseDouble(declarations.getOrDefault("-fx-font-size", "22px")
                        .replace("px", ""));
                boolean bold = "bold".equals(declarations.get("-fx-font-weight"));
                // WCAG's large text: 18 pt, or 14 pt bold (24 px and 18.66 px)
                boolean large = size >= 24 || bold && size >= 18.66;
                double opacity = Double.parseDouble(declarations.getOrDefault("-fx-opacity", "1"));
                for (String selector : m.group(1).split(",")) {
                    rules.add(new CssRule(base.relativize(css).toString(), String.join(" ", selector.trim()
                            .split("\\s+")), fill, background, opacity, large));
                }
            }
        }
        return rules;
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(linear(a));
        double lb = luminance(linear(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double[] linear(Color c) {
        return new double[] {channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue())};
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]));
        }
        return out;
    }

    /** CIE76 colour difference of two linear-RGB colours, through XYZ (D65) and CIELAB. */
    private static double deltaE(double[] a, double[] b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.9505;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.089;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
