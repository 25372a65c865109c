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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Notices edits in the content folder (and its sub-folders) and asks for a reload once the folder has been
 * quiet for a moment, so that an editor saving several files, or a file copied in pieces, gives one reload of
 * the finished state. Editors' scratch files (hidden files, {@code ~}, {@code .swp}, {@code .tmp}) are ignored.
 * It watches the configured path, not the folder that first lay there: a new version put in its place by
 * renaming ({@code mv content content.old; mv content.new content}) is noticed and watched from then on.
 */
public final class ContentWatcher implements AutoCloseable {

    /** How long the folder must stay unchanged before it is read. */
    public static final Duration QUIET = Duration.ofSeconds(1);
    /** How often the watcher looks whether another folder now lies at the configured path. */
    private static final long CHECK_SECONDS = 2;
    private static final System.Logger LOG = System.getLogger(ContentWatcher.class.getName());

    private final Path folder;
    private final Clock clock;
    private final Duration quiet;
    private final Runnable reload;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private WatchKey parentKey;
    private Object watchedIdentity;
    private boolean failing;
    private Instant lastChange;
    private WatchService service;
    private Thread thread;

    /** {@code reload} runs on the thread that calls {@link #tick()} (the FX thread in the kiosk). */
    public ContentWatcher(Path folder, Clock clock, Duration quiet, Runnable reload) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
        this.quiet = quiet;
        this.reload = reload;
    }

    /** Starts watching on a daemon thread; a folder that cannot be watched is logged, and reload stays manual. */
    public void start() {
        try {
            service = FileSystems.getDefault().newWatchService();
            Path parent = folder.getParent();
            if (parent != null) {
                // the folder's own name appearing or going is seen only from the folder above it
                parentKey = parent.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            watchedIdentity = identity();
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

    /** What tells one folder from another at the same path (the inode on Linux and macOS), or null. */
    private Object identity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory() ? Objects.requireNonNullElse(attributes.fileKey(), folder) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Drops the watches on the folder that was there and watches whatever lies at the path now. */
    private void rewatch() throws IOException {
        keys.keySet().forEach(WatchKey::cancel);
        keys.clear();
        watchedIdentity = identity();
        if (watchedIdentity != null) {
            registerTree(folder);
            LOG.log(Level.INFO, "the content folder " + folder + " was replaced; watching the new one");
        } else {
            LOG.log(Level.WARNING, "the content folder " + folder + " is gone; the kiosk keeps showing its content "
                    + "and watches for a folder to come back at that path");
        }
        changed(folder);
    }

    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = service.poll(CHECK_SECONDS, TimeUnit.SECONDS);
                if (key == null) {
                    if (failing || !Objects.equals(watchedIdentity, identity())) {
                        failing = false;
                        rewatch();
                    }
                    continue;
                }
                if (key == parentKey) {
                    boolean ours = key.pollEvents().stream().anyMatch(event -> event.context() instanceof Path name
                            && name.equals(folder.getFileName()));
                    key.reset();
                    if (ours) {
                        rewatch();
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
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // a folder that vanished while it was being registered: try again at the next check
                if (!failing) {
                    LOG.log(Level.WARNING, "watching " + folder + " was interrupted (" + e + "); the watcher tries "
                            + "again in " + CHECK_SECONDS + " s");
                }
                failing = true;
                changed(folder);
            }
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
