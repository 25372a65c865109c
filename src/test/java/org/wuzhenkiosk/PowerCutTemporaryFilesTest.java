package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk switched off at the wall every night leaves nothing behind in the temp folder: JavaFX deletes its
 * temporary font copies ({@code +JXF….tmp}) only at a clean exit, so over months they would fill the disk.
 */
class PowerCutTemporaryFilesTest {

    @Test
    void aKioskSwitchedOffAfterItsFirstFrameLeavesNoTemporaryFontCopy(@TempDir Path work)
            throws IOException, InterruptedException {
        ForkedKiosk.Start start = ForkedKiosk.untilFirstFrame(work, List.of(), List.of());

        assertThat(start.drewFirstFrame()).as(start.output()).isTrue();
        try (Stream<Path> files = Files.list(work.resolve("temp"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("+JXF")))
                    .as("temporary font copies left in the temp folder").isEmpty();
        }
        try (Stream<Path> cached = Files.walk(work.resolve("data"))) {
            assertThat(cached.map(f -> f.getFileName().toString()))
                    .as("the icons' face, read from the kiosk's cache instead")
                    .anyMatch(name -> name.startsWith("materialdesignicons-webfont-") && name.endsWith(".ttf"));
        }
    }
}
