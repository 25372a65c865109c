package org.wuzhenkiosk.upkeep.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.upkeep.ManualClock;

/** Five taps in the top-left corner within three seconds, and nothing else, open the PIN pad. */
class StaffGestureTest {

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger opened = new AtomicInteger();
    private final StaffGesture gesture = new StaffGesture(clock, opened::incrementAndGet);

    private void tap(double x, double y) {
        gesture.pressed(x, y);
        clock.advance(Duration.ofMillis(400));
    }

    @Test
    void fiveQuickTapsInTheCornerOpenThePad() {
        for (int i = 0; i < 5; i++) {
            tap(20 + i, 30);
        }
        assertThat(opened).hasValue(1);
    }

    @Test
    void fourTapsAreNotEnough() {
        for (int i = 0; i < 4; i++) {
            tap(20, 30);
        }
        assertThat(opened).hasValue(0);
    }

    @Test
    void slowTapsDoNotAddUp() {
        for (int i = 0; i < 5; i++) {
            gesture.pressed(20, 30);
            clock.advanceSeconds(1);
        }
        assertThat(opened).hasValue(0);
    }

    @Test
    void aTapElsewhereStartsTheCountAgain() {
        for (int i = 0; i < 3; i++) {
            tap(20, 30);
        }
        tap(960, 540);
        tap(20, 30);
        tap(20, 30);
        assertThat(opened).hasValue(0);
    }

    @Test
    void tapsOutsideTheCornerNeverOpenIt() {
        for (int i = 0; i < 10; i++) {
            tap(StaffGesture.CORNER + 1, 30);
        }
        assertThat(opened).hasValue(0);
    }
}
