package org.wuzhenkiosk.upkeep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether a visitor is at the kiosk. After {@code timeout} without a touch it asks "Still there?" for
 * {@code countdown}, then gives up: the kiosk resets and shows its attract loop until the next touch.
 * Time comes from an injected clock and advances only on {@link #tick()}, so tests never wait.
 */
public final class IdleTimer {

    /** How long "Still there?" waits for an answer. */
    public static final Duration COUNTDOWN = Duration.ofSeconds(15);
    /** The longest a narration holds the timer: one that never ends must not keep the kiosk from resetting. */
    public static final Duration LONGEST_HOLD = Duration.ofMinutes(20);

    /** Where the kiosk is in a visit. */
    public enum Phase {
        /** Reset and ready; nobody has touched it since. */
        WAITING,
        /** A visitor is using it. */
        IN_USE,
        /** No touch for the timeout: "Still there?" is counting down. */
        ASKING,
        /** Nobody answered (or nobody came): the attract loop runs. */
        ATTRACT
    }

    private final Clock clock;
    private final Duration timeout;
    private final Duration countdown;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.WAITING);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private Instant lastTouch;
    private Instant askedAt;
    private Instant visitStart;
    private Instant heldSince;

    public IdleTimer(Clock clock, Duration timeout, Duration countdown) {
        this.clock = clock;
        this.timeout = timeout;
        this.countdown = countdown;
        this.lastTouch = clock.instant();
        this.secondsLeft.set(seconds(countdown));
    }

    /** Any touch, click, scroll or key: the visitor is here. */
    public void touched() {
        Instant now = clock.instant();
        lastTouch = now;
        if (phase.get() == Phase.WAITING || phase.get() == Phase.ATTRACT) {
            visitStart = now;
        }
        phase.set(Phase.IN_USE);
    }

    /**
     * While {@code held} (a narration plays to a visitor who touches nothing) the visit does not time out; when the
     * hold ends the visitor has the whole timeout again, counted from then.
     */
    public void setHeld(boolean held) {
        Instant now = clock.instant();
        if (held && heldSince == null) {
            heldSince = now;
        } else if (!held && heldSince != null) {
            heldSince = null;
            lastTouch = now;
        }
    }

    private boolean held(Instant now) {
        return heldSince != null && now.isBefore(heldSince.plus(LONGEST_HOLD));
    }

    /** Moves the phase on according to the clock; the kiosk calls it a few times a second. */
    public void tick() {
        Instant now = clock.instant();
        switch (phase.get()) {
            case IN_USE -> {
                if (held(now)) {
                    return;
                }
                if (!now.isBefore(lastTouch.plus(timeout))) {
                    askedAt = now;
                    secondsLeft.set(seconds(countdown));
                    phase.set(Phase.ASKING);
                }
            }
            case ASKING -> {
                Duration left = countdown.minus(Duration.between(askedAt, now));
                secondsLeft.set(Math.max(0, seconds(left)));
                if (left.isZero() || left.isNegative()) {
                    phase.set(Phase.ATTRACT);
                }
            }
            case WAITING -> {
                if (!now.isBefore(lastTouch.plus(timeout))) {
                    phase.set(Phase.ATTRACT); // nobody to ask: straight to the attract loop
                }
            }
            default -> {
                // the attract loop runs until the next touch
            }
        }
    }

    /** Back to waiting for a visitor, as after a reset that was not caused by the timeout. */
    public void restart() {
        lastTouch = clock.instant();
        phase.set(Phase.WAITING);
    }

    private static int seconds(Duration d) {
        long millis = d.toMillis();
        return (int) ((millis + 999) / 1000); // 14.2 s left shows as 15: the count reaches 0 as it ends
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** Whole seconds left while asking "Still there?". */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** When the current visit began (its first touch), or null before the first one. */
    public Instant visitStart() {
        return visitStart;
    }

    public Instant lastTouch() {
        return lastTouch;
    }

    public Duration timeout() {
        return timeout;
    }
}
