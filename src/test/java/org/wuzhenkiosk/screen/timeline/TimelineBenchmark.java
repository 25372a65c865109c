package org.wuzhenkiosk.screen.timeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.SyntheticContent;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Metrics;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.theme.Theme;

/**
 * How the timeline copes with 1,000 events: layout time per zoom level, and the nodes on screen and the work per
 * frame while scrolling from one end to the other. Prints figures; asserts nothing. Not part of {@code mvn verify}:
 * run {@code mvn -B test -Dtest=TimelineBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class TimelineBenchmark {

    private static final int EVENTS = 1000;
    /** A brisk swipe at 60 frames a second moves about this far per frame; a fling three times as far. */
    private static final double STEP = 40;
    @TempDir
    static Path dir;
    private KioskApp.Kiosk kiosk;
    private Content content;

    @Start
    void start(Stage stage) {
        content = SyntheticContent.besideBundled(dir.resolve("content")).eventsInAll(EVENTS).seed(2014).load();
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE)
                .withContentDir(dir.resolve("content"));
        kiosk = KioskApp.compose(settings, List.of());
        Scene scene = new Scene(kiosk.root(), 1920, 1080);
        Theme.apply(scene, settings.theme());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void layoutAndScrolling(FxRobot robot) {
        List<TimelineEvent> events = content.events();
        List<String> kinds = content.exhibition().eventKinds().stream().map(k -> k.id()).toList();
        System.out.printf("%n=== Timeline benchmark: %d events ===%n", events.size());
        System.out.println("layout, computed once per zoom level (median / max of 30 runs after 20 warm-up runs):");
        for (Zoom zoom : Zoom.values()) {
            double[] ms = new double[30];
            TimelineLayout layout = null;
            for (int run = -20; run < ms.length; run++) {
                long t0 = System.nanoTime();
                layout = TimelineLayout.of(events, 2014, 2023, zoom, Metrics.KIOSK, e -> kinds.indexOf(e.kind()));
                if (run >= 0) {
                    ms[run] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("  %-5s %7.2f ms / %7.2f ms   %4d cards, %3d badges holding %4d events, width %,.0f px%n",
                    zoom, ms[ms.length / 2], ms[ms.length - 1], layout.cards().size(), layout.groups().size(),
                    layout.groups().stream().mapToInt(g -> g.events().size()).sum(), layout.width());
        }

        TimelineScreen screen = (TimelineScreen) kiosk.shell().screen(ScreenName.TIMELINE);
        TimelineModel model = screen.model();
        TimelineCanvas canvas = screen.canvas();
        System.out.println("swiping end to end, one scroll step per frame (as a fling does), on the headless screen;");
        System.out.println("frame = time between pulses (CSS, layout, software rendering);"
                + " sync = scroll and node upkeep:");
        for (Zoom zoom : Zoom.values()) {
            if (!System.getProperty("timeline.benchmark.zoom", zoom.name()).equalsIgnoreCase(zoom.name())) {
                continue; // -Dtimeline.benchmark.zoom=YEAR measures one zoom level only
            }
            robot.interact(() -> {
                model.setZoom(zoom, 0);
                model.scrollTo(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            double step = zoom == Zoom.MONTH ? 3 * STEP : STEP;
            int frames = Math.max(120, (int) Math.ceil(model.layout().maxScroll() / step) + 1);
            Swipe swipe = new Swipe(model, canvas, frames, step);
            robot.interact(swipe::start);
            try {
                WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, swipe::done);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the swipe never finished", e);
            }
            System.out.printf("  %-5s %5d frames of %3.0f px: frame %5.1f ms mean, %5.1f ms p99 | sync %.3f ms mean,"
                    + " %.2f ms max | timeline nodes %d mean, %d max | cards alive %d max%n", zoom, frames, step,
                    mean(swipe.frameMs), percentile(swipe.frameMs, 0.99), mean(swipe.syncMs),
                    percentile(swipe.syncMs, 1),
                    (int) mean(swipe.nodes), (int) percentile(swipe.nodes, 1), (int) percentile(swipe.cards, 1));
        }
        System.out.printf("whole kiosk scene: %d nodes; layouts computed: %d%n", SceneGraph.count(kiosk.root()),
                model.layoutsComputed());
    }

    /** Scrolls one step each frame and notes how long frames and node upkeep take and how many nodes there are. */
    private static final class Swipe extends AnimationTimer {
        final double[] frameMs;
        final double[] syncMs;
        final double[] nodes;
        final double[] cards;
        private final TimelineModel model;
        private final TimelineCanvas canvas;
        private final double step;
        private int frame;
        private long last;
        private volatile boolean finished;

        Swipe(TimelineModel model, TimelineCanvas canvas, int frames, double step) {
            this.model = model;
            this.canvas = canvas;
            this.step = step;
            frameMs = new double[frames];
            syncMs = new double[frames];
            nodes = new double[frames];
            cards = new double[frames];
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                frameMs[frame - 1] = (now - last) / 1e6;
            }
            if (frame == frameMs.length) {
                stop();
                finished = true;
                return;
            }
            last = now;
            long t0 = System.nanoTime();
            model.scrollTo(frame * step);
            syncMs[frame] = (System.nanoTime() - t0) / 1e6;
            nodes[frame] = SceneGraph.count(canvas);
            cards[frame] = canvas.liveCardCount();
            frame++;
        }

        boolean done() {
            return finished;
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }
}
