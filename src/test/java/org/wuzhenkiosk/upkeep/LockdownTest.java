package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.stage.WindowHelper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
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
    private final List<Integer> exitCodes = new ArrayList<>();
    private final ChangeListener<Boolean> neverBack = (obs, was, now) -> {
        if (now) {
            Platform.runLater(() -> WindowHelper.setFocused(this.stage, false));
        }
    };
    private KioskFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Monocle enters full screen through its focused window: the stage must have been shown once
        stage.setScene(new Scene(new Region(), 320, 240));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.focusedProperty().removeListener(neverBack);
            WindowHelper.setFocused(stage, true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(FxRobot robot, boolean fullScreen) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(fullScreen);
        fixture = fixture == null ? KioskFixture.show(stage, settings) : fixture.restart(settings);
        robot.interact(() -> {
            KioskApp.Kiosk kiosk = fixture.kiosk();
            kiosk.upkeep().terminateWith(exitCodes::add);
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

    /**
     * The window system tells the kiosk's window it lost the front (Monocle never takes it away by itself); a
     * {@code lost} window never gets it back, as one that another program destroyed.
     */
    private void loseTheFront(FxRobot robot, boolean lost) {
        robot.interact(() -> {
            WindowHelper.setFocused(stage, true);
            if (lost) {
                stage.focusedProperty().addListener(neverBack);
            }
            WindowHelper.setFocused(stage, false);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inKioskModeAWindowThatGetsTheFrontBackInAFewSecondsRunsOn(FxRobot robot) {
        open(robot, true);
        loseTheFront(robot, false);
        fixture.advance(Lockdown.GIVE_UP.minusSeconds(2));
        // the window manager answers the kiosk's request (under openbox: it switches back to the kiosk's desktop)
        robot.interact(() -> WindowHelper.setFocused(stage, true));
        fixture.advance(Lockdown.GIVE_UP.multipliedBy(2));
        assertThat(exitCodes).as("a kiosk back in front runs on").isEmpty();
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void inKioskModeAWindowThatCannotGetTheFrontBackEndsWithTheCodeItsServiceRestartsOn(FxRobot robot) {
        open(robot, true);
        loseTheFront(robot, true);
        // a tick at a time, so that the window system's answers come between the kiosk's requests
        for (int tick = 0; tick < 16; tick++) {
            fixture.advance(Duration.ofMillis(250));
        }
        assertThat(exitCodes).as("it keeps asking for the front, and opens its window anew").isEmpty();
        for (int tick = 0; tick < 4; tick++) {
            fixture.advance(Duration.ofMillis(250));
        }
        assertThat(exitCodes).containsExactly(Lockdown.WINDOW_LOST_EXIT).doesNotContain(0);
    }

    @Test
    void inPresenterModeAWindowWithoutTheFrontIsLeftAlone(FxRobot robot) {
        open(robot, false);
        loseTheFront(robot, false);
        fixture.advance(Lockdown.GIVE_UP.multipliedBy(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFocused()).isFalse();
        assertThat(exitCodes).isEmpty();
    }

    @Test
    void inKioskModeAWindowMadeSmallerFromOutsideFillsTheScreenAgain(FxRobot robot) {
        open(robot, true);
        double fullWidth = stage.getWidth();
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getWidth()).isEqualTo(fullWidth);
        assertThat(stage.getHeight()).isGreaterThan(600);
    }
}
