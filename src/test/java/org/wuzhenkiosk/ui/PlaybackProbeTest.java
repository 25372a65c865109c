package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.wuzhenkiosk.content.Playback;

/**
 * The content check's answer to "does this play here?" agrees with what this machine really plays, and names the
 * cause staff can fix: a missing sound device first, since without one no clip with a player opens at all.
 */
class PlaybackProbeTest {

    private final PlaybackProbe probe = new PlaybackProbe();

    @Test
    void narrationIsRefusedExactlyWhenThereIsNoSoundDeviceAndThenForThatReason() throws Exception {
        FxToolkit.registerPrimaryStage();

        Optional<Playback.Refusal> wav = probe.cannotPlay("wav");

        assertThat(wav.isPresent()).as(MediaSupport.whyNoSound()).isEqualTo(!MediaSupport.canPlaySound());
        wav.ifPresent(refusal -> assertThat(refusal.cause()).isEqualTo(Playback.Cause.NO_SOUND_DEVICE));
    }

    @Test
    void anH264ClipIsRefusedExactlyWhenThisMachineCannotPlayItNamingTheMissingPiece() throws Exception {
        FxToolkit.registerPrimaryStage();

        Optional<Playback.Refusal> mp4 = probe.cannotPlay("mp4");

        assertThat(mp4.isPresent()).as(MediaSupport.whyNoVideo()).isEqualTo(!MediaSupport.canPlayVideo());
        mp4.ifPresent(refusal -> assertThat(refusal.cause()).isEqualTo(MediaSupport.canPlaySound()
                ? Playback.Cause.NO_DECODER : Playback.Cause.NO_SOUND_DEVICE));
        assertThat(probe.cannotPlay("ogg"))
                .as("a format refused outright is the file check's to name, not the player's").isEmpty();
    }
}
