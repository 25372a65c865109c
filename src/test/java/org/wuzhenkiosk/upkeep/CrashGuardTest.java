package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
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
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;

/** A fault nobody caught is logged and the kiosk returns home, instead of freezing in front of a visitor. */
@ExtendWith(ApplicationExtension.class)
class CrashGuardTest {

    private KioskFixture fixture;
    private ManualClock clock;
    private KioskApp.Kiosk kiosk;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false));
        clock = fixture.clock();
        kiosk = fixture.kiosk();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anExceptionInATouchHandlerIsLoggedAndTheKioskReturnsHome(FxRobot robot) {
        AtomicReference<Thread.UncaughtExceptionHandler> before = new AtomicReference<>();
        robot.interact(() -> {
            before.set(Thread.currentThread().getUncaughtExceptionHandler());
            Thread.currentThread().setUncaughtExceptionHandler(
                    new CrashGuard(kiosk.upkeep()::recoverFromError, clock));
        });
        try {
            robot.clickOn("#home-cases");
            robot.clickOn("#lang-en");
            Node cases = robot.lookup("#cases-screen").query();
            robot.interact(() -> cases.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                throw new IllegalStateException("a fault in a screen");
            }));
            robot.clickOn(cases);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.HOME);
            assertThat(kiosk.i18n().language()).isEqualTo("zh");
            assertThat(robot.lookup("#home-screen").query().isVisible()).isTrue();
            robot.clickOn("#home-map");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(kiosk.navigator().current()).as("the kiosk still answers touches").isEqualTo(ScreenName.MAP);
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before.get()));
        }
    }

    @Test
    void aFaultInTheRecoveryItselfDoesNotSpin() {
        int[] runs = {0};
        CrashGuard guard = new CrashGuard(() -> {
            runs[0]++;
            throw new IllegalStateException("home is broken too");
        }, clock);
        Platform.runLater(() -> {
            guard.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
            guard.uncaughtException(Thread.currentThread(), new IllegalStateException("second, at once"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs[0]).isEqualTo(1);
        clock.advanceSeconds(2);
        Platform.runLater(() ->
                guard.uncaughtException(Thread.currentThread(), new IllegalStateException("later")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs[0]).isEqualTo(2);
    }
}
