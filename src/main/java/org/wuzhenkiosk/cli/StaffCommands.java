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
import org.wuzhenkiosk.upkeep.analytics.VisitEvent;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

/** {@code --hash-pin} and {@code --export-analytics}: the two staff jobs done from a terminal. */
final class StaffCommands {

    private StaffCommands() {
    }

    /** Prints {@code staff.pin=…} for the PIN given, or read from the console (hidden) or standard input. */
    static int hashPin(String given, BufferedReader in, Console console, PrintWriter out) {
        String pin;
        try {
            pin = given.isEmpty() ? read(in, console) : given;
        } catch (IOException e) {
            out.println("error: the PIN could not be read: " + e.getMessage());
            return 1;
        }
        if (pin == null || !PinHash.PIN.matcher(pin.strip()).matches()) {
            out.println("error: a staff PIN is 4 to 12 digits (the PIN pad has digits only); nothing was written");
            return 1;
        }
        out.println("staff.pin=" + PinHash.of(pin.strip()));
        out.flush();
        return 0;
    }

    private static String read(BufferedReader in, Console console) throws IOException {
        if (console != null) {
            char[] first = console.readPassword("Staff PIN (4 to 12 digits): ");
            char[] again = console.readPassword("The same PIN again: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    console.printf("The two PINs differ.%n");
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
    static int exportAnalytics(Path dir, Path csv, PrintWriter out) {
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
                out.println("analytics.dir is empty in the settings, so no visits are recorded; " + csv
                        + " has the header row only");
            } else {
                out.println("Wrote " + events.size() + " events from " + dir.toAbsolutePath() + " to " + csv);
            }
            for (String line : read.skipped()) {
                out.println("warning: " + line);
            }
            if (!read.skipped().isEmpty()) {
                out.println(read.skipped().size() + " line(s) could not be read and are not in " + csv
                        + "; every other line is");
            }
            return 0;
        } catch (IOException e) {
            out.println("error: the statistics could not be exported to " + csv + ": " + e.getMessage());
            return 1;
        }
    }
}
