package org.wuzhenkiosk.ui;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.wuzhenkiosk.content.BundledContent;

/**
 * What this machine can play, asked of JavaFX once per test run with the bundled files, so that playback tests
 * report themselves skipped (with the reason) where the machine lacks the capability instead of passing untested.
 */
public final class MediaSupport {

    /** The bundled H.264 clip: on Linux JavaFX decodes it with FFmpeg's libavcodec, else MEDIA_UNSUPPORTED. */
    private static final String VIDEO = "media/cases/cbers-amazon-orbit.mp4";
    /** A bundled PCM narration: plays everywhere there is a sound device (in tests ALSA's null sink). */
    private static final String SOUND = "media/cases/cbers-amazon-narration-en.wav";
    private static String videoProblem;
    private static String soundProblem;

    private MediaSupport() {
    }

    /** Whether the bundled video plays here. */
    public static boolean canPlayVideo() {
        return whyNoVideo().isEmpty();
    }

    /** Empty when video plays, else what is missing and how to install it. */
    public static synchronized String whyNoVideo() {
        if (videoProblem == null) {
            String problem = probe(VIDEO);
            if (problem.isEmpty()) {
                videoProblem = "";
            } else if (!canPlaySound()) {
                videoProblem = whyNoSound().replace("narration", "video"); // no player opens without a device
            } else {
                videoProblem = "video playback is not tested: JavaFX cannot play the H.264 clip here (" + problem
                        + "); on Linux it needs FFmpeg's libraries, on Debian 12: apt-get install libavcodec59 "
                        + "libavformat59 (other releases: the libavcodecNN/libavformatNN they carry)";
            }
        }
        return videoProblem;
    }

    /** Whether the bundled narration plays here, i.e. there is a sound device. */
    public static boolean canPlaySound() {
        return whyNoSound().isEmpty();
    }

    /** Empty when sound plays, else what is missing. */
    public static synchronized String whyNoSound() {
        if (soundProblem == null) {
            String problem = probe(SOUND);
            soundProblem = problem.isEmpty() ? "" : "narration playback is not tested: no sound device (" + problem
                    + "); run through Maven, whose surefire set-up points ALSA_CONFIG_PATH at "
                    + "src/test/resources/alsa-null.conf (ALSA's null sink)";
        }
        return soundProblem;
    }

    /** Opens {@code file} in a player and waits until it is ready or fails; empty when ready, else the error. */
    private static String probe(String file) {
        try {
            FxToolkit.registerPrimaryStage(); // the player reports on the FX thread
        } catch (TimeoutException e) {
            return "the JavaFX toolkit did not start: " + e;
        }
        return PlaybackProbe.open(BundledContent.root().resolve(file)).orElse("");
    }
}
