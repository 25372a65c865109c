package org.wuzhenkiosk.content;

/**
 * One thing wrong with the content or the settings, located precisely enough to fix it without searching.
 *
 * @param file    the file's name relative to the content folder (or the settings file's path)
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param path    JSONPath of the value (or the settings key)
 * @param message what is wrong, in English (the log's language)
 * @param fix     how to fix it, in English, or null when no fix is known
 * @param says    the message for staff in their language, or null when it is written in English only
 * @param fixSays the fix for staff in their language, or null
 * @param where   the record as staff see it ("case 3 (th-5g-smart-hospital), title.en"), or null: the path then
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message, String fix,
                      Wording says, Wording fixSays, Wording where) {

    /** Errors stop content from being shown; warnings are shown to staff but the content still loads. */
    public enum Severity { ERROR, WARNING }

    /** A problem written in English only. */
    public Problem(Severity severity, String file, int line, int column, String path, String message, String fix) {
        this(severity, file, line, column, path, message, fix, null, null, null);
    }

    /** A problem staff read in their own language. */
    public static Problem worded(Severity severity, String file, int line, int column, String path, Wording where,
                                 Wording says, Wording fixSays) {
        return new Problem(severity, file, line, column, path, says.in(Wording.ENGLISH),
                fixSays == null ? null : fixSays.in(Wording.ENGLISH), says, fixSays, where);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:column: $.json.path: error: message. Fix: …}, in English, for the log; on one line and
     * without control characters: a message may quote the content, and must not steer the terminal or the log.
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

    /**
     * What staff read (--validate, the staff panel): {@code file:line:column: case 3 (id), title.en: error: …
     * Fix: …} in {@code language}, naming the record as staff see it.
     */
    public String describe(String language) {
        StringBuilder out = new StringBuilder(file);
        out.append(':').append(line).append(':').append(column).append(": ");
        String named = where != null ? where.in(language) : path;
        if (named != null && !named.isEmpty()) {
            out.append(named).append(": ");
        }
        out.append(Wording.of(severity == Severity.ERROR ? "problem.error" : "problem.warning").in(language))
                .append(says != null ? says.in(language) : message);
        String fixed = fixSays != null ? fixSays.in(language) : fix;
        if (fixed != null && !fixed.isEmpty()) {
            out.append(Wording.of("problem.fix").in(language)).append(fixed);
        }
        return ControlCharacters.strip(out.toString()).replace('\n', ' ');
    }
}
