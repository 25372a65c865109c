package org.wuzhenkiosk.upkeep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the kiosk's log to rotating files ({@code kiosk-0.log} newest … {@code kiosk-9.log}), 5 MB each, so that
 * staff can read what happened last week and the disk never fills up.
 */
public final class KioskLog {

    static final int FILE_BYTES = 5 * 1024 * 1024;
    static final int FILES = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private KioskLog() {
    }

    /** Adds the rotating files in {@code dir} to the log; returns the handler, or null when it cannot. */
    public static Handler toFolder(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
            FileHandler handler = new FileHandler(dir.resolve("kiosk-%g.log").toString(), FILE_BYTES, FILES, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new OneLine());
            Logger.getLogger("").addHandler(handler);
            return handler;
        } catch (IOException | RuntimeException e) {
            System.err.println("the log cannot be written to " + dir + " (" + e + "); logging to the console only");
            return null;
        }
    }

    /** {@code 2024-05-01 14:02:31.123 WARNING org.wuzhenkiosk.app.ContentState: message}, then any stack trace. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder out = new StringBuilder(TIME.format(r.getInstant())).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                out.append(trace);
            }
            return out.toString();
        }
    }
}
