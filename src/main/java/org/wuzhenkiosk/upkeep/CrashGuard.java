package org.wuzhenkiosk.upkeep;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;

/**
 * The last line of defence: an exception nobody caught is logged with its stack trace and the kiosk returns home,
 * instead of freezing half-drawn in front of a visitor. Repeated failures are logged, and recovered from at most
 * once a second so that a fault in the home screen itself cannot spin.
 */
public final class CrashGuard implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(CrashGuard.class.getName());
    private static final Duration CALM = Duration.ofSeconds(1);
    private final Runnable recover;
    private final Clock clock;
    private Instant lastRecovery = Instant.MIN;
    private boolean recovering;

    public CrashGuard(Runnable recover, Clock clock) {
        this.recover = recover;
        this.clock = clock;
    }

    /** Handles uncaught exceptions on every thread, the FX thread included; call on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.ERROR, "uncaught exception on thread \"" + thread.getName() + "\"; the kiosk returns home",
                error);
        if (Platform.isFxApplicationThread()) {
            recoverOnce();
        } else {
            try {
                Platform.runLater(this::recoverOnce);
            } catch (IllegalStateException toolkitGone) {
                // the window is already closing: nothing to return to
            }
        }
    }

    private void recoverOnce() {
        Instant now = clock.instant();
        if (recovering || now.isBefore(lastRecovery.plus(CALM))) {
            return;
        }
        lastRecovery = now;
        recovering = true;
        try {
            recover.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "returning home failed as well", e);
        } finally {
            recovering = false;
        }
    }
}
