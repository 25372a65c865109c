package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.ui.KioskRoot;

/**
 * The language control with the six UN languages and more: each language named in its own script and face, one
 * touch from every screen while they fit in a row, a globe that opens a list of all of them when they do not.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageControlTest {

    private static final List<String> SIX = List.of("zh", "en", "fr", "es", "ru", "ar");
    private static final List<String> SIX_NAMES = List.of("中文", "English", "Français", "Español", "Русский",
            "العربية");
    private Stage stage;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;

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

    private void show(Path content) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(content));
        kiosk = fixture.kiosk();
        assertThat(kiosk.content().showingFallback()).as(kiosk.content().problems().toString()).isFalse();
    }

    private void settle() {
        fixture.interact(() -> fixture.frames().settle(Duration.ofSeconds(3)));
    }

    private static Node node(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().orElse(null);
    }

    /** The node is on screen, wholly inside the window, and at least a fingertip in each direction. */
    private static void assertTouchable(FxRobot robot, String query) {
        Node node = node(robot, query);
        assertThat(SceneGraph.showing(node)).as(query + " showing").isTrue();
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertThat(b.getWidth()).as(query + " width").isGreaterThanOrEqualTo(56);
        assertThat(b.getHeight()).as(query + " height").isGreaterThanOrEqualTo(56);
        assertThat(b.getMinX()).as(query + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(query + " right edge").isLessThanOrEqualTo(KioskApp.DESIGN_WIDTH);
        assertThat(b.getMaxY()).as(query + " bottom edge").isLessThanOrEqualTo(KioskApp.DESIGN_HEIGHT);
    }

    /** How the arrow of {@code query} is drawn once the styles of the language now showing apply: -1 turned round. */
    private double arrowScale(FxRobot robot, String query) {
        return fixture.interact(() -> {
            fixture.scene().getRoot().applyCss();
            return robot.lookup(query).queryAs(Labeled.class).getGraphic().getScaleX();
        });
    }

    @Test
    void sixLanguagesFitInARowEachInItsOwnScriptOneTouchFromEveryScreen(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.withUnLanguages(dir);
        show(dir);
        for (ScreenName screen : List.of(ScreenName.HOME, ScreenName.TIMELINE, ScreenName.CASES, ScreenName.MAP)) {
            fixture.interact(() -> kiosk.navigator().go(screen));
            settle();
            assertThat(SceneGraph.showing(node(robot, "#language-globe"))).as("the globe on " + screen).isFalse();
            for (int i = 0; i < SIX.size(); i++) {
                String query = "#lang-" + SIX.get(i);
                assertTouchable(robot, query);
                Labeled button = robot.lookup(query).queryAs(Labeled.class);
                assertThat(button.getText()).isEqualTo(SIX_NAMES.get(i));
                assertThat(button.getFont().getFamily()).as(query + " in the face of its script")
                        .isEqualTo(Fonts.familyFor(SIX.get(i)));
            }
        }
        robot.clickOn("#lang-ar");
        settle();
        assertThat(kiosk.i18n().language()).isEqualTo("ar");
        assertThat(kiosk.shell().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // the whole kiosk is set in the Arabic face now, the other languages' buttons keep their own
        assertThat(robot.lookup("#nav-home").queryAs(Labeled.class).getFont().getFamily()).isEqualTo(Fonts.ARABIC);
        assertThat(robot.lookup("#lang-zh").queryAs(Labeled.class).getFont().getFamily()).isEqualTo(Fonts.CHINESE);
        // Back points the way a right-to-left reader goes back: to the right
        assertThat(arrowScale(robot, "#nav-back")).isEqualTo(-1);
        assertTouchable(robot, "#lang-ru");
        robot.clickOn("#lang-ru");
        settle();
        assertThat(kiosk.i18n().language()).isEqualTo("ru");
        assertThat(kiosk.shell().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(robot.lookup("#nav-home").queryAs(Labeled.class).getFont().getFamily()).isEqualTo(Fonts.LATIN);
        assertThat(arrowScale(robot, "#nav-back")).isEqualTo(1);
    }

    /** Scene pixels per design pixel in the kiosk's window. */
    private double designPx() {
        KioskRoot root = (KioskRoot) fixture.scene().getRoot();
        return fixture.interact(() -> root.units().unit());
    }

    /**
     * What a visitor sees of {@code query} and everything in it: no text cut short or outside the window, every
     * control at least a fingertip (in design px) in each direction.
     */
    private void assertWholeAndTouchable(FxRobot robot, String query) {
        double px = designPx();
        List<String> problems = fixture.interact(() -> {
            List<String> found = new ArrayList<>();
            Bounds window = new BoundingBox(0, 0, fixture.scene().getWidth(),
                    fixture.scene().getHeight());
            check(node(robot, query), px, window, found);
            return found;
        });
        assertThat(problems).as(query + " in " + kiosk.i18n().language()).isEmpty();
    }

    private static void check(Node node, double px, Bounds window, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (node instanceof Text text && !text.getText().isBlank()) {
            if (text.getParent() instanceof Labeled labeled && labeled.getGraphic() != text
                    && !text.getText().equals(labeled.getText())) {
                found.add("\"" + labeled.getText() + "\" cut to \"" + text.getText() + "\"");
            }
            Bounds ink = text.localToScene(text.getBoundsInLocal());
            if (ink.getMinX() < -1 || ink.getMaxX() > window.getMaxX() + 1 || ink.getMaxY() > window.getMaxY() + 1) {
                found.add("\"" + text.getText() + "\" outside the window");
            }
        }
        if (node instanceof ButtonBase button && Math.min(b.getWidth(), b.getHeight()) / px < 55.5) {
            found.add(String.format(Locale.ROOT, "%s \"%s\" %.0fx%.0f design px", button.getId(), button.getText(),
                    b.getWidth() / px, b.getHeight() / px));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> check(child, px, window, found));
        }
    }

    @Test
    void inAPortraitWindowTheBarShowsNothingCutAndEveryLanguageStaysAFingertipAway(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.withUnLanguages(dir);
        // a portrait screen as small as fits the headless one: 1080 design px wide, 1920 tall
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withSize(608, 1080)
                .withContentDir(dir));
        kiosk = fixture.kiosk();
        for (String language : List.of("en", "zh", "ar")) {
            fixture.interact(() -> kiosk.i18n().setLanguage(language));
            fixture.interact(() -> kiosk.navigator().go(ScreenName.TIMELINE));
            settle();
            assertWholeAndTouchable(robot, "#touch-bar");
            for (String control : List.of("#nav-home", "#nav-back")) {
                assertThat(SceneGraph.showing(node(robot, control))).as(control + " in " + language).isTrue();
            }
            if (SceneGraph.showing(node(robot, "#language-globe"))) {
                robot.clickOn("#language-globe");
                settle();
                assertWholeAndTouchable(robot, "#language-list");
                for (String code : SIX) {
                    assertThat(SceneGraph.showing(node(robot, "#language-choice-" + code))).as(code).isTrue();
                }
                fixture.interact(() -> kiosk.shell().resetAll(language));
            } else {
                for (String code : SIX) {
                    assertThat(SceneGraph.showing(node(robot, "#lang-" + code))).as(code + " in the row").isTrue();
                }
            }
        }
    }

    /** The bundled content with six more languages than the UN's, twelve in all. */
    private static void twelveLanguages(Path dir) throws IOException {
        BundledCopy.withUnLanguages(dir);
        Path file = dir.resolve("exhibition.json");
        JsonObject exhibition = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonArray languages = exhibition.getAsJsonArray("languages");
        String[][] more = {{"de", "Deutsch"}, {"it", "Italiano"}, {"pt", "Português"}, {"ja", "日本語"},
            {"tr", "Türkçe"}, {"pl", "Polski"}};
        for (String[] language : more) {
            JsonObject entry = new JsonObject();
            entry.addProperty("code", language[0]);
            entry.addProperty("name", language[1]);
            languages.add(entry);
        }
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(exhibition));
    }

    @Test
    void languagesThatDoNotFitGiveWayToAGlobeThatListsThemAll(FxRobot robot, @TempDir Path dir) throws IOException {
        twelveLanguages(dir);
        show(dir);
        settle();
        assertThat(SceneGraph.showing(node(robot, "#lang-en"))).as("the row of languages").isFalse();
        assertTouchable(robot, "#language-globe");
        assertThat(robot.lookup("#language-globe").queryAs(Labeled.class).getText()).isEqualTo("中文");

        robot.clickOn("#language-globe");
        settle();
        assertThat(SceneGraph.showing(node(robot, "#language-list"))).isTrue();
        int offered = kiosk.content().content().exhibition().languages().size();
        assertThat(offered).isEqualTo(12);
        for (var language : kiosk.content().content().exhibition().languages()) {
            String query = "#language-choice-" + language.code();
            assertTouchable(robot, query);
            Labeled choice = robot.lookup(query).queryAs(Labeled.class);
            assertThat(choice.getText()).isEqualTo(language.name());
            assertThat(choice.getFont().getFamily()).isEqualTo(Fonts.familyFor(language.code()));
        }
        robot.clickOn("#language-choice-ar");
        settle();
        assertThat(kiosk.i18n().language()).isEqualTo("ar");
        assertThat(SceneGraph.showing(node(robot, "#language-list"))).as("the list after a choice").isFalse();
        assertThat(robot.lookup("#language-globe").queryAs(Labeled.class).getText()).isEqualTo("العربية");

        // a tap beside the list closes it and changes nothing; so does the idle reset
        robot.clickOn("#language-globe");
        settle();
        Bounds choices = node(robot, "#language-choices").localToScreen(node(robot, "#language-choices")
                .getLayoutBounds());
        robot.clickOn(choices.getMinX() - 40, choices.getMinY() - 40);
        settle();
        assertThat(SceneGraph.showing(node(robot, "#language-list"))).as("the list after a tap beside it").isFalse();
        assertThat(kiosk.i18n().language()).isEqualTo("ar");
        robot.clickOn("#language-globe");
        settle();
        fixture.interact(() -> kiosk.shell().resetAll("zh"));
        assertThat(SceneGraph.showing(node(robot, "#language-list"))).as("the list after a reset").isFalse();
        assertThat(kiosk.i18n().language()).isEqualTo("zh");
    }
}
