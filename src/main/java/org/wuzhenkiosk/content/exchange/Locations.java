package org.wuzhenkiosk.content.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.Shape;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Problem.Severity;
import org.wuzhenkiosk.content.Wording;

/**
 * Which row of which sheet each record of the assembled content files came from, so that a problem the validator
 * finds at a JSON path ({@code cases.json $.cases[2].title.en}) is reported at the cell staff typed it in
 * ({@code cases!E4}). Only the file and the path are read, never the message: it may be in any language.
 */
final class Locations {

    /** A record's row; {@code filled} names the columns that had a value. */
    record Spot(Sheet sheet, Shape shape, int row, Set<String> filled) {
    }

    private final Map<String, Map<String, Spot>> byFile = new HashMap<>();

    void add(ContentFile file, String path, Spot spot) {
        byFile.computeIfAbsent(file.name(), f -> new HashMap<>()).put(path, spot);
    }

    static SheetProblem problem(Severity severity, String cell, String field, Wording says, Wording fixSays) {
        return new SheetProblem(severity, cell, field, says.in(Wording.ENGLISH), fixSays.in(Wording.ENGLISH), says,
                fixSays);
    }

    private static SheetProblem at(Problem problem, String cell, String field) {
        return new SheetProblem(problem.severity(), cell, field, problem.message(), problem.fix(), problem.says(),
                problem.fixSays());
    }

    /** The validator's problem at the cell of the record it names: the closest record that has a row. */
    SheetProblem locate(Problem problem) {
        Map<String, Spot> spots = byFile.getOrDefault(problem.file(), Map.of());
        String path = problem.path() == null || problem.path().isEmpty() ? "$" : problem.path();
        String record = path;
        while (!spots.containsKey(record) && record.length() > 1) {
            record = parent(record);
        }
        Spot spot = spots.get(record);
        if (spot == null) {
            return at(problem, "", problem.file());
        }
        String field = path.substring(record.length()).replaceAll("\\[\\d+]", "").replaceAll("^\\.", "");
        List<String> columns = spot.sheet().columns();
        String column = field.isEmpty() ? missingRequired(spot) : column(columns, spot.filled(), field);
        if (column != null) {
            return at(problem, spot.sheet().cell(columns.indexOf(column), spot.row()), column);
        }
        List<String> group = columns.stream().filter(c -> c.startsWith(field + ".")).toList();
        String first = !group.isEmpty() ? group.get(0) : columns.contains("id") ? "id"
                : columns.isEmpty() ? "" : columns.get(0);
        return at(problem, spot.sheet().cell(Math.max(0, columns.indexOf(first)), spot.row()), field);
    }

    /** The column of a field: its own, else the first empty one of its languages (the text missing). */
    private static String column(List<String> columns, Set<String> filled, String field) {
        if (columns.contains(field)) {
            return field;
        }
        return columns.stream().filter(c -> c.startsWith(field + ".") && !filled.contains(c)).findFirst()
                .orElse(null);
    }

    /** For a problem with a whole record: the column of the first required field left empty, if any. */
    private static String missingRequired(Spot spot) {
        List<String> columns = spot.sheet().columns();
        for (Field field : spot.shape().fields()) {
            if (!field.required()) {
                continue;
            }
            List<String> own = columns.stream()
                    .filter(c -> c.equals(field.name()) || c.startsWith(field.name() + ".")).toList();
            if (!own.isEmpty() && own.stream().noneMatch(spot.filled()::contains)) {
                return own.get(0);
            }
        }
        return null;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }
}
