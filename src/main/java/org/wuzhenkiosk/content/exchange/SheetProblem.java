package org.wuzhenkiosk.content.exchange;

import org.wuzhenkiosk.content.Problem.Severity;

/**
 * A problem in a workbook, located where staff fix it: {@code cases!D7: title.en: error: … Fix: …}.
 *
 * @param cell  {@code sheet!D7} (a CSV file: {@code cases.csv!D7}), or "" when no cell is to blame
 * @param field the column header, e.g. {@code title.en}, or ""
 */
public record SheetProblem(Severity severity, String cell, String field, String message, String fix) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!cell.isEmpty()) {
            out.append(cell).append(": ");
        }
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        out.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (fix != null && !fix.isEmpty()) {
            out.append(" Fix: ").append(fix);
        }
        return out.toString();
    }
}
