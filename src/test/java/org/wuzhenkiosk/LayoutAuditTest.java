package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.upkeep.IdleTimer;

/**
 * Every screen and state at every window size a hall or a presenter uses, walked node by node as a visitor would
 * read and touch it: no shown text cut short (an ellipsis, a clip) or lying over another text, none smaller than
 * the reading floor, no touch target smaller than a finger, nothing outside the window. Sizes are judged at
 * 1080p-equivalent: scene pixels times 1080 over the window's short side. Prints the smallest text and target of
 * each size. The checks a size does not pass yet, in every state or in one, are named in {@link #NOT_YET}; the test
 * fails when one of them starts to pass, so that the list stays exact and every passing check stays asserted.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditTest {

    /** Body text readable from a metre: 20 px at 1080p-equivalent in landscape, 18 px in portrait. */
    private static final double TEXT_FLOOR = 20;
    private static final double PORTRAIT_TEXT_FLOOR = 18;
    /** A fingertip: 56 px at 1080p-equivalent. */
    private static final double TARGET_FLOOR = 56;
    /** Rounding in layout and in the text's bounds: overlaps and overruns smaller than this go unnoticed. */
    private static final double SLACK = 1.5;
    private static final String PIN = "2468";
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** Surfaces a visitor pans, which clip what lies past their edges. */
    private static final Set<String> PANNED = Set.of("timeline-canvas", "map-viewport");
    /** A window's name ends in this when the visitor chose the largest text, 1.5 times the designed size. */
    private static final String LARGEST = "A++";

    /** The checks each size still fails, as "WIDTHxHEIGHT check"; see the class comment. */
    private static final Set<String> NOT_YET = Set.of(
            // reach mode: under the tour's words the screen it hosts has too little of the lower part to show whole
            "1920x1080 reach text cut, guided tour", "1920x1080 ar reach text cut, guided tour",
            "1080x1920 reach text overlap, guided tour");

    private static final Map<String, String> TABLE = new TreeMap<>();
    private KioskFixture fixture;
    private Stage stage;

    static Stream<String> sizes() {
        return Stream.of("1920x1080", "1080x1920", "3840x2160", "2160x3840", "1280x720", "1366x768", "2560x1080");
    }

    /**
     * Every size in English; the landscape, portrait and 4K windows in Chinese and in Arabic (right to left) too;
     * reach mode (every screen in the lower part of the window) in landscape and portrait, and in Arabic; and with
     * the visitor's largest text ({@code A++}, 1.5 times) the landscape and portrait windows in English and the
     * landscape window in Chinese and Arabic.
     */
    static Stream<String> windows() {
        return Stream.of(sizes(), Stream.of("zh", "ar").flatMap(language ->
                Stream.of("1920x1080", "1080x1920", "3840x2160").map(size -> size + " " + language)),
                Stream.of("1920x1080 reach", "1080x1920 reach", "1920x1080 ar reach"),
                Stream.of("1920x1080 " + LARGEST, "1080x1920 " + LARGEST, "1920x1080 zh " + LARGEST,
                        "1920x1080 ar " + LARGEST)).flatMap(s -> s);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @AfterAll
    static void printTable() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nLayout audit (sizes at 1080p-equivalent; scene px in brackets)%n%-16s | %-46s | %-46s | %s%n",
                "window", "smallest text", "smallest touch target", "problems"));
        TABLE.values().forEach(table::append);
        System.out.println(table);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void everyScreenAndStateFitsTheWindow(String window, FxRobot robot) {
        List<String> words = List.of(window.split(" "));
        String size = words.get(0);
        String language = words.size() > 1 && !words.get(1).equals("reach") && !words.get(1).equals(LARGEST)
                ? words.get(1) : "en";
        double textScale = words.contains(LARGEST) ? 1.5 : 1;
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assumeTrue(width <= screen.getWidth() && height <= screen.getHeight(), "a " + size + " window needs a screen "
                + "that large; the layout-audit run has one (./mvnw -B -o test-compile surefire:test@layout-audit)");
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height)
                .withLanguage(language).withReach(words.contains("reach"))
                .withOperations(KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000))));
        Audit audit = new Audit(width, height);
        KioskApp.Kiosk kiosk = fixture.kiosk();
        // the visitor's text size lasts until the idle reset: set again after each reset, as a visitor would
        Runnable textSize = () -> fixture.interact(() -> Units.of(kiosk.root()).setTextScale(textScale));
        textSize.run();
        Content content = kiosk.content().content();
        String event = content.events().get(0).id();
        String caseId = content.cases().stream().filter(c -> !c.places().isEmpty()).findFirst().orElseThrow().id();

        walk(audit, "home", k -> k.navigator().home());
        walk(audit, "timeline", k -> k.navigator().go(ScreenName.TIMELINE));
        walk(audit, "timeline, an event's sheet", k -> k.navigator().show(ScreenName.TIMELINE, event));
        walk(audit, "cases grid", k -> k.navigator().go(ScreenName.CASES));
        walk(audit, "a case's page", k -> k.navigator().show(ScreenName.CASES, caseId));
        walk(audit, "map", k -> k.navigator().go(ScreenName.MAP));
        walk(audit, "map, a case's card", k -> k.navigator().show(ScreenName.MAP, caseId));
        walk(audit, "guided tour", k -> k.navigator().go(ScreenName.STORY));
        fixture.interact(() -> {
            kiosk.upkeep().resetKiosk();
            kiosk.upkeep().idle().touched(); // a visitor who then walks away
        });
        textSize.run();
        fixture.advance(KioskSettings.DEFAULTS.idleTimeout().plusSeconds(1));
        audit.walk("idle overlay", layer(robot, "#idle-overlay"));
        fixture.advance(IdleTimer.COUNTDOWN.plus(SETTLE));
        audit.walk("attract loop", layer(robot, "#attract-loop"));
        robot.clickOn(robot.point(kiosk.root()).atPosition(Pos.CENTER).query()); // a visitor ends the loop
        textSize.run();
        settle();
        openPinPad(robot);
        audit.walk("staff PIN pad", layer(robot, "#pin-pad"));
        fixture.interact(() -> {
            for (char digit : PIN.toCharArray()) {
                robot.lookup("#pin-" + digit).queryButton().fire();
            }
            robot.lookup("#pin-ok").queryButton().fire();
        });
        settle();
        audit.walk("staff panel", layer(robot, "#staff-panel"));

        TABLE.put(String.format(Locale.ROOT, "%02d", windows().toList().indexOf(window)), audit.row(window));
        SoftAssertions checks = new SoftAssertions();
        for (Map.Entry<String, Map<String, List<String>>> check : audit.problems().entrySet()) {
            for (String state : audit.states()) {
                List<String> found = check.getValue().getOrDefault(state, List.of());
                String key = window + " " + check.getKey() + ", " + state;
                boolean notYet = NOT_YET.contains(window + " " + check.getKey()) || NOT_YET.contains(key);
                if (!found.isEmpty()) {
                    System.out.println((notYet ? "not yet, " : "") + key + ": " + found.size() + " problems, e.g.\n    "
                            + found.stream().limit(8).collect(Collectors.joining("\n    ")));
                }
                if (NOT_YET.contains(key)) {
                    checks.assertThat(found).as("%s passes now: take it off NOT_YET", key).isNotEmpty();
                } else if (!notYet) {
                    checks.assertThat(found).as(key).isEmpty();
                }
            }
            if (NOT_YET.contains(window + " " + check.getKey())) {
                checks.assertThat(check.getValue()).as("%s %s passes now: take it off NOT_YET", window, check.getKey())
                        .isNotEmpty();
            }
        }
        checks.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void aCasePagesPictureHasTheScreensPixelsUpToItsOwn(String size, FxRobot robot) {
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assumeTrue(width <= screen.getWidth() && height <= screen.getHeight(), "a " + size + " window needs a screen "
                + "that large; the layout-audit run has one (./mvnw -B -o test-compile surefire:test@layout-audit)");
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height));
        // the bundled pictures are 1200x750; a case's page shows its first in a 1000x625 layout box
        fixture.interact(() -> fixture.kiosk().navigator().show(ScreenName.CASES, "cbers-amazon"));
        settle();
        ImageView picture = fixture.interact(() -> robot.lookup("#case-detail ImageView").queryAll().stream()
                .map(ImageView.class::cast).filter(SceneGraph::showing).findFirst().orElseThrow());
        double shown = fixture.interact(() -> picture.localToScene(picture.getLayoutBounds()).getWidth());
        double decoded = picture.getImage().getWidth();
        System.out.printf(Locale.ROOT, "%s: a case's picture is %.0f px wide on screen, decoded %.0f px wide%n",
                size, shown, decoded);
        assertThat(decoded).as("as many pixels as the screen shows, up to the picture's own 1200")
                .isCloseTo(Math.min(1200, shown), within(1.0));
    }

    /**
     * A display turned from landscape to portrait, then a window moved to a 4K panel, while the kiosk runs: each
     * time the kiosk lays out again for the window it has, without a restart, and reads as it does when started at
     * that size.
     */
    @Test
    void aWindowTurnedOrResizedLaysOutAgainWithoutARestart(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assumeTrue(screen.getWidth() >= 3840 && screen.getHeight() >= 3840, "a 4K window needs a screen that large; "
                + "the layout-audit run has one (./mvnw -B -o test-compile surefire:test@layout-audit)");
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(1920, 1080)
                .withLanguage("en"));
        settle();
        Node timeline = robot.lookup("#home-timeline").query();
        Node cases = robot.lookup("#home-cases").query();
        Labeled title = robot.lookup("#home-title").queryAs(Labeled.class);
        double titleAt1080 = title.getFont().getSize();
        Bounds t = fixture.interact(() -> timeline.localToScene(timeline.getLayoutBounds()));
        Bounds c = fixture.interact(() -> cases.localToScene(cases.getLayoutBounds()));
        assertThat(c.getMinX()).as("landscape: the doors side by side").isGreaterThan(t.getMaxX());

        resize(1080, 1920);
        t = fixture.interact(() -> timeline.localToScene(timeline.getLayoutBounds()));
        c = fixture.interact(() -> cases.localToScene(cases.getLayoutBounds()));
        assertThat(c.getMinY()).as("turned to portrait: the doors stacked").isGreaterThanOrEqualTo(t.getMaxY());
        assertThat(t.getMaxX()).as("inside the portrait window").isLessThanOrEqualTo(1080 + SLACK);
        Audit portrait = new Audit(1080, 1920);
        portrait.walk("home, turned to portrait", fixture.interact(() -> fixture.kiosk().shell()));
        portrait.problems().forEach((check, found) -> assertThat(found).as("portrait " + check).isEmpty());

        resize(3840, 2160);
        assertThat(title.getFont().getSize()).as("at 4K the title is drawn at twice its 1080p size")
                .isCloseTo(2 * titleAt1080, within(0.5));
        Audit large = new Audit(3840, 2160);
        large.walk("home, moved to 4K", fixture.interact(() -> fixture.kiosk().shell()));
        large.problems().forEach((check, found) -> assertThat(found).as("4K " + check).isEmpty());
    }

    private void resize(double width, double height) {
        fixture.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
        settle();
        assertThat(fixture.interact(() -> fixture.kiosk().root().getWidth())).as("the window's new width")
                .isCloseTo(width, within(1.0));
    }

    /**
     * The home intro in Chinese, drawn as the window draws it, against the same text drawn at its size on screen
     * without a scale: a glyph whose strokes overlap in the font (most hanzi; "f" and "4" in Latin) loses ink where
     * they cross when JavaFX draws it scaled. The kiosk lays out at the window's pixels, so nothing is scaled.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sizes")
    void chineseTextIsDrawnWholeInTheWindow(String size, FxRobot robot) {
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assumeTrue(width <= screen.getWidth() && height <= screen.getHeight(), "a " + size + " window needs a screen "
                + "that large; the layout-audit run has one (./mvnw -B -o test-compile surefire:test@layout-audit)");
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height)
                .withLanguage("zh"));
        Labeled intro = robot.lookup("#home-intro").queryAs(Labeled.class);
        double whole = fixture.interact(() -> {
            double scale = Audit.scale(intro);
            Text drawn = new Text(intro.getText());
            drawn.setFont(intro.getFont());
            drawn.getTransforms().add(new Scale(scale, scale));
            Text reference = new Text(intro.getText());
            reference.setFont(new Font(intro.getFont().getName(), intro.getFont().getSize() * scale));
            return ink(drawn) / ink(reference);
        });
        System.out.printf(Locale.ROOT, "%s: the Chinese intro keeps %.1f %% of its ink%n", size, 100 * whole);
        assertThat(fixture.interact(() -> Audit.scale(intro))).as("%s: drawn at the window's own pixels", size)
                .isEqualTo(1);
        if (NOT_YET.contains(size + " glyphs whole")) {
            assertThat(whole).as("%s draws whole glyphs now: take it off NOT_YET", size).isLessThan(0.98);
        } else {
            assertThat(whole).as("%s: ink kept", size).isGreaterThanOrEqualTo(0.98);
        }
    }

    /** How much light a white text gives on black: the sum of its pixels' brightness. */
    private static double ink(Text text) {
        text.setFill(Color.WHITE);
        SnapshotParameters black = new SnapshotParameters();
        black.setFill(Color.BLACK);
        WritableImage image = new Group(text).snapshot(black, null);
        PixelReader pixels = image.getPixelReader();
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += pixels.getColor(x, y).getBrightness();
            }
        }
        return sum;
    }

    private void walk(Audit audit, String state, Consumer<KioskApp.Kiosk> go) {
        fixture.interact(() -> go.accept(fixture.kiosk()));
        settle();
        audit.walk(state, fixture.interact(() -> fixture.kiosk().shell()));
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(SETTLE));
        fixture.advance(Duration.ofMillis(500));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node layer(FxRobot robot, String id) {
        Node layer = robot.lookup(id).query();
        assertThat(fixture.interact(() -> SceneGraph.showing(layer))).as("%s shows", id).isTrue();
        return layer;
    }

    private void openPinPad(FxRobot robot) {
        Point2D corner = fixture.interact(() -> {
            Bounds b = fixture.kiosk().root().localToScreen(fixture.kiosk().root().getLayoutBounds());
            return new Point2D(b.getMinX() + 12, b.getMinY() + 12);
        });
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner);
        }
        settle();
    }

    /** What one size shows, state by state: the findings of each check and the smallest text and target. */
    private static final class Audit {

        private final double width;
        private final double height;
        /** Scene pixels per 1080p-equivalent pixel. */
        private final double unit;
        private final double textFloor;
        /** Each check's findings, state by state. */
        private final Map<String, Map<String, List<String>>> problems = new LinkedHashMap<>();
        private final List<String> states = new ArrayList<>();
        private String state;
        private double smallestText = Double.MAX_VALUE;
        private String smallestTextWhat = "";
        private double smallestTarget = Double.MAX_VALUE;
        private String smallestTargetWhat = "";

        Audit(double width, double height) {
            this.width = width;
            this.height = height;
            this.unit = Math.min(width, height) / 1080;
            this.textFloor = height > width ? PORTRAIT_TEXT_FLOOR : TEXT_FLOOR;
            for (String check : List.of("text size", "text cut", "text overlap", "target size", "outside window")) {
                problems.put(check, new LinkedHashMap<>());
            }
        }

        Map<String, Map<String, List<String>>> problems() {
            return problems;
        }

        List<String> states() {
            return states;
        }

        void walk(String stateName, Node root) {
            state = stateName;
            states.add(stateName);
            List<Text> texts = new ArrayList<>();
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                visit(root, texts);
                overlaps(texts);
            });
        }

        private void visit(Node node, List<Text> texts) {
            if (!node.isVisible() || node.getOpacity() == 0) {
                return;
            }
            Bounds seen = seen(node);
            if (seen == null) {
                return; // clipped away or scrolled out of view: not shown
            }
            if (node instanceof Text text && !(node instanceof FontIcon) && !text.getText().isBlank()) {
                texts.add(text);
                text(text, seen);
            }
            if (reactsToTouch(node)) {
                target(node, seen);
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    visit(child, texts);
                }
            }
        }

        private void text(Text text, Bounds seen) {
            double px = text.getFont().getSize() * scale(text);
            double equivalent = px / unit;
            if (equivalent < smallestText) {
                smallestText = equivalent;
                smallestTextWhat = String.format(Locale.ROOT, "%.1f [%.1f] %s", equivalent, px, describe(text));
            }
            if (equivalent < textFloor - 0.05) {
                add("text size", String.format(Locale.ROOT, "%.1f px %s", equivalent, describe(text)));
            }
            if (text.getParent() instanceof Labeled labeled && labeled.getGraphic() != text
                    && labeled.getText() != null && !labeled.getText().equals(text.getText())) {
                add("text cut", "ellipsis " + describe(text) + " of \"" + shorten(labeled.getText()) + "\"");
            } else if (!contains(unscrolled(text), text.localToScene(text.getBoundsInLocal()))) {
                add("text cut", "clipped " + describe(text));
            }
            outside(text, seen);
        }

        private void target(Node node, Bounds seen) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            double side = Math.min(b.getWidth(), b.getHeight()) / unit;
            if (side < smallestTarget) {
                smallestTarget = side;
                smallestTargetWhat = String.format(Locale.ROOT, "%.0f [%.0f] %s", side, side * unit, describe(node));
            }
            if (side < TARGET_FLOOR - 0.5) {
                add("target size", String.format(Locale.ROOT, "%.0fx%.0f px %s", b.getWidth() / unit,
                        b.getHeight() / unit, describe(node)));
            }
            outside(node, seen);
        }

        private void outside(Node node, Bounds seen) {
            if (seen.getMinX() < -SLACK || seen.getMinY() < -SLACK || seen.getMaxX() > width + SLACK
                    || seen.getMaxY() > height + SLACK) {
                add("outside window", String.format(Locale.ROOT, "%s at %.0f,%.0f-%.0f,%.0f", describe(node),
                        seen.getMinX(), seen.getMinY(), seen.getMaxX(), seen.getMaxY()));
            }
        }

        /** Texts on the same surface (the nearest ancestor with an opaque fill) that lie over each other. */
        private void overlaps(List<Text> texts) {
            Map<Node, List<Text>> bySurface = texts.stream().collect(Collectors.groupingBy(Audit::surface,
                    LinkedHashMap::new, Collectors.toList()));
            for (List<Text> group : bySurface.values()) {
                for (int i = 0; i < group.size(); i++) {
                    Bounds a = tight(group.get(i));
                    for (int j = i + 1; j < group.size(); j++) {
                        Bounds b = tight(group.get(j));
                        double x = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                        double y = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                        if (x > SLACK && y > SLACK) {
                            add("text overlap", describe(group.get(i)) + " and " + describe(group.get(j)));
                        }
                    }
                }
            }
        }

        /** Where the text's ink lies: its line boxes less the space above the capitals and below descenders. */
        private static Bounds tight(Text text) {
            Bounds b = text.localToScene(text.getBoundsInLocal());
            double inset = text.getFont().getSize() * 0.2 * scale(text);
            return new BoundingBox(b.getMinX(), b.getMinY() + inset, b.getWidth(),
                    Math.max(0, b.getHeight() - 2 * inset));
        }

        private static Node surface(Node node) {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof Region region && opaque(region.getBackground())) {
                    return n;
                }
            }
            return node.getScene().getRoot();
        }

        private static boolean opaque(Background background) {
            if (background == null) {
                return false;
            }
            for (BackgroundFill fill : background.getFills()) {
                if (fill.getFill() instanceof Color colour && colour.getOpacity() > 0.9) {
                    return true;
                }
            }
            return false;
        }

        /** The part of {@code node} left inside every clip above it, in scene pixels; null when none is. */
        private static Bounds seen(Node node) {
            return inside(node, false);
        }

        /**
         * As {@link #seen}, leaving out the clips of what a visitor drags through (scrollers, the timeline, the
         * map): what is scrolled past their edge is a drag away, not cut.
         */
        private static Bounds unscrolled(Node node) {
            return inside(node, true);
        }

        private static Bounds inside(Node node, boolean skipScrollers) {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            for (Node n = node; n != null; n = n.getParent()) {
                Node clip = n.getClip();
                if (clip != null && !(skipScrollers && scrolls(n))) {
                    b = intersect(b, n.localToScene(clip.getBoundsInParent()));
                    if (b == null) {
                        return null;
                    }
                }
            }
            return b;
        }

        private static boolean scrolls(Node clipped) {
            return clipped.getStyleClass().contains("viewport") && clipped.getParent() instanceof ScrollPane
                    || clipped.getStyleClass().contains("clipped-container")
                    || clipped.getParent() instanceof VirtualFlow
                    || clipped.getId() != null && PANNED.contains(clipped.getId());
        }

        private static boolean contains(Bounds inner, Bounds whole) {
            return inner != null && whole.getWidth() - inner.getWidth() <= SLACK
                    && whole.getHeight() - inner.getHeight() <= SLACK;
        }

        private static Bounds intersect(Bounds a, Bounds b) {
            double minX = Math.max(a.getMinX(), b.getMinX());
            double minY = Math.max(a.getMinY(), b.getMinY());
            double maxX = Math.min(a.getMaxX(), b.getMaxX());
            double maxY = Math.min(a.getMaxY(), b.getMaxY());
            return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
        }

        private static boolean reactsToTouch(Node node) {
            if (node.isMouseTransparent() || node.isDisabled()) {
                return false;
            }
            return node instanceof ButtonBase || node instanceof Slider || node instanceof ComboBoxBase
                    || node.getOnMouseClicked() != null || node.getOnMousePressed() != null
                    || node.getOnTouchPressed() != null;
        }

        static double scale(Node node) {
            var t = node.getLocalToSceneTransform();
            return Math.sqrt(Math.abs(t.getMxx() * t.getMyy() - t.getMxy() * t.getMyx()));
        }

        private String describe(Node node) {
            StringBuilder what = new StringBuilder(state).append(": ");
            Node named = node;
            while (named != null && named.getId() == null) {
                named = named.getParent();
            }
            if (node instanceof Text text) {
                what.append('"').append(shorten(text.getText())).append("\" ");
            } else if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
                what.append('"').append(shorten(labeled.getText())).append("\" ");
            }
            what.append(node.getClass().getSimpleName());
            if (named != null) {
                what.append(named == node ? " #" : " in #").append(named.getId());
            }
            return what.toString();
        }

        private static String shorten(String text) {
            String line = text.replace('\n', ' ');
            return line.length() > 28 ? line.substring(0, 27) + "…" : line;
        }

        private void add(String check, String problem) {
            problems.get(check).computeIfAbsent(state, s -> new ArrayList<>()).add(problem);
        }

        String row(String size) {
            String counts = problems.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                    .map(e -> e.getKey() + " " + e.getValue().values().stream().mapToInt(List::size).sum())
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "%-16s | %-46s | %-46s | %s%n", size, shorten(smallestTextWhat, 46),
                    shorten(smallestTargetWhat, 46), counts.isEmpty() ? "none" : counts);
        }

        private static String shorten(String text, int length) {
            return text.length() > length ? text.substring(0, length - 1) + "…" : text;
        }
    }
}
