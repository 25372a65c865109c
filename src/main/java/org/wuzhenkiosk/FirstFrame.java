package org.wuzhenkiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The first frame a scene draws, with how long after the program's start it came, the peak resident memory and the
 * CPU time spent until then. The kiosk logs it at every start; the start-up benchmark reads the same line from the
 * kiosk and from an empty JavaFX app, so both are measured the same way.
 */
public final class FirstFrame {

    /** System property: {@code exit} ends the program once its first frame is drawn (start-up measurement). */
    public static final String PROPERTY = "wuzhen.kiosk.firstFrame";
    /** What {@link #figures()} writes; the benchmark parses it back. */
    public static final Pattern LINE = Pattern.compile(
            "first frame (\\d+) ms after the program started, peak resident (\\d+|\\?) MB, CPU (\\d+) ms");
    private static final Pattern PEAK_RESIDENT = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private FirstFrame() {
    }

    /** Calls {@code report} with {@link #figures()} once the scene's first pulse is laid out. */
    public static void report(Scene scene, Consumer<String> report) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            report.accept(figures());
            if ("exit".equals(System.getProperty(PROPERTY))) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** "first frame N ms after the program started, peak resident M MB, CPU C ms" (M is "?" off Linux). */
    public static String figures() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        long ms = info.startInstant().map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return "first frame " + ms + " ms after the program started, peak resident " + peakResidentMegabytes()
                + " MB, CPU " + cpu + " ms";
    }

    private static String peakResidentMegabytes() {
        try {
            Matcher m = PEAK_RESIDENT.matcher(Files.readString(Path.of("/proc/self/status")));
            return m.find() ? String.valueOf(Long.parseLong(m.group(1)) / 1024) : "?";
        } catch (IOException | RuntimeException e) {
            return "?"; // not Linux: the figure is only for the benchmark
        }
    }
}
