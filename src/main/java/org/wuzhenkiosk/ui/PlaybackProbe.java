package org.wuzhenkiosk.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Playback;

/**
 * What this computer plays, asked of JavaFX once per kind of file, the first time the content check needs it: the
 * bundled H.264 clip answers for MP4 and FLV video, and with the narration for MP3 and M4A (on Linux FFmpeg's
 * decoders play them all), the bundled WAV narration for WAV and AIFF (a sound device). Asked on the FX thread it
 * cannot wait for a player, and where JavaFX cannot start (a server without a display) it cannot ask: both answer
 * "plays", so that a check never blocks or warns without cause.
 */
public final class PlaybackProbe implements Playback {

    private static final String CLIP = "media/cases/cbers-amazon-orbit.mp4";
    private static final String NARRATION = "media/cases/cbers-amazon-narration-en.wav";
    private static final long WAIT_SECONDS = 15;
    private static final long START_SECONDS = 5;

    private final Map<String, Optional<String>> answers = new ConcurrentHashMap<>();

    @Override
    public Optional<Refusal> cannotPlay(String format) {
        return switch (format) {
            case "mp4", "flv" -> answer(CLIP).map(why -> new Refusal(soundOr(Cause.NO_DECODER), why));
            case "mp3" -> answer(CLIP).map(why -> new Refusal(soundOr(Cause.NO_DECODER), why))
                    .or(() -> answer(NARRATION).map(why -> new Refusal(Cause.NO_SOUND_DEVICE, why)));
            case "wav", "aiff" -> answer(NARRATION).map(why -> new Refusal(Cause.NO_SOUND_DEVICE, why));
            default -> Optional.empty();
        };
    }

    /** A clip fails without a sound device too, whatever its decoder: that is then the cause to name. */
    private Cause soundOr(Cause otherwise) {
        return answer(NARRATION).isPresent() ? Cause.NO_SOUND_DEVICE : otherwise;
    }

    private Optional<String> answer(String sample) {
        if (Platform.isFxApplicationThread()) {
            return Optional.empty();
        }
        return answers.computeIfAbsent(sample, s -> startedToolkit() ? open(BundledContent.root().resolve(s))
                : Optional.empty());
    }

    /**
     * Starts JavaFX when nothing has yet (the command line); false when it cannot start here. Without a display
     * JavaFX may never say so, leaving a caller waiting for it for good: a thread of its own waits instead.
     */
    private static boolean startedToolkit() {
        CountDownLatch running = new CountDownLatch(1);
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(running::countDown);
            } catch (IllegalStateException alreadyRunning) {
                Platform.runLater(running::countDown);
            } catch (RuntimeException noDisplay) {
                // no toolkit: the latch stays closed
            }
        }, "playback probe start");
        starter.setDaemon(true);
        starter.start();
        try {
            return running.await(START_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Opens {@code file} in a player off the FX thread and waits until it is ready or fails: empty when it would
     * play, else JavaFX's error. JavaFX must be running.
     */
    public static Optional<String> open(Path file) {
        CountDownLatch answered = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>("");
        AtomicReference<MediaPlayer> player = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                Media media = new Media(file.toUri().toString());
                MediaPlayer p = new MediaPlayer(media);
                player.set(p);
                media.setOnError(() -> fail(problem, answered, String.valueOf(media.getError())));
                p.setOnError(() -> fail(problem, answered, String.valueOf(p.getError())));
                p.setOnReady(answered::countDown);
            } catch (MediaException e) {
                fail(problem, answered, e.toString());
            }
        });
        try {
            if (!answered.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                problem.set("the player answered neither ready nor error within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem.set("interrupted");
        }
        Platform.runLater(() -> {
            if (player.get() != null) {
                player.get().dispose();
            }
        });
        return problem.get().isEmpty() ? Optional.empty() : Optional.of(problem.get());
    }

    private static void fail(AtomicReference<String> problem, CountDownLatch answered, String error) {
        problem.compareAndSet("", error);
        answered.countDown();
    }
}
