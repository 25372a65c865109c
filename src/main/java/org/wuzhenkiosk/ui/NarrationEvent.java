package org.wuzhenkiosk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventType;

/**
 * Fired up the scene graph when a narration starts playing, so that whatever watches for walk-aways (upkeep's idle
 * timer) waits while a visitor listens without touching: {@link #playing()} stays true until it ends, pauses or
 * is closed.
 */
public final class NarrationEvent extends Event {

    public static final EventType<NarrationEvent> STARTED = new EventType<>(Event.ANY, "NARRATION_STARTED");
    private static final long serialVersionUID = 1L;
    private final transient ObservableBooleanValue playing;

    public NarrationEvent(ObservableBooleanValue playing) {
        super(STARTED);
        this.playing = playing;
    }

    /** True while the narration plays. */
    public ObservableBooleanValue playing() {
        return playing;
    }
}
