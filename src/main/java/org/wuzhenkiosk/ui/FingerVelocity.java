package org.wuzhenkiosk.ui;

/** Speed of a finger over its last tenth of a second, from the positions its drag events report. */
final class FingerVelocity {

    /** Pixels per millisecond of the fastest flick worth believing. */
    static final double MAX_SPEED = 6;
    private final double[] xs = new double[16];
    private final long[] ts = new long[16];
    private int count;

    void reset(double x) {
        count = 0;
        add(x);
    }

    void add(double x) {
        if (count == xs.length) {
            System.arraycopy(xs, 1, xs, 0, xs.length - 1);
            System.arraycopy(ts, 1, ts, 0, ts.length - 1);
            count--;
        }
        xs[count] = x;
        ts[count] = System.nanoTime();
        count++;
    }

    /** Pixels per millisecond, positive to the right (or down). */
    double perMillisecond() {
        if (count < 2) {
            return 0;
        }
        long now = ts[count - 1];
        int first = count - 1;
        while (first > 0 && now - ts[first - 1] < 100_000_000L) {
            first--;
        }
        // events that arrive in one burst look infinitely fast: count at least a frame, cap at a hard flick
        double ms = Math.max(16, (now - ts[first]) / 1e6);
        double speed = (xs[count - 1] - xs[first]) / ms;
        return Math.max(-MAX_SPEED, Math.min(MAX_SPEED, speed));
    }
}
