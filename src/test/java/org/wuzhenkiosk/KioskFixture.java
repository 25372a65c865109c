package org.wuzhenkiosk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.app.KioskServices;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.theme.Theme;
import org.wuzhenkiosk.ui.ManualFrameClock;
import org.wuzhenkiosk.upkeep.ManualClock;

/**
 * The whole kiosk on a test stage, as {@code KioskApp} shows it (theme, upkeep attached, lockdown and full screen
 * in kiosk mode), in a window of the settings' size (1920x1080 unless they say otherwise; full screen fills the
 * headless screen), with time that moves only when a test says so: a manual wall
 * clock, a manual frame clock and a same-thread task runner. Left out, as they would outlive the test or run on
 * real time: the thread-wide crash guard and the upkeep's ticker ({@link #advance} ticks instead).
 * {@link #close()} leaves the stage as it was found, so that the next test starts on a clean stage.
 */
public final class KioskFixture implements AutoCloseable {

    /** How often the kiosk's ticker moves the upkeep timers on; {@link #advance} ticks as often. */
    private static final Duration TICK = Duration.ofMillis(250);

    private final Stage stage;
    private final KioskSettings settings;
    private final ManualClock clock;
    private final ManualFrameClock frames;
    private StageState found;
    private KioskApp.Kiosk kiosk;
    private Scene scene;
    private volatile int exitRequests;
    private boolean closed;

    private KioskFixture(Stage stage, KioskSettings settings, ManualClock clock, ManualFrameClock frames) {
        this.stage = stage;
        this.settings = settings;
        this.clock = clock;
        this.frames = frames;
    }

    /** Composes a kiosk for {@code settings} and shows it on {@code stage}; call from any thread. */
    public static KioskFixture show(Stage stage, KioskSettings settings) {
        return show(stage, settings, new ManualClock(), new ManualFrameClock());
    }

    /** As above, on clocks the test already holds (e.g. to keep the time line across a restart). */
    public static KioskFixture show(Stage stage, KioskSettings settings, ManualClock clock, ManualFrameClock frames) {
        KioskFixture fixture = new KioskFixture(stage, settings, clock, frames);
        fixture.interact(fixture::compose);
        return fixture;
    }

    private void compose() {
        found = StageState.of(stage);
        kiosk = KioskApp.compose(settings, List.of(), new KioskServices(clock, TaskRunner.sameThread(), frames));
        scene = new Scene(kiosk.root(), settings.width(), settings.height());
        Theme.apply(scene, settings.theme());
        kiosk.shell().installKeys(scene);
        stage.setScene(scene);
        // at the top left, at the scene's size, wherever an earlier test left the window: a size that close()
        // restored is explicit, and the stage no longer takes its new scene's size by itself
        stage.setX(0);
        stage.setY(0);
        stage.sizeToScene();
        kiosk.upkeep().attach(stage, scene, () -> exitRequests++);
        if (settings.fullScreen()) {
            stage.setFullScreen(true);
        }
        stage.show();
    }

    /** Closes this kiosk and shows a new one for {@code other} on the same stage and clocks. */
    public KioskFixture restart(KioskSettings other) {
        close();
        return show(stage, other, clock, frames);
    }

    /**
     * Moves the wall clock and the frames on by {@code time}, a ticker's interval at a time, ticking the upkeep
     * after each as the running kiosk does; runs on the FX thread.
     */
    public void advance(Duration time) {
        interact(() -> {
            Duration left = time;
            while (left.compareTo(Duration.ZERO) > 0) {
                Duration step = left.compareTo(TICK) < 0 ? left : TICK;
                clock.advance(step);
                frames.advance(step);
                kiosk.upkeep().tick();
                left = left.minus(step);
            }
        });
    }

    /**
     * Drags {@code scroller} up, as a visitor does, a little at a time until {@code wanted} shows whole in it; the
     * glides run out on the frame clock after each drag.
     */
    public void dragIntoView(FxRobot robot, String scroller, String wanted) {
        Node page = robot.lookup(scroller).query();
        Node node = robot.lookup(wanted).query();
        for (int i = 0; i < 10; i++) {
            if (interact(() -> page.localToScene(page.getLayoutBounds())
                    .contains(node.localToScene(node.getLayoutBounds())))) {
                return;
            }
            Point2D from = interact(() -> {
                Bounds b = page.localToScreen(page.getLayoutBounds());
                return new Point2D(b.getMinX() + b.getWidth() * 0.75, b.getMinY() + b.getHeight() * 0.7);
            });
            robot.drag(from, MouseButton.PRIMARY).moveBy(0, -300).release(MouseButton.PRIMARY);
            interact(() -> frames.settle(Duration.ofSeconds(5)));
        }
    }

    /** Runs {@code action} on the FX thread and waits for it and the events it caused; no robot needed. */
    public void interact(Runnable action) {
        interact(() -> {
            action.run();
            return null;
        });
    }

    /** As {@link #interact(Runnable)}, returning what {@code action} computed. */
    public <T> T interact(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        T result = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Takes the kiosk off the stage: upkeep stopped, lockdown undone, the stage's scene, size and mode restored. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        interact(() -> {
            kiosk.upkeep().stop();
            kiosk.upkeep().detach();
            found.restore(stage);
        });
    }

    public KioskApp.Kiosk kiosk() {
        return kiosk;
    }

    public ManualClock clock() {
        return clock;
    }

    public ManualFrameClock frames() {
        return frames;
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    /** How often the staff panel has asked the application to exit. */
    public int exitRequests() {
        return exitRequests;
    }

    /** What a kiosk may change on the stage, read before it does. */
    private record StageState(Scene scene, boolean showing, boolean fullScreen, double x, double y, double width,
                              double height, String exitHint, KeyCombination exitKeys,
                              EventHandler<WindowEvent> onCloseRequest) {

        static StageState of(Stage stage) {
            return new StageState(stage.getScene(), stage.isShowing(), stage.isFullScreen(), stage.getX(),
                    stage.getY(), stage.getWidth(), stage.getHeight(), stage.getFullScreenExitHint(),
                    stage.getFullScreenExitKeyCombination(), stage.getOnCloseRequest());
        }

        void restore(Stage stage) {
            stage.setFullScreen(fullScreen);
            stage.setFullScreenExitHint(exitHint);
            stage.setFullScreenExitKeyCombination(exitKeys);
            stage.setOnCloseRequest(onCloseRequest);
            stage.setScene(scene);
            if (!Double.isNaN(width) && !Double.isNaN(height)) {
                stage.setX(x);
                stage.setY(y);
                stage.setWidth(width);
                stage.setHeight(height);
            }
            if (!showing) {
                stage.hide();
            }
        }
    }
}
