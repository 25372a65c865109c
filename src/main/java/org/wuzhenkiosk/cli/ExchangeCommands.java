package org.wuzhenkiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.content.exchange.ContentExchange;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;
import org.wuzhenkiosk.content.exchange.SheetProblem;
import org.wuzhenkiosk.content.exchange.TimelineJsImport;

/** {@code --export-content}, {@code --import-content} and {@code --import-timelinejs}: content in and out. */
final class ExchangeCommands {

    private ExchangeCommands() {
    }

    static int exportContent(Path contentDir, Path target, PrintWriter out) {
        try {
            ContentExchange.ExportResult result = ContentExchange.export(contentDir, target);
            result.notes().forEach(note -> out.println("not exported: " + note));
            out.println("Wrote " + target + ": " + String.join(", ", result.rows().entrySet().stream()
                    .map(ExchangeCommands::count).toList()) + ".");
            out.println("Edit it, then: --import-content " + target + " " + contentDir);
            return 0;
        } catch (ExchangeException e) {
            out.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("error: " + target + " could not be written: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    /** Imports a workbook, naming each problem in {@code staffLanguage} where the validator words it so. */
    static int importContent(Path source, Path contentDir, String staffLanguage, PrintWriter out) {
        try {
            out.println(Wording.of("exchange.reading", source).in(staffLanguage));
            ContentExchange.ImportResult result = ContentExchange.importInto(source, contentDir);
            result.problems().forEach(problem -> out.println(problem.describe(staffLanguage)));
            List<SheetProblem> errors = result.errors();
            long warnings = result.problems().size() - errors.size();
            Wording verdict = result.written()
                    ? Wording.of("exchange.written", String.join(", ", result.files()), contentDir)
                    : Wording.of("exchange.refused", contentDir);
            out.println(Wording.of("validate.summary", errors.size(), errors.size() == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s", verdict).in(staffLanguage));
            return result.written() ? 0 : 1;
        } catch (ExchangeException e) {
            out.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("error: " + e.getMessage() + "; " + contentDir + " is as it was");
            return 1;
        } finally {
            out.flush();
        }
    }

    /** Imports a timeline written in {@code language}; the check of the folder speaks {@code staffLanguage}. */
    static int importTimelineJs(Path timeline, Path contentDir, String language, String staffLanguage,
                                PrintWriter out) {
        try {
            TimelineJsImport.Outcome outcome = TimelineJsImport.run(timeline, contentDir, language);
            outcome.kept().forEach(line -> out.println("kept: " + line));
            outcome.dropped().forEach(line -> out.println("dropped: " + line));
            out.printf("%d events from %s in %s (texts in \"%s\"). Checking the folder:%n", outcome.events(),
                    timeline.getFileName(), contentDir, language);
            outcome.check().problems().forEach(problem -> out.println(problem.describe(staffLanguage)));
            long errors = outcome.check().errors().size();
            long warnings = outcome.check().problems().size() - errors;
            out.printf("%d error%s, %d warning%s%s%n", errors, errors == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s", errors == 0 ? ": the kiosk can show this content"
                            : ": fix them (the sources first), then run --validate " + contentDir);
            return errors == 0 ? 0 : 1;
        } catch (ExchangeException e) {
            out.println("error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            out.println("error: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
        }
    }

    private static String count(Map.Entry<String, Integer> sheet) {
        return sheet.getValue() + " " + sheet.getKey();
    }
}
