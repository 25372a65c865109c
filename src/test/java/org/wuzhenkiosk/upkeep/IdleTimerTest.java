package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.upkeep.IdleTimer.Phase;

/** The idle timer on a manual clock: every step of a visit, with no waiting. */
class IdleTimerTest {

    private final ManualClock clock = new ManualClock();
    private final IdleTimer idle = new IdleTimer(clock, Duration.ofSeconds(90), Duration.ofSeconds(15));

    @Test
    void aVisitorWhoStopsTouchingIsAskedAfterTheTimeoutAndNotBefore() {
        idle.touched();
        clock.advanceSeconds(89);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.IN_USE);
        clock.advanceSeconds(1);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ASKING);
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(15);
    }

    @Test
    void everyTouchStartsTheTimeoutAgain() {
        idle.touched();
        for (int i = 0; i < 10; i++) {
            clock.advanceSeconds(60);
            idle.tick();
            idle.touched();
        }
        assertThat(idle.phase()).isEqualTo(Phase.IN_USE);
    }

    @Test
    void theCountdownCountsDownAndThenGivesUpIntoTheAttractLoop() {
        idle.touched();
        clock.advanceSeconds(90);
        idle.tick();
        clock.advance(Duration.ofMillis(5_500));
        idle.tick();
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(10);
        assertThat(idle.phase()).isEqualTo(Phase.ASKING);
        clock.advance(Duration.ofMillis(9_500));
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ATTRACT);
        assertThat(idle.secondsLeftProperty().get()).isZero();
    }

    @Test
    void aTouchWhileAskingKeepsTheVisitGoing() {
        idle.touched();
        Instant start = idle.visitStart();
        clock.advanceSeconds(95);
        idle.tick();
        idle.touched();
        assertThat(idle.phase()).isEqualTo(Phase.IN_USE);
        assertThat(idle.visitStart()).isEqualTo(start);
        clock.advanceSeconds(89);
        idle.tick();
        assertThat(idle.phase()).as("the timeout starts again from the answer").isEqualTo(Phase.IN_USE);
    }

    @Test
    void withNobodyToAskTheKioskGoesStraightToTheAttractLoop() {
        clock.advanceSeconds(90);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ATTRACT);
    }

    @Test
    void aTouchDuringTheAttractLoopStartsANewVisit() {
        clock.advanceSeconds(90);
        idle.tick();
        clock.advanceSeconds(600);
        idle.touched();
        assertThat(idle.phase()).isEqualTo(Phase.IN_USE);
        assertThat(idle.visitStart()).isEqualTo(clock.instant());
        clock.advanceSeconds(3600);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ASKING);
    }

    @Test
    void aNarrationPlayingHoldsTheVisitAndTheTimeoutCountsFromItsEnd() {
        idle.touched();
        idle.setHeld(true);
        clock.advanceSeconds(300);
        idle.tick();
        assertThat(idle.phase()).as("a visitor listening is not asked").isEqualTo(Phase.IN_USE);
        idle.setHeld(false);
        clock.advanceSeconds(89);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.IN_USE);
        clock.advanceSeconds(1);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ASKING);
    }

    @Test
    void aNarrationThatNeverEndsStillLetsTheKioskReset() {
        idle.touched();
        idle.setHeld(true);
        clock.advance(IdleTimer.LONGEST_HOLD);
        idle.tick();
        assertThat(idle.phase()).isEqualTo(Phase.ASKING);
    }
}
