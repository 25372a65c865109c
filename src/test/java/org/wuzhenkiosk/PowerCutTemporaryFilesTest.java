package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk switched off at the wall every night leaves nothing behind in the temp folder: JavaFX deletes its
 * temporary font copies ({@code +JXF….tmp}) only at a clean exit, so over months they would fill the disk. Started
 * as a separate program on headless Monocle, killed without warning once its first frame is drawn.
 */
class PowerCutTemporaryFilesTest {

    private static final long START_SECONDS = 180;

    @Test
    void aKioskSwitchedOffAfterItsFirstFrameLeavesNoTemporaryFontCopy(@TempDir Path work)
            throws IOException, InterruptedException, ExecutionException {
        Path temp = Files.createDirectories(work.resolve("temp"));
        Path data = Files.createDirectories(work.resolve("data"));
        Path settings = Files.writeString(work.resolve("kiosk.properties"), "# defaults\n");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + temp, "-Duser.home=" + data,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1280x720-32", "-Djava.awt.headless=true",
                "-cp", classPath.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator),
                "org.wuzhenkiosk.cli.Main", "--windowed", "--size", "1280x720", "--config", settings.toString()));
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
                    output.append(line).append('\n');
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
            assertThat(firstFrame.get(START_SECONDS, TimeUnit.SECONDS)).as("the kiosk drew its first frame:%n%s",
                    output).isTrue();
        } catch (TimeoutException e) {
            throw new AssertionError("no first frame within " + START_SECONDS + " s:\n" + output, e);
        } finally {
            // as the power going off: no shutdown hook runs
            kiosk.destroyForcibly();
            kiosk.waitFor(START_SECONDS, TimeUnit.SECONDS);
        }

        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("+JXF")))
                    .as("temporary font copies left in the temp folder").isEmpty();
        }
        try (Stream<Path> cached = Files.walk(data)) {
            assertThat(cached.map(f -> f.getFileName().toString()))
                    .as("the icons' face, read from the kiosk's cache instead")
                    .anyMatch(name -> name.startsWith("materialdesignicons-webfont-") && name.endsWith(".ttf"));
        }
    }
}
