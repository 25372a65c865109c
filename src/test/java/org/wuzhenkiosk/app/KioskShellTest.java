package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledCopy;

@ExtendWith(ApplicationExtension.class)
class KioskShellTest {

    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false));
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void show(KioskSettings settings) {
        fixture = fixture.restart(settings);
        kiosk = fixture.kiosk();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private boolean showing(FxRobot robot, String id) {
        Node node = robot.lookup(id).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    @Test
    void homeShowsTheExhibitionTitleInTheDefaultLanguage(FxRobot robot) {
        assertThat(kiosk.i18n().language()).isEqualTo("zh");
        assertThat(text(robot, "#home-title")).isEqualTo(
                kiosk.content().content().exhibition().title().in("zh", "zh")).isNotBlank();
        assertThat(text(robot, "#nav-home")).isEqualTo("首页");
    }

    @Test
    void onlyTheStartScreenIsBuiltBeforeTheFirstVisitAndTheRestLater(FxRobot robot) {
        assertThat(kiosk.shell().builtScreens()).containsExactly(ScreenName.HOME);
        robot.clickOn("#home-map");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#map-screen")).isTrue();
        assertThat(kiosk.shell().builtScreens()).containsExactlyInAnyOrder(ScreenName.HOME, ScreenName.MAP);
        robot.interact(() -> {
            while (kiosk.shell().buildRemaining()) {
                assertThat(showing(robot, "#map-screen")).as("building in idle time leaves the map showing").isTrue();
            }
        });
        assertThat(kiosk.shell().builtScreens()).containsExactlyInAnyOrder(ScreenName.values());
    }

    @Test
    void eachEntryOpensItsScreenAndBackReturnsHome(FxRobot robot) {
        for (String[] entry : new String[][] {{"#home-timeline", "#timeline-screen"}, {"#home-cases", "#cases-screen"},
                {"#home-map", "#map-screen"}}) {
            robot.clickOn(entry[0]);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(showing(robot, entry[1])).as("after tapping " + entry[0]).isTrue();
            assertThat(showing(robot, "#home-screen")).isFalse();
            robot.clickOn("#nav-back");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(showing(robot, "#home-screen")).as("back from " + entry[1]).isTrue();
        }
    }

    @Test
    void aNewScreenFadesInOverItsFirst180MillisecondsWithTheOldOneGoneAtOnce(FxRobot robot) {
        Node home = robot.lookup("#home-screen").query();
        robot.clickOn("#home-cases");
        WaitForAsyncUtils.waitForFxEvents();
        Node cases = robot.lookup("#cases-screen").query();
        assertThat(home.getScene()).as("the home screen has left").isNull();
        assertThat(cases.getOpacity()).as("the cases screen appears faint").isEqualTo(0.3);
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(179)));
        assertThat(cases.getOpacity()).as("still fading in").isGreaterThan(0.3).isLessThan(1);
        fixture.interact(() -> fixture.frames().advance(Duration.ofMillis(1)));
        assertThat(cases.getOpacity()).as("fully there after 180 ms").isEqualTo(1);
        assertThat(showing(robot, "#cases-screen")).isTrue();
        assertThat(showing(robot, "#home-screen")).isFalse();
    }

    @Test
    void homeButtonReturnsHomeFromAnyScreen(FxRobot robot) {
        robot.clickOn("#home-cases");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.HOME);
        assertThat(showing(robot, "#home-screen")).isTrue();
    }

    @Test
    void switchingLanguageRelabelsEverythingAtOnce(FxRobot robot) {
        String zhTitle = text(robot, "#home-title");
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#nav-home")).isEqualTo("Home");
        assertThat(text(robot, "#nav-back")).isEqualTo("Back");
        assertThat(text(robot, "#home-title")).isNotEqualTo(zhTitle)
                .isEqualTo(kiosk.content().content().exhibition().title().in("en", "zh"));
        robot.clickOn("#home-cases");
        WaitForAsyncUtils.waitForFxEvents();
        String firstCaseEn = kiosk.content().content().cases().get(0).title().in("en", "zh");
        assertThat(robot.lookup(".case-title").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains(firstCaseEn);
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".case-title").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains(kiosk.content().content().cases().get(0).title().in("zh", "zh"));
        assertThat(text(robot, "#nav-home")).isEqualTo("首页");
    }

    @Test
    void everyTouchTargetIsAtLeast56PixelsOnTheDesignScreen(FxRobot robot) {
        for (String id : List.of("#nav-home", "#nav-back", "#lang-zh", "#lang-en", "#home-timeline", "#home-cases",
                "#home-map")) {
            Node node = robot.lookup(id).query();
            assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThanOrEqualTo(56);
            assertThat(node.getLayoutBounds().getHeight()).as(id + " height").isGreaterThanOrEqualTo(56);
        }
    }

    @Test
    void brokenContentFallsBackToTheBundledExhibition(FxRobot robot, @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("exhibition.json"), "{ \"id\": \"broken\", ");
        Files.writeString(dir.resolve("events.json"), "{\"events\": []}");
        Files.writeString(dir.resolve("cases.json"), "{\"cases\": []}");
        show(KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(dir));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.content().showingFallback()).isTrue();
        assertThat(kiosk.content().problems()).anySatisfy(p ->
                assertThat(p.toString()).startsWith("exhibition.json:1:").contains("malformed JSON"));
        assertThat(text(robot, "#home-title")).isNotBlank()
                .isEqualTo(kiosk.content().content().exhibition().title().in("zh", "zh"));
        assertThat(kiosk.content().content().cases()).isNotEmpty();
    }

    @Test
    void aRightToLeftLanguageMirrorsTheLayoutAndStillShowsText(FxRobot robot, @TempDir Path dir) throws IOException {
        BundledCopy.into(dir); // the bundled exhibition offers Arabic
        show(KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(dir));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.content().showingFallback()).as(kiosk.content().problems().toString()).isFalse();
        robot.clickOn("#lang-ar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.shell().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // the kiosk's own Arabic strings; the content's Arabic texts, or its default language's, never blank
        assertThat(text(robot, "#nav-home")).isEqualTo(kiosk.i18n().getIn("ar", "nav.home")).isNotEqualTo("Home");
        // what a reader sees: the content's Arabic title, less the invisible marks that let it wrap on Linux
        assertThat(text(robot, "#home-title").replace("\u200E", "").replace('\u00A0', ' ')).isNotBlank()
                .isEqualTo(kiosk.content().content().exhibition().title().in("ar", "zh"));
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.shell().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void aLanguageTheContentDoesNotOfferFallsBackToItsDefault(FxRobot robot) {
        show(KioskSettings.DEFAULTS.withFullScreen(false).withLanguage("de"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.i18n().language()).isEqualTo("zh");
        assertThat(text(robot, "#nav-home")).isEqualTo("首页");
    }

    @Test
    void startScreenSettingOpensThatScreen(FxRobot robot) {
        show(KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.MAP));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#map-screen")).isTrue();
    }
}
