package org.wuzhenkiosk.content.exchange;

import org.wuzhenkiosk.content.ControlCharacters;
import org.wuzhenkiosk.content.Problem.Severity;
import org.wuzhenkiosk.content.Wording;

/**
 * A problem in a workbook, located where staff fix it: {@code cases!D7: title.en: error: … Fix: …}.
 *
 * @param cell    {@code sheet!D7} (a CSV file: {@code cases.csv!D7}), or "" when no cell is to blame
 * @param field   the column header, e.g. {@code title.en}, or ""
 * @param message what is wrong, in English
 * @param says    the validator's message in every staff language, or null when it is written in English only
 * @param fixSays the validator's fix in every staff language, or null
 */
public record SheetProblem(Severity severity, String cell, String field, String message, String fix,
                           Wording says, Wording fixSays) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What staff read, in {@code language} where the message is written in it. */
    public String describe(String language) {
        StringBuilder out = new StringBuilder();
        if (!cell.isEmpty()) {
            out.append(cell).append(": ");
        }
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        out.append(Wording.of(isError() ? "problem.error" : "problem.warning").in(language))
                .append(says != null ? says.in(language) : message);
        String fixed = fixSays != null ? fixSays.in(language) : fix;
        if (fixed != null && !fixed.isEmpty()) {
            out.append(Wording.of("problem.fix").in(language)).append(fixed);
        }
        return ControlCharacters.strip(out.toString()).replace('\n', ' ');
    }

    @Override
    public String toString() {
        return describe(Wording.ENGLISH);
    }
}
