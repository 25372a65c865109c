package org.wuzhenkiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.upkeep.analytics.VisitEvent;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

/** {@code --hash-pin} and {@code --export-analytics}: the two staff jobs done from a terminal. */
final class StaffCommands {

    private StaffCommands() {
    }

    /** Prints {@code staff.pin=…} for the PIN given, or read from the console (hidden) or standard input. */
    static int hashPin(String given, BufferedReader in, Console console, String language, PrintWriter out) {
        String pin;
        try {
            pin = given.isEmpty() ? read(in, console, language) : given;
        } catch (IOException e) {
            Terminal.say(out, language, "pin.unreadable", String.valueOf(e.getMessage()));
            return 1;
        }
        if (pin == null || !PinHash.PIN.matcher(pin.strip()).matches()) {
            Terminal.say(out, language, "pin.refused");
            return 1;
        }
        out.println("staff.pin=" + PinHash.of(pin.strip()));
        out.flush();
        return 0;
    }

    private static String read(BufferedReader in, Console console, String language) throws IOException {
        if (console != null) {
            char[] first = console.readPassword("%s ", Wording.of("pin.prompt").in(language));
            char[] again = console.readPassword("%s ", Wording.of("pin.again").in(language));
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    console.printf("%s%n", Wording.of("pin.differ").in(language));
                    return null;
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, '\0');
                }
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
            }
        }
        return in.readLine();
    }

    /** Writes every recorded event in {@code dir} to {@code csv}; the header row is there even with no visit. */
    static int exportAnalytics(Path dir, Path csv, String language, PrintWriter out) {
        try {
            VisitLog.Reading read = dir == null ? new VisitLog.Reading(List.of(), List.of()) : VisitLog.read(dir);
            List<VisitEvent> events = read.events();
            Path parent = csv.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                VisitLog.writeCsv(events, writer);
            }
            if (dir == null) {
                Terminal.say(out, language, "analytics.no.dir", csv);
            } else {
                Terminal.say(out, language, "analytics.wrote", events.size(), dir.toAbsolutePath(), csv);
            }
            for (String line : read.skipped()) {
                Terminal.say(out, language, "analytics.skipped.line", line);
            }
            if (!read.skipped().isEmpty()) {
                Terminal.say(out, language, "analytics.skipped", read.skipped().size(), csv);
            }
            return 0;
        } catch (IOException e) {
            Terminal.say(out, language, "analytics.failed", csv, String.valueOf(e.getMessage()));
            return 1;
        }
    }
}
