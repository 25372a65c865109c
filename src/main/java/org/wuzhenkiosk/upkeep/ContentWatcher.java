package org.wuzhenkiosk.upkeep;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Notices edits in the content folder (and its sub-folders) and asks for a reload once the folder has been
 * quiet for a moment, so that an editor saving several files, or a file copied in pieces, gives one reload of
 * the finished state. Editors' scratch files (hidden files, {@code ~}, {@code .swp}, {@code .tmp}) are ignored.
 */
public final class ContentWatcher implements AutoCloseable {

    /** How long the folder must stay unchanged before it is read. */
    public static final Duration QUIET = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(ContentWatcher.class.getName());

    private final Path folder;
    private final Clock clock;
    private final Duration quiet;
    private final Runnable reload;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private Instant lastChange;
    private WatchService service;
    private Thread thread;

    /** {@code reload} runs on the thread that calls {@link #tick()} (the FX thread in the kiosk). */
    public ContentWatcher(Path folder, Clock clock, Duration quiet, Runnable reload) {
        this.folder = folder;
        this.clock = clock;
        this.quiet = quiet;
        this.reload = reload;
    }

    /** Starts watching on a daemon thread; a folder that cannot be watched is logged, and reload stays manual. */
    public void start() {
        try {
            service = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot watch " + folder + " for edits (" + e + "); use \"Reload now\" in the "
                    + "staff panel after editing");
            return;
        }
        thread = new Thread(this::watch, "content-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.log(Level.INFO, "watching " + folder + " for content edits");
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir, 4)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> d.equals(dir) || !ignored(d)).toList()) {
                keys.put(d.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), d);
            }
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.poll(2, TimeUnit.SECONDS);
                if (key == null) {
                    if (keys.isEmpty() && Files.isDirectory(folder)) {
                        registerTree(folder); // the folder came back (replaced by a copy of a new version)
                        changed(folder);
                    }
                    continue;
                }
                Path dir = keys.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                        changed(folder);
                        continue;
                    }
                    Path child = dir.resolve((Path) event.context());
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child)
                            && !ignored(child)) {
                        registerTree(child);
                    }
                    changed(child);
                }
                if (!key.reset()) {
                    keys.remove(key);
                    if (keys.isEmpty()) {
                        LOG.log(Level.WARNING, "the content folder " + folder + " is gone; the kiosk keeps showing "
                                + "its content and watches for the folder to come back");
                        changed(folder);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "stopped watching " + folder + " (" + e + "); use \"Reload now\" in the staff "
                    + "panel after editing");
        }
    }

    /** Notes an edit of {@code file}; the reload follows once the folder is quiet. */
    public synchronized void changed(Path file) {
        if (file != null && !file.equals(folder) && ignored(file)) {
            return;
        }
        lastChange = clock.instant();
    }

    /** Reloads when an edit is waiting and nothing changed for the quiet time; call it a few times a second. */
    public void tick() {
        synchronized (this) {
            if (lastChange == null || clock.instant().isBefore(lastChange.plus(quiet))) {
                return;
            }
            lastChange = null;
        }
        reload.run();
    }

    /** True while an edit waits for the folder to become quiet. */
    public synchronized boolean pending() {
        return lastChange != null;
    }

    static boolean ignored(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || name.endsWith(".part")
                || name.endsWith(".crdownload") || name.startsWith("#");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the content watcher: " + e);
            }
        }
    }
}
