package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FlingTest {

    private final ManualFrameClock clock = new ManualFrameClock();
    private final Fling fling = new Fling(clock);
    private double moved;

    private boolean move(double dx, double dy) {
        moved += dx;
        return true;
    }

    /** Drags 20 px every frame for {@code frames} frames, starting at x = 0. */
    private double flick(int frames) {
        fling.press(0, 0);
        double x = 0;
        for (int i = 0; i < frames; i++) {
            clock.advance(Duration.ofMillis(16));
            x += 20;
            fling.track(x, 0);
        }
        return x;
    }

    @Test
    void aFlickGlidesOnInItsDirectionAndComesToRest() {
        double x = flick(6);
        assertThat(fling.release(x, 0, 1, this::move)).isTrue();
        assertThat(fling.gliding()).isTrue();
        clock.advance(Duration.ofMillis(200));
        double after200 = moved;
        assertThat(after200).isGreaterThan(100);
        assertThat(clock.settle(Duration.ofSeconds(10))).isTrue();
        assertThat(fling.gliding()).isFalse();
        assertThat(moved).isGreaterThan(after200).isLessThan(2000);
    }

    @Test
    void aFingerThatRestedBeforeLiftingDoesNotGlide() {
        double x = flick(6);
        clock.advance(Duration.ofMillis(300));
        assertThat(fling.release(x, 0, 1, this::move)).isFalse();
        assertThat(clock.moving()).isZero();
        assertThat(moved).isZero();
    }

    @Test
    void aTouchStopsTheGlide() {
        double x = flick(6);
        fling.release(x, 0, 1, this::move);
        clock.advance(Duration.ofMillis(50));
        fling.press(x, 0);
        double atTouch = moved;
        clock.advance(Duration.ofMillis(500));
        assertThat(moved).isEqualTo(atTouch);
        assertThat(fling.gliding()).isFalse();
    }

    @Test
    void aGlideEndsAtTheEdge() {
        double x = flick(6);
        fling.release(x, 0, 1, (dx, dy) -> false);
        clock.advance(Duration.ofMillis(20));
        assertThat(fling.gliding()).isFalse();
        assertThat(clock.moving()).isZero();
    }

    @Test
    void aGlideByComesToRestExactlyThere() {
        fling.glideBy(300, 0, this::move);
        assertThat(fling.gliding()).isTrue();
        assertThat(clock.settle(Duration.ofSeconds(10))).isTrue();
        assertThat(fling.gliding()).isFalse();
        assertThat(moved).isCloseTo(300, Offset.offset(1e-9));
    }

    @Test
    void aGlideGoesAsFarAtAnyFrameRate() {
        double[] far = new double[2];
        long[] frameMs = {8, 33};
        for (int run = 0; run < 2; run++) {
            moved = 0;
            fling.glide(2, 0, this::move);
            while (fling.gliding()) {
                clock.advance(Duration.ofMillis(frameMs[run]));
            }
            far[run] = moved;
        }
        assertThat(far[0]).isCloseTo(far[1], Offset.offset(1.0));
    }

    /** The same flick on a panel of twice the pixels: twice the pixels a millisecond, twice as far. */
    @Test
    void onA4kPanelAFlickGlidesTwiceThePixelsAsOnA1080pOne() {
        Fling at4k = new Fling(clock, () -> 2);
        double[] far = new double[2];
        Fling[] flings = {fling, at4k};
        for (int run = 0; run < 2; run++) {
            moved = 0;
            flings[run].glide(2.0 * (run + 1), 0, this::move);
            assertThat(clock.settle(Duration.ofSeconds(10))).isTrue();
            far[run] = moved;
        }
        assertThat(far[1]).isCloseTo(2 * far[0], Offset.offset(far[0] * 0.01));
    }

    @Test
    void onA4kPanelAFingerMovingHalfAsFastInDesignPixelsDoesNotFling() {
        Fling at4k = new Fling(clock, () -> 2);
        // 0.15 px/ms: a flick in a 1080p window's pixels, a finger coming to rest in a 4K panel's
        assertThat(fling.glide(0.15, 0, this::move)).isTrue();
        assertThat(at4k.glide(0.15, 0, this::move)).isFalse();
        assertThat(at4k.glide(0.3, 0, this::move)).isTrue();
    }

    @Test
    void theFastestFlickBelievedIsInDesignPixels() {
        Fling at4k = new Fling(clock, () -> 2);
        at4k.press(0, 0);
        clock.advance(Duration.ofMillis(20));
        at4k.track(1000, 0); // 50 px/ms: no finger is that fast
        assertThat(at4k.velocity()[0]).isEqualTo(2 * Fling.MAX_SPEED);
    }
}
