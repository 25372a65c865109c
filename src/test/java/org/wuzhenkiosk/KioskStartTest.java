package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.wuzhenkiosk.app.KioskServices;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.ui.ManualFrameClock;
import org.wuzhenkiosk.upkeep.ManualClock;

/** At start the kiosk reads its content on the task runner, as a reload does, and builds the screens after. */
@ExtendWith(ApplicationExtension.class)
class KioskStartTest {

    /** A task runner that holds work until the test lets it run on a thread of its own, as the kiosk's runner would. */
    private static final class HeldTasks implements TaskRunner {
        private final List<String> held = new ArrayList<>();
        private final List<Runnable> finish = new ArrayList<>();
        private final List<Thread> readers = new ArrayList<>();

        @Override
        public <T> void submit(String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
            held.add(what);
            readers.add(new Thread(() -> {
                try {
                    T result = work.call();
                    finish.add(() -> done.accept(result));
                } catch (Exception e) {
                    finish.add(() -> failed.accept(e));
                }
            }, "test-reader"));
        }

        /** Runs the held work off the FX thread, then hands the results back on it. */
        void run(FxRobot robot) throws InterruptedException {
            for (Thread reader : readers) {
                reader.start();
                reader.join();
            }
            robot.interact(() -> finish.forEach(Runnable::run));
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private final List<KioskApp.Kiosk> ready = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();

    private void compose(FxRobot robot, KioskSettings settings) {
        KioskServices services = new KioskServices(new ManualClock(), tasks, new ManualFrameClock());
        robot.interact(() -> KioskApp.compose(settings, List.of(), services, ready::add, failures::add));
    }

    @Test
    void theScreensAreBuiltOnlyOnceTheContentWasReadAwayFromTheFxThread(FxRobot robot) throws Exception {
        compose(robot, KioskSettings.DEFAULTS.withFullScreen(false));

        assertThat(tasks.held).containsExactly("loading the content");
        assertThat(ready).isEmpty();

        tasks.run(robot);

        assertThat(failures).isEmpty();
        assertThat(ready).singleElement().satisfies(kiosk -> {
            assertThat(kiosk.content().content().events()).isNotEmpty();
            assertThat(kiosk.content().showingFallback()).isFalse();
            assertThat(kiosk.root().getId()).isEqualTo("kiosk-root");
        });
    }

    @Test
    void contentWithAnErrorStillFallsBackToTheBundledContent(FxRobot robot, @TempDir Path dir) throws Exception {
        BundledCopy.into(dir);
        Files.writeString(dir.resolve("events.json"), "{\"events\": [", StandardCharsets.UTF_8);
        compose(robot, KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(dir));

        tasks.run(robot);

        assertThat(ready).singleElement().satisfies(kiosk -> {
            assertThat(kiosk.content().showingFallback()).isTrue();
            assertThat(kiosk.content().content().events()).isNotEmpty();
            assertThat(kiosk.content().lastCheck().applied()).isFalse();
        });
    }
}
