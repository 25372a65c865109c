package org.wuzhenkiosk;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleSupplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.robot.Robot;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.TimelineEvent;
import org.wuzhenkiosk.ui.Gallery;
import org.wuzhenkiosk.ui.Units;

/**
 * A visitor who never stops: from a seed, taps, drags, pinches, scrolls and key presses anywhere on the kiosk, and
 * walks away now and then so that it resets. Input goes through the window system's robot (Monocle in tests), as
 * a touchscreen's would; pinches and wheel turns, which the robot cannot make, are sent to a node on screen.
 */
public final class Monkey {

    /** What a run did and left: its actions, the faults nothing caught, the live heap after collections. */
    public record Figures(long actions, long taps, long drags, long pinches, long keys, long resets,
                          List<Throwable> faults, long heapFirstQuarterKb, long heapLastQuarterKb, long residentKb,
                          Map<ScreenName, Integer> screensShown, List<Long> heapEveryTenthKb) {

        /** How much the live heap grew from the first quarter's end to the run's end, in percent. */
        public double heapGrowthPercent() {
            return 100.0 * (heapLastQuarterKb - heapFirstQuarterKb) / heapFirstQuarterKb;
        }

        @Override
        public String toString() {
            return String.format("actions %d (taps %d, drags %d, pinches and wheel turns %d, keys %d, idle resets %d);"
                    + " uncaught faults %d; live heap after GC: first quarter %d KB, last quarter %d KB (%+.1f %%);"
                    + " resident memory %d KB; screens shown %s; live heap at each tenth of the run (KB) %s", actions,
                    taps, drags, pinches, keys, resets, faults.size(), heapFirstQuarterKb, heapLastQuarterKb,
                    heapGrowthPercent(), residentKb, screensShown, heapEveryTenthKb);
        }
    }

    /** How many actions TestFX may record before its record is dropped (see {@link #liveHeapKb}). */
    private static final int FORGET_EVERY = 100;
    /** More pictures than any case's gallery has: the warm-up pages through each case's whole gallery. */
    private static final int GALLERY_PAGES = 8;
    private static final KeyCode[] KEYS = {KeyCode.ESCAPE, KeyCode.BACK_SPACE, KeyCode.HOME, KeyCode.LEFT,
        KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.ENTER, KeyCode.SPACE, KeyCode.TAB, KeyCode.DIGIT5,
        KeyCode.F11, KeyCode.PAGE_DOWN};
    private final KioskFixture fixture;
    private final Random random;
    private final List<Throwable> faults = new CopyOnWriteArrayList<>();
    private final Map<ScreenName, Integer> shown = new EnumMap<>(ScreenName.class);
    private Robot robot;
    private long taps;
    private long drags;
    private long pinches;
    private long keys;
    private long resets;

    public Monkey(KioskFixture fixture, long seed) {
        this.fixture = fixture;
        this.random = new Random(seed);
    }

    /** Runs {@code actions} actions. */
    public Figures run(long actions) {
        long[] done = new long[1];
        return run(() -> (double) done[0] / actions, done);
    }

    /**
     * Runs for {@code wall} of real time (a soak; the kiosk's own clocks still move only as the monkey says), after
     * a {@link #warmUp} so that what the kiosk keeps up to a bound is full before the first quarter is measured.
     */
    public Figures runFor(Duration wall) {
        warmUp();
        long start = System.nanoTime();
        return run(() -> (System.nanoTime() - start) / (double) wall.toNanos(), new long[1]);
    }

    /**
     * A first visitor who sees everything at every text size, screen lowered and not: every screen, every case's
     * page with each of its pictures and its places on the map, every event, and then walks away. The kiosk's
     * picture cache fills to its bound on a day's first visits (it keeps pictures at each size they were shown):
     * without this, a soak's heap would count the cache filling as growth.
     */
    public void warmUp() {
        Content content = fixture.interact(() -> fixture.kiosk().content().content());
        for (double scale : new double[] {1.25, 1.5, 1}) {
            for (boolean reach : new boolean[] {true, false}) {
                fixture.interact(() -> {
                    Units.of(fixture.kiosk().shell()).setTextScale(scale);
                    fixture.kiosk().shell().setReach(reach);
                });
                for (ScreenName screen : ScreenName.values()) {
                    see(() -> fixture.kiosk().navigator().go(screen));
                }
                for (CaseStudy study : content.cases()) {
                    see(() -> fixture.kiosk().navigator().show(ScreenName.CASES, study.id()));
                    for (int picture = 1; picture < GALLERY_PAGES; picture++) {
                        int page = picture;
                        see(() -> fixture.kiosk().root().lookupAll("*").stream()
                                .filter(node -> node instanceof Gallery && SceneGraph.showing(node))
                                .forEach(gallery -> ((Gallery) gallery).show(page)));
                    }
                    see(() -> fixture.kiosk().navigator().show(ScreenName.MAP, study.id()));
                }
                for (TimelineEvent event : content.events()) {
                    see(() -> fixture.kiosk().navigator().show(ScreenName.TIMELINE, event.id()));
                }
            }
        }
        fixture.advance(fixture.kiosk().upkeep().idle().timeout().plusSeconds(30));
    }

    /** Does {@code step} on the FX thread and lets the kiosk show it (its glides end, its pictures load). */
    private void see(Runnable step) {
        fixture.interact(step);
        fixture.advance(Duration.ofSeconds(2));
    }

    private Figures run(DoubleSupplier progress, long[] done) {
        fixture.interact(() -> {
            robot = new Robot();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> faults.add(e));
            fixture.kiosk().navigator().currentProperty().addListener((obs, old, now) -> shown.merge(now, 1,
                    Integer::sum));
        });
        long firstQuarter = -1;
        List<Long> tenths = new ArrayList<>();
        while (progress.getAsDouble() < 1) {
            act();
            done[0]++;
            if (done[0] % FORGET_EVERY == 0) {
                forgetFiredEvents();
            }
            if (firstQuarter < 0 && progress.getAsDouble() >= 0.25) {
                firstQuarter = liveHeapKb();
                writeHistogram("first-quarter");
            }
            if (tenths.size() < 9 && progress.getAsDouble() >= (tenths.size() + 1) / 10.0) {
                tenths.add(liveHeapKb());
            }
        }
        long lastQuarter = liveHeapKb();
        writeHistogram("end");
        tenths.add(lastQuarter);
        fixture.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        return new Figures(done[0], taps, drags, pinches, keys, resets, List.copyOf(faults), firstQuarter,
                lastQuarter, residentKb(), Map.copyOf(shown), List.copyOf(tenths));
    }

    private void act() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            Point2D at = anywhere();
            fixture.interact(() -> {
                robot.mouseMove(at);
                robot.mousePress(MouseButton.PRIMARY);
                robot.mouseRelease(MouseButton.PRIMARY);
            });
            taps++;
        } else if (roll < 75) {
            Point2D from = anywhere();
            Point2D to = anywhere();
            fixture.interact(() -> {
                robot.mouseMove(from);
                robot.mousePress(MouseButton.PRIMARY);
                for (int step = 1; step <= 6; step++) {
                    robot.mouseMove(from.add(to.subtract(from).multiply(step / 6.0)));
                }
                robot.mouseRelease(MouseButton.PRIMARY);
            });
            drags++;
        } else if (roll < 85) {
            pinchOrWheel();
            pinches++;
        } else if (roll < 98) {
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            fixture.interact(() -> {
                robot.keyPress(key);
                robot.keyRelease(key);
            });
            keys++;
        } else {
            // the visitor walks away: "Still there?", then the reset and the attract loop
            fixture.advance(fixture.kiosk().upkeep().idle().timeout().plusSeconds(30));
            resets++;
        }
        fixture.advance(Duration.ofMillis(30 + random.nextInt(600)));
    }

    /** TestFX starts a new, empty record of the stage's events (its own list only grows). */
    private static void forgetFiredEvents() {
        FxToolkitContext context = FxToolkit.toolkitContext();
        if (context.getRegisteredStage() != null) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> context.setRegisteredStage(context.getRegisteredStage()));
        }
    }

    /** A point on the kiosk's window, in screen coordinates. */
    private Point2D anywhere() {
        Point2D[] at = new Point2D[1];
        double x = random.nextDouble();
        double y = random.nextDouble();
        fixture.interact(() -> {
            Bounds b = fixture.kiosk().root().localToScreen(fixture.kiosk().root().getBoundsInLocal());
            at[0] = new Point2D(b.getMinX() + 2 + x * (b.getWidth() - 4), b.getMinY() + 2 + y * (b.getHeight() - 4));
        });
        return at[0];
    }

    /** A pinch or a wheel turn on a node that is on screen now (the map, a list, a picture …). */
    private void pinchOrWheel() {
        boolean pinch = random.nextBoolean();
        double factor = 0.6 + random.nextDouble() * 0.9;
        double delta = (random.nextDouble() - 0.5) * 600;
        int pick = random.nextInt(1 << 20);
        fixture.interact(() -> {
            List<Node> visible = new ArrayList<>();
            for (Node node : fixture.kiosk().root().lookupAll("*")) {
                if (SceneGraph.showing(node)) {
                    visible.add(node);
                }
            }
            Node target = visible.get(pick % visible.size());
            Bounds b = target.localToScene(target.getBoundsInLocal());
            double x = b.getCenterX();
            double y = b.getCenterY();
            Event event = pinch
                    ? new ZoomEvent(ZoomEvent.ZOOM, x, y, x, y, false, false, false, false, true, false, factor,
                    factor, null)
                    : new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0,
                    delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
            Event.fireEvent(target, event);
        });
    }

    /**
     * The kiosk's heap still in use after a few collections (with the FX thread's queued work run in between), in
     * KB. TestFX keeps every event fired on its stage, and each event its target node, screens long gone included:
     * that record is dropped first, or the soak would measure the test's memory rather than the kiosk's. Soft
     * caches count unless the JVM clears them at each collection, as the bench run's
     * {@code -XX:SoftRefLRUPolicyMSPerMB=0} makes it do.
     */
    public static long liveHeapKb() {
        forgetFiredEvents();
        long before = fullCollections();
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (before >= 0 && fullCollections() == before) {
            throw new IllegalStateException("System.gc() made no full collection (-XX:+DisableExplicitGC or"
                    + " -XX:+ExplicitGCInvokesConcurrent?): the heap left would count garbage as live");
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1024;
    }

    /**
     * With {@code -Dmonkey.histograms=DIR}, the live objects by class at this point of the run go to
     * {@code DIR/monkey-NAME.txt}: what grew between two of them is what the soak's heap figures point at.
     */
    private static void writeHistogram(String name) {
        String dir = System.getProperty("monkey.histograms");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "monkey-" + name + ".txt"), ClassHistogram.text());
        } catch (IOException e) {
            throw new IllegalStateException("could not write the class histogram to " + dir, e);
        }
    }

    /** How many whole-heap collections the JVM has made, or -1 where its collectors do not say which those are. */
    private static long fullCollections() {
        long count = -1;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = collector.getName();
            if (name.contains("Old") || name.contains("MarkSweep")) {
                count = Math.max(count, 0) + collector.getCollectionCount();
            }
        }
        return count;
    }

    /** The process's resident memory in KB (Linux), or -1 where the system does not say. */
    public static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
