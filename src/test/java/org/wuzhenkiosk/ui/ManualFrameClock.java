package org.wuzhenkiosk.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/** A frame clock that tests advance by hand: frames of 1/60 s, run on the calling (FX) thread, no waiting. */
public final class ManualFrameClock implements FrameClock {

    private static final long FRAME = 16_666_667L;
    private final List<ManualMotion> running = new ArrayList<>();
    private long now = 1_000_000_000L;

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public Motion run(LongPredicate frame) {
        ManualMotion motion = new ManualMotion(frame);
        running.add(motion);
        return motion;
    }

    /** Moves time on by {@code time}, one frame after the other, running every motion in each. */
    public void advance(Duration time) {
        long end = now + time.toNanos();
        while (now < end) {
            now = Math.min(end, now + FRAME);
            for (ManualMotion motion : List.copyOf(running)) {
                if (motion.running() && !motion.frame.test(now)) {
                    motion.stop();
                }
            }
        }
    }

    /** Moves time on until nothing moves any more, at most {@code limit}; returns whether everything stopped. */
    public boolean settle(Duration limit) {
        long end = now + limit.toNanos();
        while (!running.isEmpty() && now < end) {
            advance(Duration.ofNanos(FRAME));
        }
        return running.isEmpty();
    }

    /** How many motions run now. */
    public int moving() {
        return running.size();
    }

    private final class ManualMotion implements Motion {
        private final LongPredicate frame;

        ManualMotion(LongPredicate frame) {
            this.frame = frame;
        }

        @Override
        public void stop() {
            running.remove(this);
        }

        @Override
        public boolean running() {
            return running.contains(this);
        }
    }
}
