package org.wuzhenkiosk.app;

import java.time.Clock;
import org.wuzhenkiosk.ui.FrameClock;

/**
 * The kiosk's seams to time and threads: the wall clock (idle, statistics, lockouts), the task runner (work off
 * the FX thread) and the frame clock (everything that moves). Tests pass a manual clock, a same-thread runner
 * and a hand-advanced frame clock.
 */
public record KioskServices(Clock clock, TaskRunner tasks, FrameClock frames) {

    public KioskServices(Clock clock, TaskRunner tasks) {
        this(clock, tasks, FrameClock.system());
    }

    /** The real ones. */
    public static KioskServices system() {
        return new KioskServices(Clock.systemDefaultZone(), TaskRunner.background(), FrameClock.system());
    }
}
