package org.wuzhenkiosk.upkeep.analytics;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the statistics files back and writes them as CSV. A line that is not a whole event (cut short by a crash,
 * or damaged on disk) is left out and named, so one bad byte never costs the other days.
 */
public final class VisitLog {

    /** The CSV's columns, in order; the header row is written even when there is no visit yet. */
    public static final List<String> CSV_COLUMNS = List.of("date", "time", "visit", "event", "screen", "case",
            "language", "seconds", "active_seconds", "reason");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private VisitLog() {
    }

    /** What was read: the whole events, oldest first, and a note ({@code file:line: why}) for each line left out. */
    public record Reading(List<VisitEvent> events, List<String> skipped) {
    }

    /** Every event recorded in {@code dir}, oldest first; lines and files that cannot be read are left out. */
    public static List<VisitEvent> readAll(Path dir) throws IOException {
        return read(dir).events();
    }

    /** Every event recorded in {@code dir}, with a note for each line or file that had to be left out. */
    public static Reading read(Path dir) throws IOException {
        List<VisitEvent> events = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : Analytics.files(dir)) {
            try {
                readFile(file, events, skipped);
            } catch (IOException e) {
                skipped.add(file.getFileName() + ": cannot be read (" + e.getMessage()
                        + "); the whole day is left out");
            }
        }
        return new Reading(events, skipped);
    }

    /** The events of one day, or none when nothing was recorded that day. */
    public static List<VisitEvent> readDay(Path dir, LocalDate day) throws IOException {
        Path file = dir.resolve(Analytics.PREFIX + day + Analytics.SUFFIX);
        List<VisitEvent> events = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            readFile(file, events, new ArrayList<>());
        }
        return events;
    }

    private static void readFile(Path file, List<VisitEvent> events, List<String> skipped) throws IOException {
        // each line decoded on its own and strictly: a bad byte spoils that line only
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int number = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int b;
            do {
                b = in.read();
                if (b >= 0 && b != '\n') {
                    line.write(b);
                    continue;
                }
                number++;
                if (b >= 0 || line.size() > 0) {
                    String why = take(line.toByteArray(), utf8, events);
                    if (why != null) {
                        skipped.add(file.getFileName() + ":" + number + ": " + why + "; the line is left out");
                    }
                }
                line.reset();
            } while (b >= 0);
        }
    }

    /** Adds the event on {@code bytes} to {@code events}; returns why not when it is not one. */
    private static String take(byte[] bytes, CharsetDecoder utf8, List<VisitEvent> events) {
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "not UTF-8 text (a damaged byte)";
        }
        if (text.isBlank()) {
            return null;
        }
        VisitEvent event = parse(text);
        if (event == null) {
            return "not a whole event (cut short by a crash or power cut, or edited by hand)";
        }
        events.add(event);
        return null;
    }

    /** One line, or null when it is not a whole event (the last line of a file the kiosk was writing at a crash). */
    static VisitEvent parse(String line) {
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
