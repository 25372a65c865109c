package org.wuzhenkiosk.content;

/**
 * One thing wrong with the content or the settings, located precisely enough to fix it without searching.
 *
 * @param file   the file's name relative to the content folder (or the settings file's path)
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param path   JSONPath of the value (or the settings key)
 * @param fix    how to fix it, or null when no fix is known
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message, String fix) {

    /** Errors stop content from being shown; warnings are shown to staff but the content still loads. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:column: $.json.path: error: message. Fix: …}, on one line and without control characters:
     * a message may quote the content, and must not steer the terminal or the log it is printed to.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        out.append(':').append(line).append(':').append(column).append(": ");
        if (path != null && !path.isEmpty()) {
            out.append(path).append(": ");
        }
        out.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (fix != null && !fix.isEmpty()) {
            out.append(" Fix: ").append(fix);
        }
        return ControlCharacters.strip(out.toString()).replace('\n', ' ');
    }
}
