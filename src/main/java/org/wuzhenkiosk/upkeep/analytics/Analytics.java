package org.wuzhenkiosk.upkeep.analytics;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Records visits as JSON Lines, one file a day ({@code visits-2024-05-01.jsonl}). Each line is appended and handed
 * to the operating system at once, so a crash or a power cut loses at most the line being written. The files
 * together stay under a size limit: the oldest days are deleted first. Only what was looked at is recorded, and
 * for how long; nothing about who.
 */
public final class Analytics {

    static final String PREFIX = "visits-";
    static final String SUFFIX = ".jsonl";
    private static final System.Logger LOG = System.getLogger(Analytics.class.getName());
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;
    private String visit;
    private long totalBytes = -1;
    private LocalDate fullOn;
    private Path tailChecked;
    private boolean failing;

    private Analytics(Path dir, long maxBytes, Clock clock) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** Statistics written to {@code dir}, at most {@code maxBytes} together; null {@code dir}: nothing recorded. */
    public static Analytics to(Path dir, long maxBytes, Clock clock) {
        return new Analytics(dir, maxBytes, clock);
    }

    public boolean enabled() {
        return dir != null;
    }

    public Path dir() {
        return dir;
    }

    public synchronized boolean inVisit() {
        return visit != null;
    }

    /** A visitor touched the kiosk after a reset. */
    public synchronized void visitStarted(String language, String screen) {
        visit = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        write(VisitEvent.VISIT_START, screen, null, language, null, null, null);
    }

    public synchronized void screenShown(String screen) {
        write(VisitEvent.SCREEN, screen, null, null, null, null, null);
    }

    public synchronized void languageChosen(String language) {
        write(VisitEvent.LANGUAGE, null, null, language, null, null, null);
    }

    public synchronized void caseOpened(String caseId) {
        write(VisitEvent.CASE_OPEN, null, caseId, null, null, null, null);
    }

    public synchronized void caseClosed(String caseId, Duration dwell) {
        write(VisitEvent.CASE_CLOSE, null, caseId, null, seconds(dwell), null, null);
    }

    /** The visit is over; lines after this are dropped until the next {@link #visitStarted}. */
    public synchronized void visitEnded(Duration length, Duration active, String reason) {
        write(VisitEvent.VISIT_END, null, null, null, seconds(length), seconds(active), reason);
        visit = null;
    }

    private static Double seconds(Duration d) {
        return d == null ? null : Math.round(d.toMillis() / 100.0) / 10.0;
    }

    private void write(String event, String screen, String caseId, String language, Double seconds, Double active,
                       String reason) {
        if (dir == null || visit == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line.put("event", event);
        line.put("visit", visit);
        putIfSet(line, "screen", screen);
        putIfSet(line, "case", caseId);
        putIfSet(line, "language", language);
        putIfSet(line, "seconds", seconds);
        putIfSet(line, "active", active);
        putIfSet(line, "reason", reason);
        append(now.toLocalDate(), (GSON.toJson(line) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void putIfSet(Map<String, Object> line, String key, Object value) {
        if (value != null) {
            line.put(key, value);
        }
    }

    private void append(LocalDate day, byte[] bytes) {
        if (day.equals(fullOn)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            if (totalBytes < 0) {
                totalBytes = sizeOfFiles();
            }
            if (totalBytes + bytes.length > maxBytes) {
                deleteOldestBefore(day, bytes.length);
                if (totalBytes + bytes.length > maxBytes) {
                    fullOn = day;
                    LOG.log(Level.WARNING, "visitor statistics for " + day + " reached analytics.max.mb ("
                            + maxBytes / (1024 * 1024) + " MB); nothing more is recorded today");
                    return;
                }
            }
            Path file = fileFor(day);
            if (!file.equals(tailChecked)) {
                endCutLine(file);
                tailChecked = file;
            }
            // opened, appended and closed per line: every line reaches the OS before the next touch
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            totalBytes += bytes.length;
            failing = false;
        } catch (IOException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "visitor statistics cannot be written to " + dir + ": " + e
                        + "; the kiosk runs on and tries again with the next event");
            }
            failing = true;
        }
    }

    /** A line cut short by a crash gets its line break, so the next line starts whole. */
    private void endCutLine(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            return;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            if (last.get(0) != '\n') {
                Files.write(file, new byte[] {'\n'}, StandardOpenOption.APPEND);
                totalBytes++;
            }
        }
    }

    Path fileFor(LocalDate day) {
        return dir.resolve(PREFIX + day + SUFFIX);
    }

    private long sizeOfFiles() throws IOException {
        long sum = 0;
        for (Path file : files(dir)) {
            sum += Files.size(file);
        }
        return sum;
    }

    private void deleteOldestBefore(LocalDate today, long needed) throws IOException {
        Path todays = fileFor(today);
        for (Path file : files(dir)) {
            if (totalBytes + needed <= maxBytes) {
                return;
            }
            if (file.equals(todays)) {
                continue;
            }
            long size = Files.size(file);
            Files.deleteIfExists(file);
            totalBytes -= size;
            LOG.log(Level.INFO, "deleted " + file.getFileName() + " to keep the visitor statistics under "
                    + maxBytes / (1024 * 1024) + " MB");
        }
    }

    /** The statistics files in {@code dir}, oldest day first. */
    static List<Path> files(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }
}
