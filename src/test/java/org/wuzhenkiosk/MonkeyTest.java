package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.config.ScreenName;

/**
 * Hundreds of random taps, drags, pinches, key presses and idle resets on the kiosk in kiosk mode: nothing fails
 * and every screen still opens afterwards. {@code MonkeyBenchmark} runs it for an hour and measures the heap.
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyTest {

    /** The settings of a kiosk on the hall floor: full screen, a staff PIN, so that taps in the corner ask for it. */
    static final KioskSettings HALL = KioskSettings.DEFAULTS.withOperations(
            KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of("482916", 1_000)));
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        // Monocle enters full screen through its focused window: the stage must have been shown once
        stage.setScene(new Scene(new Region(), 320, 240));
        stage.show();
        fixture = KioskFixture.show(stage, HALL);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Home, then each door: the screen behind it shows. */
    static void everyScreenStillOpens(KioskFixture fixture, FxRobot robot) {
        for (ScreenName screen : new ScreenName[] {ScreenName.TIMELINE, ScreenName.CASES, ScreenName.MAP,
                ScreenName.STORY}) {
            fixture.interact(() -> fixture.kiosk().upkeep().resetKiosk());
            fixture.interact(() -> robot.lookup("#home-" + screen.id()).queryButton().fire());
            fixture.advance(Duration.ofSeconds(1));
            assertThat(SceneGraph.showing(robot.lookup("#" + screen.id() + "-screen").query()))
                    .as("%s opens after the soak", screen.id()).isTrue();
        }
    }

    @Test
    void fiveHundredRandomActionsLeaveTheKioskWholeAndEveryScreenAnswering(FxRobot robot) {
        Monkey.Figures figures = new Monkey(fixture, 20261202L).run(500);
        System.out.println("monkey: " + figures);
        assertThat(figures.faults()).as("faults nothing caught").isEmpty();
        assertThat(figures.taps() + figures.drags()).isGreaterThan(250);
        assertThat(figures.pinches()).isPositive();
        assertThat(figures.keys()).isPositive();
        assertThat(figures.resets()).isPositive();
        assertThat(figures.screensShown()).as("the monkey got beyond the home screen").isNotEmpty();
        everyScreenStillOpens(fixture, robot);
    }
}
