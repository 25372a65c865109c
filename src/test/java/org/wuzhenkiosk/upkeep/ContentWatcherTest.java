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

    /**
     * Waits (in real time: the file system's notice comes on its own thread) for an edit, then lets the folder be
     * quiet until every notice so far has given its reload.
     */
    private void seesAnEditAndReloads(ContentWatcher watcher) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, watcher::pending);
        int before = reloads.get();
        while (watcher.pending()) {
            clock.advanceSeconds(2);
            watcher.tick();
        }
        assertThat(reloads.get()).isGreaterThan(before);
    }

    @Test
    void aNewVersionRenamedIntoPlaceIsNoticedAndWatchedFromThenOn() throws IOException, TimeoutException {
        Path shown = dir.resolve("content");
        Files.createDirectories(shown.resolve("media"));
        Files.writeString(shown.resolve("cases.json"), "[1]");
        Path next = dir.resolve("content.new");
        Files.createDirectories(next.resolve("media"));
        Files.writeString(next.resolve("cases.json"), "[2]");
        ContentWatcher watcher = new ContentWatcher(shown, clock, Duration.ofSeconds(1), reloads::incrementAndGet);
        watcher.start();
        try {
            // how staff publish a whole new version: the old folder stays beside it, untouched
            Files.move(shown, dir.resolve("content.old"));
            Files.move(next, shown);
            seesAnEditAndReloads(watcher);
            // and the edits after it, in the new folder and its sub-folders, are seen too
            for (String file : new String[] {"cases.json", "media/new.png", "cases.json"}) {
                Files.writeString(shown.resolve(file), "[3]");
                seesAnEditAndReloads(watcher);
            }
        } finally {
            watcher.close();
        }
    }

    @Test
    void aFolderDeletedAndCopiedBackIsWatchedAgain() throws IOException, TimeoutException {
        Path shown = Files.createDirectories(dir.resolve("content"));
        Files.writeString(shown.resolve("cases.json"), "[1]");
        ContentWatcher watcher = new ContentWatcher(shown, clock, Duration.ofSeconds(1), reloads::incrementAndGet);
        watcher.start();
        try {
            Files.delete(shown.resolve("cases.json"));
            Files.delete(shown);
            seesAnEditAndReloads(watcher);
            Files.createDirectories(shown.resolve("media"));
            Files.writeString(shown.resolve("cases.json"), "[2]");
            seesAnEditAndReloads(watcher);
            for (int edit = 0; edit < 3; edit++) {
                Files.writeString(shown.resolve("media").resolve("late.png"), "[" + edit + "]");
                seesAnEditAndReloads(watcher);
            }
        } finally {
            watcher.close();
        }
    }
}
