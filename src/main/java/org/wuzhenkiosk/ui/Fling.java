package org.wuzhenkiosk.ui;

import java.util.function.DoubleSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * A finger's flick and the glide after it, the one slowing rule for every surface a visitor can swipe (case
 * grid, gallery, timeline, map): the speed of the finger over its last tenth of a second, then a glide that loses
 * the same share of its speed every millisecond. A finger that rested before lifting does not fling. Speeds are
 * set in design pixels and turned into the pixels of what moves, so a flick on a 4K panel glides as on a 1080p one.
 */
public final class Fling {

    /** Share of speed kept per millisecond of gliding. */
    public static final double FRICTION = 0.9965;
    /** Design pixels per millisecond below which a glide ends, and above which a release starts one. */
    public static final double STOP_SPEED = 0.02;
    public static final double START_SPEED = 0.1;
    /** Design pixels per millisecond of the fastest flick worth believing. */
    public static final double MAX_SPEED = 6;
    /** The friction as a rate: speed falls as exp(-DECAY * ms). */
    private static final double DECAY = -Math.log(FRICTION);
    private static final long WINDOW = 100_000_000L;
    private static final int SAMPLES = 16;

    /** Where a glide goes: moves the content by (dx, dy) pixels; returns false when it can move no further. */
    @FunctionalInterface
    public interface Mover {
        boolean move(double dx, double dy);
    }

    private final FrameClock clock;
    /** Pixels of what moves per design pixel, read at each use: a window resized mid-glide keeps its feel. */
    private final DoubleSupplier unit;
    private final double[] xs = new double[SAMPLES];
    private final double[] ys = new double[SAMPLES];
    private final long[] ts = new long[SAMPLES];
    private final ReadOnlyBooleanWrapper gliding = new ReadOnlyBooleanWrapper(this, "gliding");
    private int count;
    private FrameClock.Motion motion;

    /** A fling in design pixels as they are (what moves is laid out in design pixels). */
    public Fling(FrameClock clock) {
        this(clock, () -> 1);
    }

    /** A fling of {@code surface}, tracked and moved in its layout pixels, in the window it is shown in. */
    public Fling(FrameClock clock, Node surface) {
        this(clock, () -> Units.of(surface).unit());
    }

    /** A fling whose pixels are {@code unit} times design pixels. */
    public Fling(FrameClock clock, DoubleSupplier unit) {
        this.clock = clock;
        this.unit = unit;
    }

    /** A finger went down at (x, y): any glide stops and tracking starts again. */
    public void press(double x, double y) {
        stop();
        count = 0;
        track(x, y);
    }

    /** The finger moved to (x, y). */
    public void track(double x, double y) {
        if (count == SAMPLES) {
            System.arraycopy(xs, 1, xs, 0, SAMPLES - 1);
            System.arraycopy(ys, 1, ys, 0, SAMPLES - 1);
            System.arraycopy(ts, 1, ts, 0, SAMPLES - 1);
            count--;
        }
        xs[count] = x;
        ys[count] = y;
        ts[count] = clock.nanoTime();
        count++;
    }

    /** The finger's speed now, in pixels per millisecond (x, y), capped at {@link #MAX_SPEED} design pixels. */
    public double[] velocity() {
        if (count < 2) {
            return new double[] {0, 0};
        }
        long now = ts[count - 1];
        int first = count - 1;
        while (first > 0 && now - ts[first - 1] < WINDOW) {
            first--;
        }
        // events that arrive in one burst look infinitely fast: count at least a frame
        double ms = Math.max(16, (now - ts[first]) / 1e6);
        double max = MAX_SPEED * unit();
        return new double[] {cap((xs[count - 1] - xs[first]) / ms, max), cap((ys[count - 1] - ys[first]) / ms, max)};
    }

    /**
     * The finger lifted at (x, y): glides {@code mover} on at the finger's speed, scaled by {@code scale} (layout
     * pixels per tracked pixel), slowing down. Returns whether a glide started.
     */
    public boolean release(double x, double y, double scale, Mover mover) {
        track(x, y);
        double[] v = velocity();
        return glide(v[0] * scale, v[1] * scale, mover);
    }

    /** Glides {@code mover} from a speed of (vx, vy) pixels per millisecond; returns whether a glide started. */
    public boolean glide(double vx, double vy, Mover mover) {
        stop();
        if (Math.hypot(vx, vy) <= START_SPEED * unit()) {
            return false;
        }
        start(vx, vy, Double.POSITIVE_INFINITY, mover);
        return true;
    }

    /**
     * Glides {@code mover} by (dx, dy) in all, by the same rule: starts at the speed that comes to rest there
     * (a picture swiped to its place), and stops on the spot.
     */
    public void glideBy(double dx, double dy, Mover mover) {
        stop();
        double distance = Math.hypot(dx, dy);
        if (distance == 0) {
            return;
        }
        double speed = distance * DECAY + STOP_SPEED * unit();
        start(dx / distance * speed, dy / distance * speed, distance, mover);
    }

    private void start(double vx, double vy, double distance, Mover mover) {
        double[] speed = {vx, vy};
        double[] left = {distance};
        long[] last = {clock.nanoTime()};
        double stopSpeed = STOP_SPEED * unit();
        gliding.set(true);
        motion = clock.run(now -> {
            double ms = Math.max(0, Math.min(64, (now - last[0]) / 1e6));
            last[0] = now;
            double keep = Math.pow(FRICTION, ms);
            // the distance the slowing speed covers in this frame exactly, so any frame rate glides as far
            double share = (1 - keep) / DECAY;
            double step = Math.hypot(speed[0], speed[1]) * share;
            if (step >= left[0]) {
                share *= left[0] / step;
            }
            left[0] -= step;
            boolean moved = mover.move(speed[0] * share, speed[1] * share);
            speed[0] *= keep;
            speed[1] *= keep;
            boolean going = moved && left[0] > 0 && Math.hypot(speed[0], speed[1]) >= stopSpeed;
            if (!going) {
                gliding.set(false);
            }
            return going;
        });
    }

    /** Stops a glide at once (a touch, a reset). */
    public void stop() {
        if (motion != null) {
            motion.stop();
            motion = null;
        }
        gliding.set(false);
    }

    public boolean gliding() {
        return gliding.get();
    }

    public ReadOnlyBooleanProperty glidingProperty() {
        return gliding.getReadOnlyProperty();
    }

    private double unit() {
        double u = unit.getAsDouble();
        return u > 0 ? u : 1;
    }

    private static double cap(double speed, double max) {
        return Math.max(-max, Math.min(max, speed));
    }
}
