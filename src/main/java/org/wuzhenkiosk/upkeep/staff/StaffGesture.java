package org.wuzhenkiosk.upkeep.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way into staff mode: five taps in the top-left corner within three seconds. A tap anywhere else
 * starts the count again, so visitors tapping around do not stumble into it.
 */
public final class StaffGesture {

    /** The corner's size in design pixels, at every window size (the kiosk turns a press into design pixels). */
    public static final double CORNER = 120;
    static final int TAPS = 5;
    static final Duration WITHIN = Duration.ofSeconds(3);
    private final Clock clock;
    private final Runnable open;
    private final Runnable started;
    private final Deque<Instant> taps = new ArrayDeque<>();

    public StaffGesture(Clock clock, Runnable open) {
        this(clock, open, () -> { });
    }

    /** {@code started} runs on a tap in the corner that begins a new count (the first of the five). */
    public StaffGesture(Clock clock, Runnable open, Runnable started) {
        this.clock = clock;
        this.open = open;
        this.started = started;
    }

    /** A press at ({@code x}, {@code y}) in design pixels; returns true when it completed the gesture. */
    public boolean pressed(double x, double y) {
        if (x < 0 || y < 0 || x > CORNER || y > CORNER) {
            taps.clear();
            return false;
        }
        Instant now = clock.instant();
        taps.addLast(now);
        while (!taps.isEmpty() && taps.peekFirst().isBefore(now.minus(WITHIN))) {
            taps.removeFirst();
        }
        if (taps.size() == 1) {
            started.run();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            open.run();
            return true;
        }
        return false;
    }
}
