package org.wuzhenkiosk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built kiosk jar in a real window under Xvfb, attacked from outside by {@code tools/window-attacks.sh}: under
 * the openbox window manager (another desktop, "show desktop", "send to desktop", minimise, close) and without one
 * (resized to 800x600, closed). After each attack the kiosk must still run, fill the screen and, under the window
 * manager, have the front. Runs after the jars are built (the {@code platform-jars} execution in the pom); skipped
 * where the machine lacks Xvfb, openbox, xdotool, wmctrl or xwininfo.
 */
class WindowAttacksIT {

    private static final List<String> TOOLS = List.of("Xvfb", "openbox", "xdotool", "wmctrl", "xwininfo");
    private static final int ATTACKS = 7;

    @Test
    void theKioskTakesItsScreenBackAfterEveryAttackOnItsWindow() throws IOException, InterruptedException {
        String dir = System.getProperty("kiosk.jars");
        assumeTrue(dir != null, "the window is attacked after mvn package (integration-test phase)");
        for (String tool : TOOLS) {
            assumeTrue(onPath(tool), tool + " is missing: apt-get install xvfb openbox xdotool wmctrl x11-utils");
        }
        Path jar = Path.of(dir, "wuzhen-kiosk.jar");
        Path output = Files.createTempFile("window-attacks", ".txt");
        try {
            Process attacks = new ProcessBuilder("bash", "tools/window-attacks.sh", jar.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = attacks.waitFor(6, TimeUnit.MINUTES);
            if (!ended) {
                attacks.destroyForcibly();
            }
            String said = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended).as("the attacks ended within 6 minutes:%n%s", said).isTrue();
            assertThat(said).as("what the attacks said").doesNotContain("FAILED");
            assertThat(said.lines().filter(line -> line.startsWith("back in front:")))
                    .as("attacks after which the kiosk was back in front:%n%s", said).hasSize(ATTACKS);
            assertThat(attacks.exitValue()).as("exit code of tools/window-attacks.sh:%n%s", said).isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
