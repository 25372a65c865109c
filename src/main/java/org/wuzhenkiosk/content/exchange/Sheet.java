package org.wuzhenkiosk.content.exchange;

import java.util.List;
import java.util.Map;

/**
 * One sheet of a workbook (or one CSV file) as plain values: its header row and its rows, each keyed by header.
 * A value is a {@code String}, a {@code BigDecimal}, a {@code Boolean} or a {@code LocalDate}; an empty cell has
 * no entry. {@code label} is how cell addresses name it: the sheet's name, or the CSV file's ({@code cases.csv}).
 */
record Sheet(String name, String label, List<String> columns, List<Row> rows) {

    Sheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A row as the spreadsheet numbers it (the header is row 1) and its values by column header. */
    record Row(int number, Map<String, Object> values) {
        boolean isEmpty() {
            return values.values().stream().allMatch(v -> v instanceof String s && s.isBlank());
        }
    }

    /** A cell's address as staff type it: {@code cases!D7}. */
    String cell(int column, int row) {
        return label + "!" + columnLetters(column) + row;
    }

    /** The spreadsheet name of a 0-based column: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
