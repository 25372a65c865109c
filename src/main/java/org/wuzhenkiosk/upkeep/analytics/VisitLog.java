package org.wuzhenkiosk.upkeep.analytics;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the statistics files back (a line cut short by a crash is skipped) and writes them as CSV. */
public final class VisitLog {

    /** The CSV's columns, in order; the header row is written even when there is no visit yet. */
    public static final List<String> CSV_COLUMNS = List.of("date", "time", "visit", "event", "screen", "case",
            "language", "seconds", "active_seconds", "reason");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private VisitLog() {
    }

    /** Every event recorded in {@code dir}, oldest first. */
    public static List<VisitEvent> readAll(Path dir) throws IOException {
        List<VisitEvent> events = new ArrayList<>();
        for (Path file : Analytics.files(dir)) {
            events.addAll(readFile(file));
        }
        return events;
    }

    /** The events of one day, or none when nothing was recorded that day. */
    public static List<VisitEvent> readDay(Path dir, LocalDate day) throws IOException {
        Path file = dir.resolve(Analytics.PREFIX + day + Analytics.SUFFIX);
        return Files.isRegularFile(file) ? readFile(file) : List.of();
    }

    static List<VisitEvent> readFile(Path file) throws IOException {
        List<VisitEvent> events = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                VisitEvent event = parse(line);
                if (event != null) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    /** One line, or null when it is not a whole event (the last line of a file the kiosk was writing at a crash). */
    static VisitEvent parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            JsonObject o = JsonParser.parseString(line).getAsJsonObject();
            return new VisitEvent(OffsetDateTime.parse(text(o, "time")), text(o, "event"), text(o, "visit"),
                    text(o, "screen"), text(o, "case"), text(o, "language"), number(o, "seconds"),
                    number(o, "active"), text(o, "reason"));
        } catch (JsonParseException | IllegalStateException | DateTimeParseException | NullPointerException
                 | UnsupportedOperationException | NumberFormatException e) {
            return null;
        }
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static Double number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsDouble();
    }

    /** Writes {@code events} as CSV (RFC 4180, comma separated, header first) for a spreadsheet. */
    public static void writeCsv(List<VisitEvent> events, Writer out) throws IOException {
        out.write(String.join(",", CSV_COLUMNS));
        out.write("\r\n");
        for (VisitEvent e : events) {
            List<String> cells = List.of(e.time().toLocalDate().toString(), e.time().format(TIME), cell(e.visit()),
                    cell(e.event()), cell(e.screen()), cell(e.caseId()), cell(e.language()), cell(e.seconds()),
                    cell(e.active()), cell(e.reason()));
            out.write(String.join(",", cells.stream().map(VisitLog::quote).toList()));
            out.write("\r\n");
        }
        out.flush();
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        // a leading = + - @ would make a spreadsheet run it as a formula
        boolean formula = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+");
        String safe = formula ? "'" + cell : cell;
        return needs || formula ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
