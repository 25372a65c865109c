package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.Units;

/**
 * The visitor's text size: one button in the touch bar steps A, A+, A++ and back to A, every text grows with it and
 * still reads whole on every screen (the layouts grow with their words; the home screen's words scroll above its
 * doors when they must), and the next visitor after the idle reset finds normal text again.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {

    private Stage stage;
    private KioskFixture fixture;

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

    private void show(int width, int height) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(width, height)
                .withLanguage("en").withStartScreen(ScreenName.HOME));
        settle();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(2)));
    }

    private void tapTextSize(FxRobot robot) {
        robot.clickOn("#text-size");
        WaitForAsyncUtils.waitForFxEvents();
        settle();
    }

    private double titleFont(FxRobot robot) {
        return fixture.interact(() -> robot.lookup("#home-title").queryAs(Labeled.class).getFont().getSize());
    }

    private static Button button(FxRobot robot) {
        return robot.lookup("#text-size").queryButton();
    }

    @Test
    void theButtonStepsThroughThreeSizesAndTheTitleGrowsWithItAsADisplaySizeDoes(FxRobot robot) {
        show(1920, 1080);
        double normal = titleFont(robot);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: normal");

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A+");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: larger");
        assertThat(titleFont(robot)).isCloseTo(normal * 1.125, within(0.5));

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A++");
        assertThat(button(robot).getAccessibleText()).isEqualTo("Text size: largest");
        assertThat(titleFont(robot)).isCloseTo(normal * 1.25, within(0.5));

        tapTextSize(robot);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(titleFont(robot)).isCloseTo(normal, within(0.5));
    }

    @Test
    void theButtonIsNamedInTheVisitorsLanguageAndIsATargetAHandFinds(FxRobot robot) {
        show(1920, 1080);
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button(robot).getAccessibleText()).isEqualTo("文字大小：标准");
        Bounds b = fixture.interact(() -> button(robot).localToScene(button(robot).getLayoutBounds()));
        double unit = fixture.interact(() -> Units.of(button(robot)).unit());
        assertThat(Math.min(b.getWidth(), b.getHeight()) / unit).isGreaterThanOrEqualTo(56);
    }

    @Test
    void theIdleResetGivesTheNextVisitorNormalText(FxRobot robot) {
        show(1920, 1080);
        double normal = titleFont(robot);
        tapTextSize(robot);
        tapTextSize(robot);
        assertThat(titleFont(robot)).isCloseTo(normal * 1.25, within(0.5));
        fixture.advance(Duration.ofSeconds(90));
        fixture.advance(Duration.ofSeconds(15));
        assertThat(SceneGraph.showing(robot.lookup("#attract-loop").tryQuery().orElse(null))).isTrue();
        assertThat(fixture.interact(() -> Units.of(button(robot)).textScale())).isEqualTo(1);
        assertThat(button(robot).getText()).isEqualTo("A");
        assertThat(titleFont(robot)).isCloseTo(normal, within(0.5));
    }

    @Test
    void atTheLargestSizeEveryScreenShowsEveryTextWholeInALandscapeWindow(FxRobot robot) {
        show(1920, 1080);
        tapTextSize(robot);
        tapTextSize(robot);
        assertThat(everyScreenAndState(robot)).as("text cut short at A++, 1920x1080").isEmpty();
    }

    @Test
    void atTheLargestSizeEveryScreenShowsEveryTextWholeInAPortraitWindow(FxRobot robot) {
        show(608, 1080); // a 1080x1920 screen's shape on the test's 1920x1080 screen (the layout audit has both)
        tapTextSize(robot);
        tapTextSize(robot);
        assertThat(everyScreenAndState(robot)).as("text cut short at A++, portrait").isEmpty();
    }

    @Test
    void atTheLargestSizeTheHomeDoorsStayInSightAboveTheTouchBar(FxRobot robot) {
        show(1920, 1080);
        tapTextSize(robot);
        tapTextSize(robot);
        Bounds bar = fixture.interact(() -> bounds(robot.lookup("#touch-bar").query()));
        Bounds title = fixture.interact(() -> bounds(robot.lookup("#home-title").query()));
        assertThat(title.getMinY()).as("the title starts in the window").isGreaterThanOrEqualTo(-0.5);
        for (String door : List.of("#home-timeline", "#home-cases", "#home-map")) {
            Bounds b = fixture.interact(() -> bounds(robot.lookup(door).query()));
            assertThat(b.getMaxY()).as("%s ends above the touch bar", door).isLessThanOrEqualTo(bar.getMinY() + 0.5);
            assertThat(b.getMinY()).as("%s starts in the window", door).isGreaterThanOrEqualTo(-0.5);
        }
        assertThat(SceneGraph.showing(robot.lookup("#nav-home").query())).isTrue();
        assertThat(SceneGraph.showing(robot.lookup("#nav-back").query())).isTrue();
    }

    @Test
    void onTheCasesGridLargerTextMakesEveryCardAsTallAsItsWords(FxRobot robot) {
        show(1920, 1080);
        fixture.interact(() -> fixture.kiosk().navigator().go(ScreenName.CASES));
        settle();
        tapTextSize(robot); // chosen while the cards show: measured again
        tapTextSize(robot);
        List<String> tooShort = fixture.interact(() -> robot.lookup(".case-card").queryAll().stream()
                .filter(SceneGraph::showing).map(Region.class::cast)
                .filter(card -> card.prefHeight(card.getWidth()) > card.getHeight() + 0.5)
                .map(card -> card.getId() + " needs " + Math.round(card.prefHeight(card.getWidth())) + " px, has "
                        + Math.round(card.getHeight())).toList());
        assertThat(tooShort).as("cards shorter than their words at A++").isEmpty();
        assertThat(fixture.interact(() -> cutTexts(stage.getScene().getRoot()))).isEmpty();
    }

    /** Each screen and state a visitor (or the staff) reaches, with every label whose words are cut short in it. */
    private List<String> everyScreenAndState(FxRobot robot) {
        KioskApp.Kiosk kiosk = fixture.kiosk();
        Content content = kiosk.content().content();
        String event = content.events().get(0).id();
        String caseId = content.cases().stream().filter(c -> !c.places().isEmpty()).findFirst().orElseThrow().id();
        List<String> cut = new ArrayList<>();
        Map<String, Runnable> states = new LinkedHashMap<>();
        states.put("home", () -> kiosk.navigator().home());
        states.put("timeline", () -> kiosk.navigator().go(ScreenName.TIMELINE));
        states.put("an open event", () -> kiosk.navigator().show(ScreenName.TIMELINE, event));
        states.put("cases grid", () -> kiosk.navigator().go(ScreenName.CASES));
        states.put("a case's page", () -> kiosk.navigator().show(ScreenName.CASES, caseId));
        states.put("map", () -> kiosk.navigator().go(ScreenName.MAP));
        states.put("a pin's card", () -> kiosk.navigator().show(ScreenName.MAP, caseId));
        states.put("guided tour", () -> kiosk.navigator().go(ScreenName.STORY));
        states.forEach((state, go) -> {
            fixture.interact(go);
            settle();
            cut.addAll(cutIn(state, stage.getScene().getRoot()));
        });
        fixture.interact(() -> {
            kiosk.navigator().home();
            kiosk.upkeep().idle().touched(); // a visitor who then walks away
        });
        fixture.advance(KioskSettings.DEFAULTS.idleTimeout().plusSeconds(1));
        assertThat(SceneGraph.showing(robot.lookup("#idle-overlay").query())).as("the idle question").isTrue();
        assertThat(fixture.interact(() -> Units.of(kiosk.root()).textScale())).as("until the idle reset")
                .isEqualTo(1.5);
        cut.addAll(cutIn("idle overlay", robot.lookup("#idle-overlay").query()));
        robot.clickOn(robot.point(kiosk.root()).atPosition(Pos.CENTER).query()); // still here
        settle();
        Point2D corner = fixture.interact(() -> {
            Bounds b = kiosk.root().localToScreen(kiosk.root().getLayoutBounds());
            return new Point2D(b.getMinX() + 12, b.getMinY() + 12);
        });
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner); // the staff's corner
        }
        settle();
        assertThat(SceneGraph.showing(robot.lookup("#pin-pad").query())).as("the staff PIN pad").isTrue();
        cut.addAll(cutIn("staff PIN pad", robot.lookup("#pin-pad").query()));
        return cut;
    }

    private List<String> cutIn(String state, Node root) {
        return fixture.interact(() -> cutTexts(root)).stream().map(found -> state + ": " + found).toList();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean inside(Bounds b, Bounds box) {
        return b.getMinX() >= box.getMinX() - 0.5 && b.getMinY() >= box.getMinY() - 0.5
                && b.getMaxX() <= box.getMaxX() + 0.5 && b.getMaxY() <= box.getMaxY() + 0.5;
    }

    /** Every shown label whose words are cut: an ellipsis in place of its end, or lines outside its own box. */
    private static List<String> cutTexts(Node node) {
        List<String> cut = new ArrayList<>();
        collectCut(node, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            // its own text, not that of a label it shows as its graphic
            Text shown = labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text
                    && n != labeled.getGraphic()).map(Text.class::cast).findFirst().orElse(null);
            if (shown != null && !labeled.getText().equals(shown.getText())) {
                cut.add("\"" + labeled.getText() + "\" shows as \"" + shown.getText() + "\"");
            } else if (shown != null && !inside(bounds(shown), bounds(labeled))) {
                cut.add("\"" + labeled.getText() + "\" runs out of its box");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }
}
