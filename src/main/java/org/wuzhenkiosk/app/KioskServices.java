package org.wuzhenkiosk.app;

import java.time.Clock;
import org.wuzhenkiosk.content.Playback;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.PlaybackProbe;

/**
 * The kiosk's seams to time, threads and this computer: the wall clock (idle, statistics, lockouts), the task
 * runner (work off the FX thread), the frame clock (everything that moves) and what media plays here (the content
 * check's warnings). Tests pass a manual clock, a same-thread runner, a hand-advanced frame clock and, unless they
 * test that warning, a playback where everything plays.
 */
public record KioskServices(Clock clock, TaskRunner tasks, FrameClock frames, Playback playback) {

    public KioskServices(Clock clock, TaskRunner tasks, FrameClock frames) {
        this(clock, tasks, frames, Playback.ANY);
    }

    public KioskServices(Clock clock, TaskRunner tasks) {
        this(clock, tasks, FrameClock.system());
    }

    /** The real ones. */
    public static KioskServices system() {
        return new KioskServices(Clock.systemDefaultZone(), TaskRunner.background(), FrameClock.system(),
                new PlaybackProbe());
    }
}
