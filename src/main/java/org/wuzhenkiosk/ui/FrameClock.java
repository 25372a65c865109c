package org.wuzhenkiosk.ui;

import java.util.function.LongPredicate;
import javafx.animation.AnimationTimer;

/**
 * The time source of everything that moves on screen (glides, flights, fades, tap timers): frames of the JavaFX
 * pulse in the kiosk, a clock advanced by hand in tests, so that no test waits on real time.
 */
public interface FrameClock {

    /** Now on this clock, in nanoseconds (the pulse's time line in the kiosk). */
    long nanoTime();

    /**
     * Calls {@code frame} with the time of every frame from the next one on, until it returns false or the
     * returned handle is stopped. Only the FX thread calls this and the frames.
     */
    Motion run(LongPredicate frame);

    /** A running animation. */
    interface Motion {
        void stop();

        boolean running();
    }

    /** The real frames: one {@link AnimationTimer} per motion. */
    static FrameClock system() {
        return SystemFrames.INSTANCE;
    }

    /** {@link #system()}'s implementation. */
    final class SystemFrames implements FrameClock {
        private static final SystemFrames INSTANCE = new SystemFrames();

        private SystemFrames() {
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Motion run(LongPredicate frame) {
            final class TimerMotion extends AnimationTimer implements Motion {
                private boolean running;

                @Override
                public void handle(long now) {
                    if (running && !frame.test(now)) {
                        stop();
                    }
                }

                @Override
                public void start() {
                    running = true;
                    super.start();
                }

                @Override
                public void stop() {
                    running = false;
                    super.stop();
                }

                @Override
                public boolean running() {
                    return running;
                }
            }
            TimerMotion motion = new TimerMotion();
            motion.start();
            return motion;
        }
    }
}
