package org.wuzhenkiosk.content;

import java.util.Optional;

/**
 * Which kinds of clip and narration this computer plays, so that the content check warns about a file the kiosk
 * would show only as its poster. The kiosk asks JavaFX (outside this package); imports and tests pass their own.
 */
@FunctionalInterface
public interface Playback {

    /** For a check that is not about this computer (an import, most tests): every format the kiosk takes plays. */
    Playback ANY = format -> Optional.empty();

    /**
     * Empty when files of {@code format} play here, else why not.
     *
     * @param format the container as {@link MediaProbe#format} names it: "mp4", "mp3", "wav", "aiff" or "flv"
     */
    Optional<Refusal> cannotPlay(String format);

    /** What stops a format: no decoder for it here, or no sound device at all; {@code detail}: the player's words. */
    record Refusal(Cause cause, String detail) {
    }

    /** The two things a kiosk PC can lack. */
    enum Cause { NO_DECODER, NO_SOUND_DEVICE }
}
