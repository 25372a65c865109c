package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
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
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.app.ContentState;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.KioskServices;
import org.wuzhenkiosk.app.KioskShell;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.upkeep.analytics.VisitEvent;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

/**
 * The kiosk left alone and looked after: "Still there?", the reset, the attract loop, staff mode, live reload and
 * visitor statistics, driven through the real kiosk with a manual clock and a same-thread task runner.
 */
@ExtendWith(ApplicationExtension.class)
class UpkeepTest {

    private static final String PIN = "2468";
    private KioskFixture fixture;
    private ManualClock clock;
    private KioskApp.Kiosk kiosk;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, windowed());
        clock = fixture.clock();
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static KioskSettings windowed() {
        return KioskSettings.DEFAULTS.withFullScreen(false).withOperations(
                KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000)).withStaffLanguage("zh"));
    }

    private void restart(KioskSettings settings) {
        fixture = fixture.restart(settings);
        kiosk = fixture.kiosk();
    }

    /** Nobody touches the kiosk for {@code seconds}. */
    private void idleFor(long seconds) {
        fixture.advance(Duration.ofSeconds(seconds));
    }

    private boolean showing(FxRobot robot, String id) {
        return SceneGraph.showing(robot.lookup(id).tryQuery().orElse(null));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private void tapCorner(FxRobot robot, int times) {
        Point2D corner = robot.point(kiosk.root()).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(24, 24)).query();
        for (int i = 0; i < times; i++) {
            robot.clickOn(corner);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typePin(FxRobot robot, String pin) {
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#pin-" + digit);
        }
        robot.clickOn("#pin-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As {@link #typePin}, pressing the keys without moving the pointer to each: the same buttons, faster. */
    private void pressPin(FxRobot robot, String pin) {
        robot.interact(() -> {
            for (char digit : pin.toCharArray()) {
                robot.lookup("#pin-" + digit).queryButton().fire();
            }
            robot.lookup("#pin-ok").queryButton().fire();
        });
    }

    @Test
    void stillThereAppearsAfterTheTimeoutAndContinueKeepsTheVisitorWhereTheyWere(FxRobot robot) {
        robot.clickOn("#home-cases");
        idleFor(89);
        assertThat(showing(robot, "#idle-overlay")).isFalse();
        idleFor(1);
        assertThat(showing(robot, "#idle-overlay")).isTrue();
        assertThat(text(robot, "#idle-question")).isEqualTo("还在浏览吗？");
        assertThat(text(robot, "#idle-seconds")).isEqualTo("15");
        idleFor(5);
        assertThat(text(robot, "#idle-seconds")).isEqualTo("10");
        assertThat(text(robot, "#idle-countdown")).contains("10");
        robot.clickOn("#idle-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#idle-overlay")).isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.CASES);
        assertThat(showing(robot, "#cases-screen")).isTrue();
    }

    @Test
    void nobodyAnsweringResetsTheKioskToItsStartAndStartsTheAttractLoop(FxRobot robot) {
        robot.clickOn("#lang-en");
        robot.clickOn("#home-timeline");
        robot.clickOn("#nav-home");
        robot.clickOn("#home-cases");
        idleFor(90);
        idleFor(15);
        assertThat(showing(robot, "#idle-overlay")).isFalse();
        assertThat(showing(robot, "#attract-loop")).isTrue();
        assertThat(text(robot, "#attract-touch")).isEqualTo("轻触屏幕，开始浏览");
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.HOME);
        assertThat(kiosk.navigator().canGoBackProperty().get()).isFalse();
        assertThat(kiosk.i18n().language()).isEqualTo("zh");
        assertThat(text(robot, "#nav-home")).isEqualTo("首页");
    }

    @Test
    void theResetReturnsEveryScreenToItsStart(FxRobot robot) {
        List<ProbeScreen> probes = List.of(new ProbeScreen(ScreenName.HOME), new ProbeScreen(ScreenName.TIMELINE),
                new ProbeScreen(ScreenName.CASES), new ProbeScreen(ScreenName.MAP));
        robot.interact(() -> {
            ContentState state = ContentState.start(null);
            I18n i18n = new I18n("en", "zh");
            Navigator navigator = new Navigator(ScreenName.HOME);
            KioskContext context = new KioskContext(state.contentProperty(), i18n, navigator);
            KioskShell shell = new KioskShell(context, List.copyOf(probes));
            Upkeep operations = new Upkeep(KioskSettings.DEFAULTS, shell, context, state,
                    new KioskServices(clock, TaskRunner.sameThread()), ImageCache.ofMegabytes(8));
            operations.idle().touched();
            navigator.show(ScreenName.MAP, "cbers-amazon");
            clock.advanceSeconds(90);
            operations.tick();
            clock.advanceSeconds(15);
            operations.tick();
            assertThat(navigator.current()).isEqualTo(ScreenName.HOME);
            assertThat(navigator.targetProperty().get()).isNull();
            assertThat(i18n.language()).as("the content's default language").isEqualTo("zh");
        });
        assertThat(probes).allSatisfy(p -> assertThat(p.resets).as(p.name() + " reset").isEqualTo(1));
    }

    @Test
    void aTouchEndsTheAttractLoopAtOnceOnTheHomeScreenWithoutOpeningWhatLiesBelow(FxRobot robot) {
        idleFor(90);
        assertThat(showing(robot, "#attract-loop")).as("nobody came: straight to the attract loop").isTrue();
        Point2D door = robot.point("#home-cases").query();
        robot.clickOn(door);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#attract-loop")).isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.HOME);
        assertThat(showing(robot, "#home-screen")).isTrue();
        assertThat(kiosk.upkeep().idle().phase()).isEqualTo(IdleTimer.Phase.IN_USE);
        robot.clickOn("#home-cases");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.navigator().current()).as("the next touch works as usual").isEqualTo(ScreenName.CASES);
    }

    @Test
    void withAttractStoryTheLoopPlaysTheTourAndATouchOpensTheTourAtTheStopOnShow(FxRobot robot) {
        restart(windowed().withOperations(windowed().operations().withAttractStory(true)));
        idleFor(90);
        AttractLoop loop = kiosk.upkeep().attract();
        List<String> stops = kiosk.content().content().story().stops().stream().map(s -> s.id()).toList();
        assertThat(loop.plan().slides().stream().filter(s -> s.stop() != null).map(s -> s.stop().id()))
                .containsExactlyElementsOf(stops);
        robot.interact(loop::next);
        robot.interact(loop::next);
        fixture.advance(Duration.ofSeconds(1));
        assertThat(showing(robot, "#attract-stop-" + stops.get(1))).isTrue();
        assertThat(robot.lookup("#attract-stop-" + stops.get(1)).lookup(".attract-year").queryAs(Labeled.class)
                .getText()).isEqualTo("2 / 12");

        robot.clickOn("#attract-stage");
        fixture.advance(Duration.ofSeconds(1));
        assertThat(showing(robot, "#attract-loop")).isFalse();
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.STORY);
        assertThat(text(robot, "#story-progress")).isEqualTo("2 / 12");
    }

    @Test
    void theAttractLoopShowsEveryCaseAndAMilestoneOfEachYear(FxRobot robot) {
        idleFor(90);
        AttractLoop loop = kiosk.upkeep().attract();
        AttractPlan plan = loop.plan();
        assertThat(plan.slides().stream().filter(s -> s.caseStudy() != null).count())
                .isEqualTo(kiosk.content().content().cases().size());
        assertThat(plan.slides().stream().filter(s -> s.event() != null).map(s -> s.event().date().year()))
                .doesNotHaveDuplicates().hasSize(10);
        assertThat(showing(robot, "#attract-title-slide")).isTrue();
        robot.interact(loop::next);
        String firstCase = kiosk.content().content().cases().get(0).id();
        assertThat(robot.lookup("#attract-case-" + firstCase).tryQuery()).isPresent();
        assertThat(loop.prompts(List.of("zh", "en"))).containsExactly("轻触屏幕，开始浏览", "Touch to begin");
    }

    @Test
    void aCaseSlideNamesItsPartnerCountriesInEachLanguageItsTitleIsReadIn(FxRobot robot) {
        idleFor(90);
        robot.interact(kiosk.upkeep().attract()::next);
        CaseStudy first = kiosk.content().content().cases().get(0);
        List<String> meta = robot.lookup("#attract-case-" + first.id()).lookup(".attract-meta").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        String country = first.countries().get(0);
        // a slide reads in the exhibition's first three languages (zh, en, fr), each line in one of them
        assertThat(meta).hasSize(3);
        assertThat(meta.get(0)).contains(kiosk.content().content().countryName(country, "zh"));
        assertThat(meta.get(1)).contains(kiosk.content().content().countryName(country, "en"))
                .doesNotContain(kiosk.content().content().countryName(country, "zh"));
        assertThat(meta.get(2)).contains(kiosk.content().content().countryName(country, "fr"))
                .doesNotContain(kiosk.content().content().countryName(country, "en"));
    }

    @Test
    void theAttractLoopCyclesItsPromptEveryThreeSecondsAndCrossFadesToTheNextSlideEverySeven(FxRobot robot) {
        idleFor(90);
        AttractLoop loop = kiosk.upkeep().attract();
        Region stage = robot.lookup("#attract-stage").queryAs(Region.class);
        assertThat(text(robot, "#attract-touch")).isEqualTo("轻触屏幕，开始浏览");
        fixture.advance(Duration.ofMillis(3_250));
        assertThat(text(robot, "#attract-touch")).as("faded out, then the next language").isEqualTo("Touch to begin");
        assertThat(robot.lookup(".attract-hand").query().getScaleX()).as("the hand pulses").isGreaterThan(1)
                .isLessThanOrEqualTo(1.15);
        fixture.advance(Duration.ofMillis(3_749));
        assertThat(loop.slideIndex()).isZero();
        fixture.advance(Duration.ofMillis(1));
        assertThat(loop.slideIndex()).isEqualTo(1);
        assertThat(stage.getChildrenUnmodifiable()).as("both slides while they cross-fade").hasSize(2);
        fixture.advance(Duration.ofMillis(900));
        String firstCase = kiosk.content().content().cases().get(0).id();
        assertThat(stage.getChildrenUnmodifiable()).singleElement()
                .satisfies(slide -> assertThat(slide.getId()).isEqualTo("attract-case-" + firstCase))
                .satisfies(slide -> assertThat(slide.getOpacity()).isEqualTo(1));
        assertThat(showing(robot, "#attract-case-" + firstCase)).isTrue();
    }

    @Test
    void slidesChangeWithoutTheirWordsEverShowingOverEachOther(FxRobot robot) {
        idleFor(90);
        Region stage = robot.lookup("#attract-stage").queryAs(Region.class);
        Duration since = Duration.ZERO;
        for (int change = 1; change <= 3; change++) {
            Duration before = AttractLoop.SLIDE.multipliedBy(change).minusMillis(300);
            fixture.advance(before.minus(since));
            for (int ms = 0; ms < 1_500; ms += 20) {
                fixture.advance(Duration.ofMillis(20));
                long seen = fixture.interact(() -> stage.getChildrenUnmodifiable().stream()
                        .filter(slide -> slide.getOpacity() > 0).count());
                assertThat(seen).as("slides seen at once, %d ms into change %d", ms, change).isLessThanOrEqualTo(1);
            }
            since = before.plusMillis(1_500);
        }
        assertThat(kiosk.upkeep().attract().slideIndex()).isEqualTo(3);
    }

    @Test
    void fiveTapsInTheCornerOpenThePinPadAndTheRightPinOpensTheStaffPanel(FxRobot robot) {
        tapCorner(robot, 4);
        assertThat(showing(robot, "#pin-pad")).isFalse();
        tapCorner(robot, 1);
        assertThat(showing(robot, "#pin-pad")).isTrue();
        typePin(robot, PIN);
        assertThat(showing(robot, "#pin-pad")).isFalse();
        assertThat(showing(robot, "#staff-panel")).isTrue();
        assertThat(text(robot, "#staff-content-loaded")).startsWith("当前内容载入于");
        robot.clickOn("#staff-lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#staff-content-loaded")).as("the panel speaks staff.language, whatever the preview")
                .startsWith("当前内容载入于");
        robot.clickOn("#staff-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#staff-panel")).isFalse();
        assertThat(text(robot, "#nav-home")).as("the preview language stays for staff to look at").isEqualTo("Home");
    }

    @Test
    void wrongPinsLockThePadForLongerEachTime(FxRobot robot) {
        tapCorner(robot, 5);
        pressPin(robot, "1111");
        assertThat(showing(robot, "#staff-panel")).isFalse();
        assertThat(text(robot, "#pin-message")).contains("密码错误", "5");
        assertThat(robot.lookup("#pin-1").query().isDisabled()).isTrue();
        idleFor(5);
        assertThat(robot.lookup("#pin-1").query().isDisabled()).isFalse();
        pressPin(robot, "1112");
        assertThat(text(robot, "#pin-message")).contains("10");
        idleFor(5);
        assertThat(robot.lookup("#pin-2").query().isDisabled()).as("still locked after 5 of 10 s").isTrue();
        idleFor(5);
        pressPin(robot, PIN);
        assertThat(showing(robot, "#staff-panel")).isTrue();
    }

    @Test
    void withoutAStaffPinThePadSaysHowToSetOneUp(FxRobot robot) {
        restart(KioskSettings.DEFAULTS.withFullScreen(false));
        tapCorner(robot, 5);
        assertThat(text(robot, "#pin-message")).contains("staff.pin", "--hash-pin");
        assertThat(robot.lookup("#pin-5").query().isDisabled()).isTrue();
        robot.clickOn("#pin-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#pin-pad")).isFalse();
    }

    @Test
    void withoutAStaffPinFullScreenSaysHowToLeaveAndOffersATwoTapExit(FxRobot robot) {
        restart(KioskSettings.DEFAULTS);
        assertThat(fixture.stage().isFullScreen()).isTrue();
        assertThat(showing(robot, "#exit-hint")).isFalse();
        tapCorner(robot, 1);
        assertThat(showing(robot, "#exit-hint")).isTrue();
        assertThat(text(robot, "#exit-hint")).contains("五次", "退出程序");
        tapCorner(robot, 4);
        assertThat(showing(robot, "#exit-hint")).as("the pad takes its place").isFalse();
        assertThat(showing(robot, "#pin-pad")).isTrue();
        robot.clickOn("#pin-exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.exitRequests()).isZero();
        assertThat(text(robot, "#pin-exit")).isEqualTo("再按一次退出");
        robot.clickOn("#pin-exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.exitRequests()).isEqualTo(1);
    }

    @Test
    void theWayOutFadesAfterAWhileAndAClosedPadDisarmsItsExit(FxRobot robot) {
        restart(KioskSettings.DEFAULTS);
        tapCorner(robot, 1);
        idleFor(Upkeep.EXIT_HINT_SECONDS);
        assertThat(showing(robot, "#exit-hint")).isFalse();
        tapCorner(robot, 5);
        robot.clickOn("#pin-exit");
        robot.clickOn("#pin-cancel");
        tapCorner(robot, 5);
        assertThat(text(robot, "#pin-exit")).isEqualTo("退出程序");
        robot.clickOn("#pin-exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.exitRequests()).isZero();
    }

    @Test
    void withAStaffPinKioskModeNeitherShowsTheWayOutNorOffersExitBeforeThePin(FxRobot robot) {
        restart(KioskSettings.DEFAULTS.withOperations(
                KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000))));
        tapCorner(robot, 1);
        assertThat(showing(robot, "#exit-hint")).isFalse();
        tapCorner(robot, 4);
        assertThat(showing(robot, "#pin-pad")).isTrue();
        assertThat(showing(robot, "#pin-exit")).isFalse();
    }

    @Test
    void exitingFromTheStaffPanelTakesTwoTaps(FxRobot robot) {
        AtomicBoolean exited = new AtomicBoolean();
        robot.interact(() -> kiosk.upkeep().attach(fixture.stage(), fixture.scene(), () -> exited.set(true)));
        tapCorner(robot, 5);
        pressPin(robot, PIN);
        robot.clickOn("#staff-exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exited).isFalse();
        assertThat(text(robot, "#staff-exit")).isEqualTo("再按一次退出");
        robot.clickOn("#staff-exit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exited).isTrue();
    }

    @Test
    void aValidEditShowsAtOnceAndABrokenOneKeepsTheOldContentAndListsTheProblem(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.into(dir);
        restart(windowed().withContentDir(dir));
        Path exhibition = dir.resolve("exhibition.json");
        String original = Files.readString(exhibition, StandardCharsets.UTF_8);
        String oldTitle = text(robot, "#home-title");
        assertThat(original).contains("\"" + oldTitle + "\"");

        Files.writeString(exhibition, original.replace("\"" + oldTitle + "\"", "\"乌镇十年\""), StandardCharsets.UTF_8);
        kiosk.upkeep().watcher().changed(exhibition);
        idleFor(1);
        assertThat(text(robot, "#home-title")).isEqualTo("乌镇十年");

        // a save caught halfway: the file ends in the middle
        Files.writeString(exhibition, original.substring(0, original.length() / 2), StandardCharsets.UTF_8);
        kiosk.upkeep().watcher().changed(exhibition);
        idleFor(1);
        assertThat(text(robot, "#home-title")).isEqualTo("乌镇十年");
        assertThat(kiosk.content().lastCheck().applied()).isFalse();

        tapCorner(robot, 5);
        pressPin(robot, PIN);
        assertThat(text(robot, "#staff-content-note")).contains("最近一次修改有错误");
        assertThat(robot.lookup("#staff-problems .staff-problem").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).anySatisfy(t -> assertThat(t).startsWith("exhibition.json:")
                        .contains("错误：JSON 格式错误："));

        Files.writeString(exhibition, original, StandardCharsets.UTF_8);
        robot.clickOn("#staff-reload");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#staff-content-note")).isEmpty();
        assertThat(robot.lookup(".staff-clean").tryQuery()).isPresent();
        assertThat(text(robot, "#home-title")).isEqualTo(oldTitle);
    }

    @Test
    void theStaffPanelSpeaksTheStaffLanguageWhileVisitorsReadTheirs(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.into(dir);
        Path events = dir.resolve("events.json");
        Files.writeString(events, Files.readString(events, StandardCharsets.UTF_8)
                .replaceFirst("\"date\": \"2014-11-19\",", "\"date\": \"2014-11-19\"，"), StandardCharsets.UTF_8);
        KioskSettings english = windowed().withContentDir(dir);
        restart(english.withOperations(english.operations().withStaffLanguage("en")));
        assertThat(text(robot, "#nav-home")).as("visitors read the content's language").isEqualTo("首页");

        tapCorner(robot, 5);
        pressPin(robot, PIN);

        assertThat(text(robot, "#staff-content-note")).startsWith("The configured folder has errors");
        assertThat(text(robot, "#staff-content-checked")).as("counted in words, one mistake as one")
                .contains(": 1 error, no warnings");
        assertThat(robot.lookup("#staff-problems .staff-problem").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).singleElement().asString()
                .startsWith("events.json:").contains(": event 1, date: error: malformed JSON: the full-width comma ， "
                        + "is Chinese punctuation").contains("Fix: write , instead of ，");
    }

    @Test
    void aVisitIsRecordedFromItsFirstTouchToItsReset(FxRobot robot, @TempDir Path dir) throws IOException {
        restart(windowed().withOperations(windowed().operations().withAnalyticsDir(dir)));
        robot.clickOn("#home-cases");
        robot.interact(() -> kiosk.navigator().show(ScreenName.CASES, "digital-uganda"));
        robot.interact(() -> clock.advanceSeconds(30));
        robot.clickOn("#lang-en");
        robot.clickOn("#nav-home");
        idleFor(90);
        idleFor(15);
        List<VisitEvent> events = VisitLog.readAll(dir);
        assertThat(events).extracting(VisitEvent::event).containsExactly("visit-start", "screen", "case-open",
                "language", "case-close", "screen", "visit-end");
        assertThat(events.get(0).language()).isEqualTo("zh");
        assertThat(events.get(2).caseId()).isEqualTo("digital-uganda");
        assertThat(events.get(4).seconds()).isEqualTo(30.0);
        assertThat(events.get(6).reason()).isEqualTo("idle");
        assertThat(events.get(6).active()).isEqualTo(30.0);
        assertThat(events.get(6).seconds()).isEqualTo(135.0);
        assertThat(events).extracting(VisitEvent::visit).containsOnly(events.get(0).visit());
    }

    @Test
    void staffAtWorkAreNotCountedAsVisitors(FxRobot robot, @TempDir Path dir) throws IOException {
        restart(windowed().withOperations(windowed().operations().withAnalyticsDir(dir)));
        tapCorner(robot, 5);
        pressPin(robot, PIN);
        robot.clickOn("#staff-close");
        robot.clickOn("#home-map");
        List<VisitEvent> events = VisitLog.readAll(dir);
        assertThat(events).extracting(VisitEvent::event).containsExactly("visit-start", "visit-end");
        assertThat(events.get(1).reason()).isEqualTo("staff");
    }


    /** A screen that only counts its resets. */
    private static final class ProbeScreen implements KioskScreen {
        private final ScreenName name;
        private final Region view = new Region();
        int resets;

        ProbeScreen(ScreenName name) {
            this.name = name;
        }

        @Override
        public ScreenName name() {
            return name;
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void reset() {
            resets++;
        }
    }
}
