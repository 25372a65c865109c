package org.wuzhenkiosk.content.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.FieldType;
import org.wuzhenkiosk.content.FieldType.Decimal;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.Flag;
import org.wuzhenkiosk.content.FieldType.ListOf;
import org.wuzhenkiosk.content.FieldType.Shape;
import org.wuzhenkiosk.content.FieldType.Whole;
import org.wuzhenkiosk.content.Problem.Severity;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.content.exchange.SheetLayout.SheetSpec;

/** Content files (as JSON trees) to sheets, and sheets back to content files, noting which cell made what. */
final class ContentSheets {

    private ContentSheets() {
    }

    /** The sheets of some content, and what could not be put into a cell. */
    record Export(List<Sheet> sheets, List<Wording> notes) {
    }

    /** The content files made from sheets, where each record came from, and what is wrong with the sheets. */
    record Assembly(Map<ContentFile, JsonObject> files, Locations locations, List<SheetProblem> problems) {
        boolean hasErrors() {
            return problems.stream().anyMatch(SheetProblem::isError);
        }
    }

    // ---- content -> sheets ----

    static Export toSheets(Map<ContentFile, JsonObject> files) {
        return new Exporter(files).run();
    }

    private static final class Exporter {
        private final Map<ContentFile, JsonObject> files;
        private final Map<SheetSpec, Set<String>> columns = new LinkedHashMap<>();
        private final Map<SheetSpec, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        private final List<Wording> notes = new ArrayList<>();

        Exporter(Map<ContentFile, JsonObject> files) {
            this.files = files;
        }

        Export run() {
            JsonObject exhibition = files.getOrDefault(SheetLayout.EXHIBITION.file(), new JsonObject());
            List<String> languages = languages(exhibition);
            for (SheetSpec sheet : SheetLayout.SHEETS) {
                columns.put(sheet, new LinkedHashSet<>(SheetLayout.columns(sheet, languages)));
                rows.put(sheet, new ArrayList<>());
            }
            for (SheetSpec sheet : SheetLayout.TOP_LEVEL) {
                JsonObject file = files.get(sheet.file());
                if (file == null) {
                    continue;
                }
                if (sheet.listField() == null) {
                    record(sheet, file, sheet.file().name(), Map.of());
                } else if (file.get(sheet.listField()) instanceof JsonArray list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof JsonObject item) {
                            record(sheet, item, sheet.file().name() + " " + sheet.listField() + "[" + i + "]",
                                    Map.of());
                        }
                    }
                }
            }
            List<Sheet> sheets = new ArrayList<>();
            for (SheetSpec sheet : SheetLayout.SHEETS) {
                List<Sheet.Row> sheetRows = new ArrayList<>();
                for (Map<String, Object> values : rows.get(sheet)) {
                    sheetRows.add(new Sheet.Row(sheetRows.size() + 2, values));
                }
                sheets.add(new Sheet(sheet.name(), sheet.name(), List.copyOf(columns.get(sheet)), sheetRows));
            }
            return new Export(sheets, notes);
        }

        private void record(SheetSpec sheet, JsonObject record, String where, Map<String, Object> placement) {
            Map<String, Object> row = new LinkedHashMap<>(placement);
            rows.get(sheet).add(row);
            for (Map.Entry<String, JsonElement> member : record.entrySet()) {
                String name = member.getKey();
                JsonElement value = member.getValue();
                Field field = sheet.shape().field(name);
                if (name.equals(SheetLayout.SCHEMA_LINK) || value.isJsonNull()) {
                    continue;
                }
                SheetSpec child = field == null ? null : SheetLayout.sheetOf(field).orElse(null);
                if (child != null) {
                    children(sheet, record, field, child, value, where);
                } else if (value instanceof JsonObject texts) {
                    for (Map.Entry<String, JsonElement> text : texts.entrySet()) {
                        if (text.getValue() instanceof JsonPrimitive primitive) {
                            put(sheet, row, name + "." + text.getKey(), primitive.getAsString());
                        } else {
                            notes.add(Wording.of("export.not.text", where + " " + name + "." + text.getKey()));
                        }
                    }
                } else if (value instanceof JsonArray list) {
                    List<String> items = new ArrayList<>();
                    for (JsonElement item : list) {
                        if (item instanceof JsonPrimitive primitive) {
                            items.add(primitive.getAsString());
                        } else {
                            notes.add(Wording.of("export.no.sheet", where + " " + name));
                        }
                    }
                    put(sheet, row, name, String.join(", ", items));
                } else if (value instanceof JsonPrimitive primitive) {
                    put(sheet, row, name, cell(primitive));
                }
            }
        }

        private void children(SheetSpec owner, JsonObject record, Field field, SheetSpec child, JsonElement value,
                              String where) {
            Map<String, Object> placement = new LinkedHashMap<>();
            if (owner.word() != null && record.get("id") instanceof JsonPrimitive id) {
                placement.put(owner.word(), id.getAsString());
            }
            if (SheetLayout.needsFieldColumn(child)) {
                placement.put(SheetLayout.FIELD_COLUMN, field.name());
            }
            if (value instanceof JsonObject one) {
                record(child, one, where + " " + field.name(), placement);
            } else if (value instanceof JsonArray list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof JsonObject item) {
                        record(child, item, where + " " + field.name() + "[" + i + "]", placement);
                    } else {
                        notes.add(Wording.of("export.not.record", where + " " + field.name() + "[" + i + "]"));
                    }
                }
            } else {
                notes.add(Wording.of("export.not.record", where + " " + field.name()));
            }
        }

        private void put(SheetSpec sheet, Map<String, Object> row, String column, Object value) {
            columns.get(sheet).add(column);
            row.put(column, value);
        }

        private static Object cell(JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                return primitive.getAsBoolean();
            }
            if (primitive.isNumber()) {
                return new BigDecimal(primitive.getAsString());
            }
            return primitive.getAsString();
        }
    }

    static List<String> languages(JsonObject exhibition) {
        List<String> codes = new ArrayList<>();
        if (exhibition.get("languages") instanceof JsonArray list) {
            for (JsonElement language : list) {
                if (language instanceof JsonObject object && object.get("code") instanceof JsonPrimitive code) {
                    codes.add(code.getAsString());
                }
            }
        }
        return codes;
    }

    // ---- sheets -> content ----

    static Assembly fromSheets(List<Sheet> sheets) {
        return new Assembler(sheets).run();
    }

    private static final class Assembler {
        private final Map<SheetSpec, Sheet> sheets = new LinkedHashMap<>();
        private final Map<ContentFile, JsonObject> files = new LinkedHashMap<>();
        private final Locations locations = new Locations();
        private final List<SheetProblem> problems = new ArrayList<>();
        /** Records that own others, by owner column and id. */
        private final Map<String, Map<String, Owner>> owners = new LinkedHashMap<>();
        private Owner exhibition;

        private record Owner(SheetSpec sheet, JsonObject record, String path, ContentFile file) {
        }

        Assembler(List<Sheet> given) {
            for (Sheet sheet : given) {
                SheetLayout.byName(sheet.name()).ifPresentOrElse(spec -> sheets.put(spec, sheet),
                        () -> problems.add(Locations.problem(Severity.WARNING, sheet.label(), "",
                                Wording.of("sheet.unknown"), Wording.of("sheet.unknown.fix",
                                        SheetLayout.SHEETS.stream().map(SheetSpec::name).toList()))));
            }
        }

        Assembly run() {
            for (SheetSpec spec : SheetLayout.TOP_LEVEL) {
                topLevel(spec);
            }
            for (SheetSpec spec : SheetLayout.SHEETS) {
                if (!spec.isTopLevel() && sheets.containsKey(spec)) {
                    children(spec, sheets.get(spec));
                }
            }
            files.forEach((file, root) -> files.put(file, FieldOrder.of(root, file.shape())));
            return new Assembly(files, locations, problems);
        }

        private void topLevel(SheetSpec spec) {
            Sheet sheet = sheets.get(spec);
            if (sheet == null) {
                if (spec.file().required()) {
                    problems.add(Locations.problem(Severity.ERROR, "", "",
                            Wording.of("sheet.missing", spec.name()), Wording.of("sheet.missing.fix")));
                }
                return;
            }
            List<Sheet.Row> filled = sheet.rows().stream().filter(r -> !r.isEmpty()).toList();
            if (spec.file().equals(SheetLayout.COUNTRIES.file()) && filled.isEmpty()) {
                return;
            }
            JsonObject root = new JsonObject();
            root.addProperty(SheetLayout.SCHEMA_LINK, spec.file().schemaPath());
            files.put(spec.file(), root);
            locations.add(spec.file(), "$", new Locations.Spot(sheet, spec.file().shape(), 1, Set.of()));
            if (spec.listField() == null) {
                if (filled.isEmpty()) {
                    return;
                }
                fill(spec, sheet, filled.get(0), root, "$", spec.file());
                exhibition = new Owner(spec, root, "$", spec.file());
                for (Sheet.Row extra : filled.subList(1, filled.size())) {
                    problems.add(Locations.problem(Severity.ERROR, sheet.cell(0, extra.number()), "",
                            Wording.of("sheet.exhibition.second"), Wording.of("sheet.exhibition.second.fix")));
                }
                return;
            }
            JsonArray list = new JsonArray();
            root.add(spec.listField(), list);
            for (Sheet.Row row : filled) {
                JsonObject record = new JsonObject();
                String path = "$." + spec.listField() + "[" + list.size() + "]";
                list.add(record);
                fill(spec, sheet, row, record, path, spec.file());
                if (spec.word() != null && record.get("id") instanceof JsonPrimitive id) {
                    owners.computeIfAbsent(spec.word(), w -> new LinkedHashMap<>())
                            .putIfAbsent(id.getAsString(), new Owner(spec, record, path, spec.file()));
                }
            }
        }

        private void children(SheetSpec spec, Sheet sheet) {
            List<SheetSpec> ownerSheets = SheetLayout.ownersOf(spec);
            for (Sheet.Row row : sheet.rows()) {
                if (row.isEmpty()) {
                    continue;
                }
                Owner owner = owner(spec, sheet, row, ownerSheets);
                if (owner == null) {
                    continue;
                }
                Field field = field(spec, sheet, row, owner);
                if (field == null) {
                    continue;
                }
                JsonObject record = new JsonObject();
                String path;
                if (field.type() instanceof Shape) {
                    if (owner.record().has(field.name())) {
                        problems.add(Locations.problem(Severity.ERROR, sheet.cell(0, row.number()), "",
                                Wording.of("sheet.child.twice", owner.sheet().word(), field.name()),
                                Wording.of("sheet.child.twice.fix")));
                        continue;
                    }
                    owner.record().add(field.name(), record);
                    path = owner.path() + "." + field.name();
                } else {
                    if (!(owner.record().get(field.name()) instanceof JsonArray)) {
                        owner.record().add(field.name(), new JsonArray());
                    }
                    JsonArray list = owner.record().getAsJsonArray(field.name());
                    path = owner.path() + "." + field.name() + "[" + list.size() + "]";
                    list.add(record);
                }
                fill(spec, sheet, row, record, path, owner.file());
            }
        }

        /** The record a child row belongs to: the one its owner column names, else the exhibition. */
        private Owner owner(SheetSpec spec, Sheet sheet, Sheet.Row row, List<SheetSpec> ownerSheets) {
            List<SheetSpec> named = ownerSheets.stream().filter(o -> present(row.values().get(o.word()))).toList();
            if (named.size() > 1) {
                String second = named.get(1).word();
                problems.add(Locations.problem(Severity.ERROR, cell(sheet, row, second), second,
                        Wording.of("sheet.owner.two", named.get(0).word(), text(row.values().get(named.get(0).word())),
                                second, text(row.values().get(second))),
                        Wording.of("sheet.owner.two.fix")));
                return null;
            }
            if (named.isEmpty()) {
                if (exhibition != null && !SheetLayout.fieldsInto(SheetLayout.EXHIBITION, spec).isEmpty()) {
                    return exhibition;
                }
                List<String> words = ownerSheets.stream().map(SheetSpec::word).toList();
                String columns = String.join(" or ", words);
                problems.add(Locations.problem(Severity.ERROR, sheet.cell(0, row.number()), columns,
                        Wording.of("sheet.owner.none", Wording.either(words)),
                        Wording.of("sheet.owner.none.fix", Wording.either(words))));
                return null;
            }
            SheetSpec ownerSheet = named.get(0);
            String id = text(row.values().get(ownerSheet.word())).strip();
            Owner owner = owners.getOrDefault(ownerSheet.word(), Map.of()).get(id);
            if (owner == null) {
                problems.add(Locations.problem(Severity.ERROR, cell(sheet, row, ownerSheet.word()), ownerSheet.word(),
                        Wording.of("sheet.owner.unknown", ownerSheet.word(), id, ownerSheet.name()),
                        Wording.of("sheet.owner.unknown.fix", ownerSheet.name())));
            }
            return owner;
        }

        /** Which field of its owner a child row fills: the field column, or the only field it can be. */
        private Field field(SheetSpec spec, Sheet sheet, Sheet.Row row, Owner owner) {
            List<Field> fields = SheetLayout.fieldsInto(owner.sheet(), spec);
            Object named = row.values().get(SheetLayout.FIELD_COLUMN);
            if (present(named)) {
                String name = text(named).strip();
                for (Field field : fields) {
                    if (field.name().equals(name)) {
                        return field;
                    }
                }
                problems.add(Locations.problem(Severity.ERROR, cell(sheet, row, SheetLayout.FIELD_COLUMN),
                        SheetLayout.FIELD_COLUMN, Wording.of("sheet.field.unknown", name, article(owner)),
                        Wording.of("write.one.of", fields.stream().map(Field::name).toList())));
                return null;
            }
            if (fields.size() == 1) {
                return fields.get(0);
            }
            problems.add(Locations.problem(Severity.ERROR, sheet.cell(0, row.number()), SheetLayout.FIELD_COLUMN,
                    Wording.of("sheet.field.none", article(owner)), Wording.of("sheet.field.none.fix",
                            fields.stream().map(Field::name).toList(), SheetLayout.FIELD_COLUMN)));
            return null;
        }

        private static Wording article(Owner owner) {
            return owner.sheet().word() == null ? Wording.of("sheet.the.exhibition")
                    : Wording.of("sheet.the.record", owner.sheet().word());
        }

        /** Puts a row's cells into a record, each by its column's field type. */
        private void fill(SheetSpec spec, Sheet sheet, Sheet.Row row, JsonObject record, String path,
                          ContentFile file) {
            Set<String> filled = new LinkedHashSet<>();
            for (String column : sheet.columns()) {
                Object value = row.values().get(column);
                if (!present(value) || SheetLayout.isPlacement(spec, column)) {
                    continue;
                }
                if (value instanceof Formula formula) {
                    problems.add(Locations.problem(Severity.ERROR, cell(sheet, row, column), column,
                            Wording.of("sheet.formula", formula.text()), Wording.of("sheet.formula.fix")));
                    continue;
                }
                filled.add(column);
                int dot = column.indexOf('.');
                String name = dot < 0 ? column : column.substring(0, dot);
                Field field = spec.shape().field(name);
                if (dot < 0) {
                    record.add(name, value(value, field == null ? null : field.type()));
                } else {
                    if (!(record.get(name) instanceof JsonObject)) {
                        record.add(name, new JsonObject());
                    }
                    record.getAsJsonObject(name).addProperty(column.substring(dot + 1), text(value));
                }
            }
            locations.add(file, path, new Locations.Spot(sheet, spec.shape(), row.number(), filled));
        }

        private static String cell(Sheet sheet, Sheet.Row row, String column) {
            return sheet.cell(Math.max(0, sheet.columns().indexOf(column)), row.number());
        }
    }

    /** A cell's value as the field wants it; anything else is passed on as it is, for the validator to name. */
    static JsonElement value(Object cell, FieldType type) {
        if (type instanceof ListOf list && recordsOf(list) == null) {
            JsonArray items = new JsonArray();
            for (String part : text(cell).split("[,;，；\\s]+")) {
                if (!part.isEmpty()) {
                    items.add(value(part, list.item()));
                }
            }
            return items;
        }
        if (type instanceof Whole || type instanceof Decimal) {
            BigDecimal number = number(cell);
            return number == null ? new JsonPrimitive(text(cell)) : new JsonPrimitive(number);
        }
        if (type instanceof Flag) {
            if (cell instanceof Boolean flag) {
                return new JsonPrimitive(flag);
            }
            String word = text(cell).strip().toLowerCase(Locale.ROOT);
            return word.equals("true") || word.equals("false") ? new JsonPrimitive(Boolean.parseBoolean(word))
                    : new JsonPrimitive(text(cell));
        }
        if (type == null) {
            if (cell instanceof Boolean flag) {
                return new JsonPrimitive(flag);
            }
            if (cell instanceof BigDecimal number) {
                return new JsonPrimitive(number);
            }
        }
        return new JsonPrimitive(text(cell));
    }

    private static Shape recordsOf(ListOf list) {
        return SheetLayout.recordsOf(list);
    }

    private static BigDecimal number(Object cell) {
        if (cell instanceof BigDecimal number) {
            return new BigDecimal(number.toPlainString());
        }
        try {
            return new BigDecimal(text(cell).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A cell as text: a whole number without ".0", a date as YYYY-MM-DD. */
    static String text(Object cell) {
        if (cell instanceof BigDecimal number) {
            BigDecimal plain = number.stripTrailingZeros();
            return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return cell == null ? "" : cell.toString();
    }

    static boolean present(Object cell) {
        return cell != null && !(cell instanceof String s && s.isBlank());
    }

    /** A cell that holds a formula with no saved result: the workbook reader keeps it to say so. */
    record Formula(String text) {
    }
}
