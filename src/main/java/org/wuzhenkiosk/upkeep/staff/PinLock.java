package org.wuzhenkiosk.upkeep.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing at the PIN pad: every wrong PIN in a row locks the pad for twice as long as the one
 * before (5 s, 10 s, 20 s, 40 s, then a minute for every one after); the right PIN clears the count. A minute at
 * most, so that staff coming to a kiosk a visitor has been tapping at wait no longer than that, while one guess a
 * minute leaves a 6-digit PIN about a year of guessing.
 */
public final class PinLock {

    static final Duration FIRST_LOCK = Duration.ofSeconds(5);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(1);
    private final Clock clock;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    public PinLock(Clock clock) {
        this.clock = clock;
    }

    public boolean locked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** Time left until the pad takes a PIN again; zero when it is open. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a wrong PIN and returns how long the pad is now locked. */
    public Duration wrong() {
        wrongInARow++;
        Duration lock = lockFor(wrongInARow);
        lockedUntil = clock.instant().plus(lock);
        return lock;
    }

    public void right() {
        wrongInARow = 0;
        lockedUntil = Instant.MIN;
    }

    public int wrongInARow() {
        return wrongInARow;
    }

    static Duration lockFor(int wrongInARow) {
        int doublings = Math.min(wrongInARow - 1, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
