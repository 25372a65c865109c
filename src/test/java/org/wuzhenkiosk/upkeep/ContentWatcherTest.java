package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Edits in the content folder give one reload, once the folder has been quiet for a moment. */
class ContentWatcherTest {

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger reloads = new AtomicInteger();
    @TempDir
    Path dir;

    @Test
    void aBurstOfEditsGivesOneReloadAfterTheQuietTime() {
        ContentWatcher watcher = new ContentWatcher(dir, clock, Duration.ofSeconds(1), reloads::incrementAndGet);
        for (int i = 0; i < 5; i++) {
            watcher.changed(dir.resolve("cases.json"));
            clock.advance(Duration.ofMillis(300));
            watcher.tick();
        }
        assertThat(reloads).as("still being written").hasValue(0);
        assertThat(watcher.pending()).isTrue();
        clock.advance(Duration.ofMillis(1000));
        watcher.tick();
        watcher.tick();
        assertThat(reloads).hasValue(1);
        assertThat(watcher.pending()).isFalse();
    }

    @Test
    void editorsScratchFilesAreIgnored() {
        ContentWatcher watcher = new ContentWatcher(dir, clock, Duration.ofSeconds(1), reloads::incrementAndGet);
        for (String name : new String[] {".cases.json.swp", "cases.json~", "cases.json.tmp", ".DS_Store",
                "#cases.json#"}) {
            watcher.changed(dir.resolve(name));
        }
        clock.advanceSeconds(5);
        watcher.tick();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void theFileSystemsNoticeOfAnEditReachesTheWatcher() throws IOException, TimeoutException {
        Files.createDirectories(dir.resolve("media"));
        ContentWatcher watcher = new ContentWatcher(dir, clock, Duration.ofSeconds(1), reloads::incrementAndGet);
        watcher.start();
        try {
            Files.writeString(dir.resolve("media").resolve("new.png"), "not yet a picture");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, watcher::pending);
            clock.advanceSeconds(2);
            watcher.tick();
            assertThat(reloads).hasValue(1);
        } finally {
            watcher.close();
        }
    }
}
