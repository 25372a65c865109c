package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.upkeep.IdleTimer;

/**
 * Reach mode, for a visitor in a wheelchair or a child: every control and text of every screen, and what is open on
 * it, in the lower part of the window; an empty band above that a tap on returns to the whole window; the touch
 * bar's button switches it; the idle reset brings back what kiosk.properties says (a wrong value there: MainTest).
 * {@code -Dreach.shots=DIR} saves a picture of each state looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ReachTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** Rounding in layout: a node this much into the band goes unnoticed. */
    private static final double SLACK = 1;
    private KioskFixture fixture;
    private Stage stage;

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

    private KioskApp.Kiosk show(KioskSettings settings) {
        fixture = KioskFixture.show(stage, settings.withFullScreen(false));
        settle();
        return fixture.kiosk();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(SETTLE));
        fixture.advance(Duration.ofMillis(500));
    }

    /** Landscape and portrait (a portrait window the test screen holds), and Arabic, laid out right to left. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1920x1080 en", "608x1080 en", "1920x1080 ar", "608x1080 ar"})
    void everyScreenAndWhatIsOpenOnItLiesInTheLowerPartUnderAnEmptyBand(String window) throws IOException {
        String[] parts = window.split("[x ]");
        int width = Integer.parseInt(parts[0]);
        int height = Integer.parseInt(parts[1]);
        KioskApp.Kiosk kiosk = show(KioskSettings.DEFAULTS.withSize(width, height).withLanguage(parts[2])
                .withReach(true));
        Content content = kiosk.content().content();
        String event = content.events().get(0).id();
        String caseId = content.cases().stream().filter(c -> !c.places().isEmpty()).findFirst().orElseThrow().id();
        SoftAssertions checks = new SoftAssertions();
        look(checks, window, "home", k -> k.navigator().home());
        look(checks, window, "timeline", k -> k.navigator().go(ScreenName.TIMELINE));
        look(checks, window, "timeline, an event open", k -> k.navigator().show(ScreenName.TIMELINE, event));
        look(checks, window, "cases grid", k -> k.navigator().go(ScreenName.CASES));
        look(checks, window, "a case open", k -> k.navigator().show(ScreenName.CASES, caseId));
        look(checks, window, "map", k -> k.navigator().go(ScreenName.MAP));
        look(checks, window, "map, a pin's card open", k -> k.navigator().show(ScreenName.MAP, caseId));
        look(checks, window, "guided tour", k -> k.navigator().go(ScreenName.STORY));
        checks.assertAll();
    }

    private void look(SoftAssertions checks, String window, String state, Consumer<KioskApp.Kiosk> go)
            throws IOException {
        KioskApp.Kiosk kiosk = fixture.kiosk();
        fixture.interact(() -> go.accept(kiosk));
        settle();
        double top = fixture.interact(() -> bandHeight(kiosk));
        double height = fixture.interact(() -> kiosk.root().getHeight());
        checks.assertThat(top).as("%s, %s: the band takes the top 40 %% of the window", window, state)
                .isCloseTo(height * (1 - KioskShell.REACH_SHARE), within(1.0));
        List<String> above = fixture.interact(() -> {
            List<String> found = new ArrayList<>();
            nodesAbove(kiosk.shell(), top - SLACK, found);
            return found;
        });
        checks.assertThat(above).as("%s, %s: nothing shown above the lower part", window, state).isEmpty();
        List<String> under = fixture.interact(() -> {
            Node bar = kiosk.root().lookup("#touch-bar");
            List<String> found = new ArrayList<>();
            nodesBelow(kiosk.root().lookup(".screen-stage"), bar.localToScene(bar.getLayoutBounds()).getMinY()
                    + SLACK, found);
            return found;
        });
        checks.assertThat(under).as("%s, %s: nothing of the screen under the touch bar", window, state).isEmpty();
        WritableImage picture = fixture.interact(() -> fixture.scene().snapshot(null));
        checks.assertThat(colours(picture, top)).as("%s, %s: the band is one calm colour", window, state)
                .hasSize(1);
        String shots = System.getProperty("reach.shots");
        if (shots != null) {
            Path file = Path.of(shots, (window + " " + state).replaceAll("[^A-Za-z0-9]+", "-")
                    .toLowerCase(Locale.ROOT) + ".png");
            fixture.interact(() -> {
                try {
                    SceneGraph.savePng(fixture.scene(), file);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static double bandHeight(KioskApp.Kiosk kiosk) {
        Node band = kiosk.root().lookup("#reach-band");
        return band.isVisible() ? band.localToScene(band.getLayoutBounds()).getMaxY() : 0;
    }

    /** Every node shown whose visible part (after the clips around it) reaches above {@code top}. */
    private static void nodesAbove(Node node, double top, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0 || "reach-band".equals(node.getId())) {
            return;
        }
        Bounds shown = visible(node);
        if (shown != null && shown.getMinY() < top && !(node instanceof KioskShell)) {
            found.add(describe(node) + " from y=" + Math.round(shown.getMinY()));
            return; // its children would be named too
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodesAbove(child, top, found);
            }
        }
    }

    /** Every node shown whose visible part reaches below {@code bottom}. */
    private static void nodesBelow(Node node, double bottom, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds shown = visible(node);
        if (shown != null && shown.getMaxY() > bottom) {
            found.add(describe(node) + " to y=" + Math.round(shown.getMaxY()));
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodesBelow(child, bottom, found);
            }
        }
    }

    /** The part of {@code node} that is drawn, in scene coordinates: its bounds cut by every clip around it. */
    private static Bounds visible(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds()); // a shadow may fall under the band: it covers it
        double minX = b.getMinX();
        double minY = b.getMinY();
        double maxX = b.getMaxX();
        double maxY = b.getMaxY();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                minX = Math.max(minX, clip.getMinX());
                minY = Math.max(minY, clip.getMinY());
                maxX = Math.min(maxX, clip.getMaxX());
                maxY = Math.min(maxY, clip.getMaxY());
            }
        }
        return maxX - minX > SLACK && maxY - minY > SLACK ? new BoundingBox(minX, minY, maxX - minX, maxY - minY)
                : null;
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }

    /** The colours in the window's top {@code top} pixels, short of the line that ends the band. */
    private static List<Color> colours(WritableImage picture, double top) {
        PixelReader pixels = picture.getPixelReader();
        List<Color> found = new ArrayList<>();
        for (int y = 0; y < (int) top - 4; y += 3) {
            for (int x = 0; x < (int) picture.getWidth(); x += 3) {
                Color c = pixels.getColor(x, y);
                if (!found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    @Test
    void theTouchBarsButtonLowersTheScreenAndATapOnTheBandOrTheButtonReturns(FxRobot robot) {
        KioskApp.Kiosk kiosk = show(KioskSettings.DEFAULTS.withLanguage("en"));
        ToggleButton button = robot.lookup("#reach").queryAs(ToggleButton.class);
        assertThat(fixture.interact(() -> button.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .isEqualTo("Within reach: everything in the lower part of the screen");
        assertThat(top(robot, "#home-title")).as("the whole window: the title near its top").isLessThan(300);
        assertThat(button.getWidth()).as("a finger's width").isGreaterThanOrEqualTo(56);
        assertThat(button.getHeight()).as("a finger's height").isGreaterThanOrEqualTo(56);

        robot.clickOn("#reach");
        settle();
        assertThat(button.isSelected()).as("lit while on").isTrue();
        assertThat(top(robot, "#home-title")).as("lowered under the band").isGreaterThanOrEqualTo(1080 * 0.4);
        robot.clickOn(robot.point("#reach-band").query());
        settle();
        assertThat(kiosk.shell().isReach()).as("a tap on the band returns to the whole window").isFalse();
        assertThat(button.isSelected()).isFalse();
        assertThat(top(robot, "#home-title")).isLessThan(300);
        assertThat(robot.lookup("#reach-band").query().isVisible()).isFalse();

        robot.clickOn("#reach");
        robot.clickOn("#reach");
        settle();
        assertThat(kiosk.shell().isReach()).as("the button again returns to the whole window").isFalse();
        assertThat(top(robot, "#home-title")).isLessThan(300);

        fixture.interact(() -> kiosk.i18n().setLanguage("ar"));
        assertThat((String) fixture.interact(() -> button.queryAccessibleAttribute(AccessibleAttribute.TEXT)))
                .as("read out in the visitor's language").contains("المتناول").contains("الشاشة");
    }

    private double top(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return fixture.interact(() -> node.localToScene(node.getLayoutBounds()).getMinY());
    }

    @ParameterizedTest(name = "reach.default={0}")
    @ValueSource(booleans = {true, false})
    void theIdleResetReturnsToTheSetting(boolean setting, FxRobot robot) {
        KioskApp.Kiosk kiosk = show(KioskSettings.DEFAULTS.withLanguage("en").withReach(setting));
        assertThat(kiosk.shell().isReach()).as("at start as set").isEqualTo(setting);
        robot.clickOn("#reach");
        settle();
        assertThat(kiosk.shell().isReach()).as("the visitor switched it").isEqualTo(!setting);
        fixture.advance(KioskSettings.DEFAULTS.idleTimeout().plus(IdleTimer.COUNTDOWN).plusSeconds(2));
        assertThat(kiosk.shell().isReach()).as("after the idle reset, as set again").isEqualTo(setting);
        assertThat(robot.lookup("#reach").queryAs(ToggleButton.class).isSelected()).isEqualTo(setting);
    }
}
