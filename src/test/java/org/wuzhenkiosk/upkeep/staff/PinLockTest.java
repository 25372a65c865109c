package org.wuzhenkiosk.upkeep.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.upkeep.ManualClock;

/** Wrong PINs lock the pad for longer each time; the right one clears the count. */
class PinLockTest {

    private final ManualClock clock = new ManualClock();
    private final PinLock lock = new PinLock(clock);

    @Test
    void eachWrongPinInARowLocksThePadTwiceAsLong() {
        assertThat(lock.locked()).isFalse();
        assertThat(lock.wrong()).isEqualTo(Duration.ofSeconds(5));
        assertThat(lock.locked()).isTrue();
        clock.advanceSeconds(5);
        assertThat(lock.locked()).isFalse();
        assertThat(lock.wrong()).isEqualTo(Duration.ofSeconds(10));
        clock.advanceSeconds(9);
        assertThat(lock.locked()).isTrue();
        assertThat(lock.remaining()).isEqualTo(Duration.ofSeconds(1));
        clock.advanceSeconds(1);
        assertThat(lock.wrong()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aVisitorTappingWrongPinsAllDayNeverLocksStaffOutForMoreThanAMinute() {
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 600; i++) {
            Duration lock = this.lock.wrong();
            longest = lock.compareTo(longest) > 0 ? lock : longest;
            clock.advance(lock);
        }
        assertThat(longest).isEqualTo(Duration.ofMinutes(1));
        assertThat(lock.wrongInARow()).as("the count is kept, so each further guess waits the whole minute")
                .isEqualTo(600);
        lock.wrong();
        clock.advanceSeconds(59);
        assertThat(lock.locked()).isTrue();
        clock.advanceSeconds(1);
        assertThat(lock.locked()).as("staff arriving as the visitor leaves type the PIN a minute later").isFalse();
    }

    @Test
    void theRightPinClearsTheCount() {
        lock.wrong();
        lock.wrong();
        lock.right();
        assertThat(lock.locked()).isFalse();
        assertThat(lock.wrong()).isEqualTo(Duration.ofSeconds(5));
    }
}
