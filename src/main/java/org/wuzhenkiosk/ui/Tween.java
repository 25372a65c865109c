package org.wuzhenkiosk.ui;

import java.time.Duration;
import java.util.function.DoubleConsumer;
import javafx.animation.Interpolator;

/**
 * A progress from 0 to 1 over a set time on a {@link FrameClock}, eased: what the kiosk's fades, drifts, pulses and
 * gentle scrolls are made of, in place of JavaFX transitions that run on real time.
 */
public final class Tween {

    private Tween() {
    }

    /** Calls {@code at} with the eased progress, 0 at once and on every frame after until 1 at {@code length}. */
    public static FrameClock.Motion run(FrameClock frames, Duration length, Interpolator easing, DoubleConsumer at) {
        return run(frames, length, easing, at, () -> { });
    }

    /** As above, then calls {@code done}; a motion stopped before its end never calls it. */
    public static FrameClock.Motion run(FrameClock frames, Duration length, Interpolator easing, DoubleConsumer at,
                                        Runnable done) {
        long start = frames.nanoTime();
        double nanos = length.toNanos();
        at.accept(easing.interpolate(0.0, 1.0, 0.0));
        return frames.run(now -> {
            double t = nanos <= 0 ? 1 : Math.min(1, Math.max(0, (now - start) / nanos));
            at.accept(easing.interpolate(0.0, 1.0, t));
            if (t < 1) {
                return true;
            }
            done.run();
            return false;
        });
    }

    /** Calls {@code at} with the eased progress from 0 to 1 over {@code length}, back over as long, until stopped. */
    public static FrameClock.Motion swing(FrameClock frames, Duration length, Interpolator easing, DoubleConsumer at) {
        long start = frames.nanoTime();
        double nanos = length.toNanos();
        at.accept(easing.interpolate(0.0, 1.0, 0.0));
        return frames.run(now -> {
            double phase = Math.max(0, (now - start) / nanos) % 2;
            at.accept(easing.interpolate(0.0, 1.0, phase <= 1 ? phase : 2 - phase));
            return true;
        });
    }
}
