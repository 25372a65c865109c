package org.wuzhenkiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.content.exchange.ContentExchange;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;
import org.wuzhenkiosk.content.exchange.SheetProblem;
import org.wuzhenkiosk.content.exchange.TimelineJsImport;

/** {@code --export-content}, {@code --import-content} and {@code --import-timelinejs}: content in and out. */
final class ExchangeCommands {

    private ExchangeCommands() {
    }

    static int exportContent(Path contentDir, Path target, String staffLanguage, PrintWriter out) {
        try {
            ContentExchange.ExportResult result = ContentExchange.export(contentDir, target);
            result.notes().forEach(note -> Terminal.say(out, staffLanguage, "export.not.exported", note));
            Terminal.say(out, staffLanguage, "export.wrote", target, result.rows().entrySet().stream()
                    .map(sheet -> Wording.of("export.rows", sheet.getValue(), sheet.getKey())).toList());
            Terminal.say(out, staffLanguage, "export.next", target, contentDir);
            return 0;
        } catch (ExchangeException e) {
            Terminal.say(out, staffLanguage, "exchange.failed", e.in(staffLanguage));
            return 1;
        } catch (IOException e) {
            Terminal.say(out, staffLanguage, "exchange.not.written", target, String.valueOf(e.getMessage()));
            return 1;
        } finally {
            out.flush();
        }
    }

    /** Imports a workbook, naming each problem in {@code staffLanguage} where the validator words it so. */
    static int importContent(Path source, Path contentDir, String staffLanguage, PrintWriter out) {
        try {
            Terminal.say(out, staffLanguage, "exchange.reading", source);
            ContentExchange.ImportResult result = ContentExchange.importInto(source, contentDir);
            result.problems().forEach(problem -> out.println(problem.describe(staffLanguage)));
            List<SheetProblem> errors = result.errors();
            long warnings = result.problems().size() - errors.size();
            Wording verdict = result.written()
                    ? Wording.of("exchange.written", String.join(", ", result.files()), contentDir)
                    : Wording.of("exchange.refused", contentDir);
            Terminal.say(out, staffLanguage, "validate.summary", errors.size(), errors.size() == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s", verdict);
            return result.written() ? 0 : 1;
        } catch (ExchangeException e) {
            Terminal.say(out, staffLanguage, "exchange.failed", e.in(staffLanguage));
            return 1;
        } catch (IOException e) {
            Terminal.say(out, staffLanguage, "exchange.io.failed", String.valueOf(e.getMessage()), contentDir);
            return 1;
        } finally {
            out.flush();
        }
    }

    /** Imports a timeline written in {@code language}; what it kept and dropped, and the check, speak staff's. */
    static int importTimelineJs(Path timeline, Path contentDir, String language, String staffLanguage,
                                PrintWriter out) {
        try {
            TimelineJsImport.Outcome outcome = TimelineJsImport.run(timeline, contentDir, language);
            outcome.keptSays().forEach(line -> Terminal.say(out, staffLanguage, "timelinejs.kept", line));
            outcome.droppedSays().forEach(line -> Terminal.say(out, staffLanguage, "timelinejs.dropped", line));
            Terminal.say(out, staffLanguage, "timelinejs.checking", outcome.events(), timeline.getFileName(),
                    contentDir, language);
            outcome.check().problems().forEach(problem -> out.println(problem.describe(staffLanguage)));
            long errors = outcome.check().errors().size();
            long warnings = outcome.check().problems().size() - errors;
            Terminal.say(out, staffLanguage, "validate.summary", errors, errors == 1 ? "" : "s", warnings,
                    warnings == 1 ? "" : "s", errors == 0 ? Wording.of("timelinejs.verdict.ok")
                            : Wording.of("timelinejs.verdict.fix", contentDir));
            return errors == 0 ? 0 : 1;
        } catch (ExchangeException e) {
            Terminal.say(out, staffLanguage, "exchange.failed", e.in(staffLanguage));
            return 1;
        } catch (IOException e) {
            Terminal.say(out, staffLanguage, "exchange.failed", String.valueOf(e.getMessage()));
            return 1;
        } finally {
            out.flush();
        }
    }
}
