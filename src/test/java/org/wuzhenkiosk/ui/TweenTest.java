package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.animation.Interpolator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TweenTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-9);
    private final ManualFrameClock frames = new ManualFrameClock();
    private double progress = -1;
    private int done;

    @Test
    void theProgressStartsAtZeroAtOnceAndReachesOneAtItsEndThenItIsDone() {
        FrameClock.Motion motion = Tween.run(frames, Duration.ofMillis(180), Interpolator.LINEAR, t -> progress = t,
                () -> done++);
        assertThat(progress).isZero();
        frames.advance(Duration.ofMillis(90));
        assertThat(progress).isCloseTo(0.5, CLOSE);
        frames.advance(Duration.ofMillis(89));
        assertThat(progress).isLessThan(1);
        assertThat(done).isZero();
        assertThat(motion.running()).isTrue();
        frames.advance(Duration.ofMillis(1));
        assertThat(progress).isEqualTo(1);
        assertThat(done).isEqualTo(1);
        assertThat(motion.running()).isFalse();
        assertThat(frames.moving()).isZero();
    }

    @Test
    void theEasingShapesTheProgress() {
        Tween.run(frames, Duration.ofMillis(400), Interpolator.EASE_BOTH, t -> progress = t);
        frames.advance(Duration.ofMillis(100));
        assertThat(progress).isLessThan(0.25).isPositive();
        frames.advance(Duration.ofMillis(100));
        assertThat(progress).isCloseTo(0.5, CLOSE);
    }

    @Test
    void aStoppedTweenStaysWhereItIsAndIsNeverDone() {
        FrameClock.Motion motion = Tween.run(frames, Duration.ofMillis(200), Interpolator.LINEAR, t -> progress = t,
                () -> done++);
        frames.advance(Duration.ofMillis(100));
        motion.stop();
        frames.advance(Duration.ofSeconds(1));
        assertThat(progress).isCloseTo(0.5, CLOSE);
        assertThat(done).isZero();
    }

    @Test
    void aSwingGoesToOneAndBackAgainUntilStopped() {
        FrameClock.Motion motion = Tween.swing(frames, Duration.ofMillis(1200), Interpolator.LINEAR,
                t -> progress = t);
        assertThat(progress).isZero();
        frames.advance(Duration.ofMillis(1200));
        assertThat(progress).isCloseTo(1, CLOSE);
        frames.advance(Duration.ofMillis(600));
        assertThat(progress).isCloseTo(0.5, CLOSE);
        frames.advance(Duration.ofMillis(600));
        assertThat(progress).isCloseTo(0, CLOSE);
        frames.advance(Duration.ofMillis(300));
        assertThat(progress).isCloseTo(0.25, CLOSE);
        assertThat(motion.running()).isTrue();
        motion.stop();
        assertThat(frames.moving()).isZero();
    }
}
