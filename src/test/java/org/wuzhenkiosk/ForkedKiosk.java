package org.wuzhenkiosk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The kiosk started as a program of its own on headless Monocle, as a service starts it, with its temp folder, home
 * and data folder inside {@code work}; for what only a whole process shows (its heap limit, what a power cut leaves).
 */
final class ForkedKiosk {

    private static final long START_SECONDS = 180;

    private ForkedKiosk() {
    }

    /** What the kiosk printed until its first frame, or until it ended without one ({@code drewFirstFrame} false). */
    record Start(boolean drewFirstFrame, String output) {
    }

    /**
     * Starts the kiosk with {@code jvm} options and {@code args} (after {@code --windowed --size 1280x720} and an
     * empty settings file), reads its output until the first frame, then kills it without warning, as the power
     * going off does: no shutdown hook runs.
     */
    static Start untilFirstFrame(Path work, List<String> jvm, List<String> args)
            throws IOException, InterruptedException {
        Path temp = Files.createDirectories(work.resolve("temp"));
        Path data = Files.createDirectories(work.resolve("data"));
        Path settings = Files.writeString(work.resolve("kiosk.properties"), "# defaults\n");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Djava.io.tmpdir=" + temp, "-Duser.home=" + data, "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1280x720-32",
                "-Djava.awt.headless=true"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classPath, "org.wuzhenkiosk.cli.Main", "--windowed", "--size", "1280x720",
                "--config", settings.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        // the data folder (where the fonts are cached) in the test's folder, not the user's, on every system
        builder.environment().put("XDG_DATA_HOME", data.toString());
        builder.environment().put("LOCALAPPDATA", data.toString());
        Process kiosk = builder.start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> firstFrame = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(kiosk.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (FirstFrame.LINE.matcher(line).find()) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            return new Start(firstFrame.get(START_SECONDS, TimeUnit.SECONDS), text(output));
        } catch (TimeoutException e) {
            return new Start(false, text(output) + "\n(no first frame within " + START_SECONDS + " s)");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            kiosk.destroyForcibly();
            kiosk.waitFor(START_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static String text(StringBuilder output) {
        synchronized (output) {
            return output.toString();
        }
    }
}
