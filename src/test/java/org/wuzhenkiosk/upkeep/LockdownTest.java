package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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

/** Kiosk mode keeps visitors in; presenter mode leaves the window alone. */
@ExtendWith(ApplicationExtension.class)
class LockdownTest {

    private final List<KeyCode> reached = new ArrayList<>();
    private final List<String> menus = new ArrayList<>();
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

    private void open(FxRobot robot, boolean fullScreen) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(fullScreen);
        fixture = fixture == null ? KioskFixture.show(stage, settings) : fixture.restart(settings);
        robot.interact(() -> {
            KioskApp.Kiosk kiosk = fixture.kiosk();
            kiosk.shell().addEventHandler(KeyEvent.KEY_PRESSED, e -> reached.add(e.getCode()));
            kiosk.shell().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> menus.add("menu"));
        });
    }

    private static KeyEvent key(KeyCode code, boolean alt, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, alt, false);
    }

    private void press(FxRobot robot, KeyEvent... events) {
        Node target = robot.lookup("#home-screen").query();
        robot.interact(() -> {
            for (KeyEvent event : events) {
                Event.fireEvent(target, event.copyFor(target, target));
            }
        });
    }

    private void requestMenu(FxRobot robot) {
        Node target = robot.lookup("#home-cases").query();
        robot.interact(() -> Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                10, 10, 10, 10, false, null)));
    }

    @Test
    void inKioskModeTheKeysThatLeaveTheAppAreSwallowed(FxRobot robot) {
        open(robot, true);
        press(robot, key(KeyCode.ESCAPE, false, false), key(KeyCode.F11, false, false), key(KeyCode.F4, true, false),
                key(KeyCode.W, false, true), key(KeyCode.Q, false, true), key(KeyCode.HOME, false, false));
        assertThat(reached).as("only the harmless Home key gets through").containsExactly(KeyCode.HOME);
    }

    @Test
    void inPresenterModeEveryKeyReachesTheKiosk(FxRobot robot) {
        open(robot, false);
        press(robot, key(KeyCode.ESCAPE, false, false), key(KeyCode.F11, false, false), key(KeyCode.F4, true, false),
                key(KeyCode.HOME, false, false));
        assertThat(reached).containsExactly(KeyCode.ESCAPE, KeyCode.F11, KeyCode.F4, KeyCode.HOME);
    }

    @Test
    void inKioskModeAWindowCloseRequestIsRefused(FxRobot robot) {
        open(robot, true);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void inKioskModeContextMenusAndLongPressMenusNeverOpen(FxRobot robot) {
        open(robot, true);
        requestMenu(robot);
        assertThat(menus).isEmpty();
        open(robot, false);
        requestMenu(robot);
        assertThat(menus).hasSize(1);
    }

    @Test
    void inKioskModeFullScreenComesBackWhenSomethingTakesItAway(FxRobot robot) {
        open(robot, true);
        WaitForAsyncUtils.waitForFxEvents();
        boolean supported = stage.isFullScreen();
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isEqualTo(supported);
        assertThat(supported).as("the headless screen supports full screen").isTrue();
    }

    @Test
    void afterTheKioskLeavesTheStageIsAsItWasFound(FxRobot robot) {
        AtomicReference<Object[]> before = new AtomicReference<>();
        robot.interact(() -> before.set(new Object[] {stage.getFullScreenExitHint(),
                stage.getFullScreenExitKeyCombination(), stage.getOnCloseRequest()}));
        open(robot, true);
        fixture.close();
        fixture = null;
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(new Object[] {stage.getFullScreenExitHint(), stage.getFullScreenExitKeyCombination(),
                stage.getOnCloseRequest()}).containsExactly(before.get());
        robot.interact(() -> stage.setFullScreen(true));
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).as("nothing brings full screen back any more").isFalse();
    }
}
