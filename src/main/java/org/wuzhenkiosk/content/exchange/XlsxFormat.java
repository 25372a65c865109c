package org.wuzhenkiosk.content.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.wuzhenkiosk.content.FieldType;
import org.wuzhenkiosk.content.FieldType.Choice;
import org.wuzhenkiosk.content.FieldType.Decimal;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.Flag;
import org.wuzhenkiosk.content.FieldType.Format;
import org.wuzhenkiosk.content.FieldType.Text;
import org.wuzhenkiosk.content.FieldType.Whole;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;
import org.wuzhenkiosk.content.exchange.SheetLayout.SheetSpec;

/**
 * Sheets as an xlsx workbook (FastExcel writes and reads it): a bold frozen header, readable widths, text cells
 * kept as text, and dropdown lists for kinds, themes, regions, countries, languages, media types and owners.
 */
final class XlsxFormat {

    /** Excel keeps at most this many characters in a cell and cuts the rest when it opens the file. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Rows below the content that still get the dropdowns, for records staff add. */
    private static final int ROOM = 1_000;
    private static final String TEXT_FORMAT = "@";
    /** Columns whose values come from another sheet's ids. */
    private static final Map<String, SheetSpec> PICKED_FROM = Map.of("kind", SheetLayout.KINDS,
            "theme", SheetLayout.THEMES, "region", SheetLayout.REGIONS, "event", SheetLayout.EVENTS,
            "case", SheetLayout.CASES);

    private XlsxFormat() {
    }

    static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Wuzhen Kiosk", "1.0");
        Map<String, Worksheet> written = new LinkedHashMap<>();
        for (Sheet sheet : sheets) {
            written.put(sheet.name(), workbook.newWorksheet(sheet.name()));
        }
        for (Sheet sheet : sheets) {
            fill(written.get(sheet.name()), sheet, sheets, written);
        }
        workbook.finish();
    }

    private static void fill(Worksheet sheet, Sheet content, List<Sheet> all, Map<String, Worksheet> written) {
        SheetSpec spec = SheetLayout.byName(content.name()).orElseThrow();
        List<String> columns = content.columns();
        int lastRow = content.rows().size() + ROOM;
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            FieldType type = typeOf(spec, column);
            boolean text = !(type instanceof Whole || type instanceof Decimal || type instanceof Flag);
            sheet.value(0, c, column);
            sheet.style(0, c).bold().fillColor("DDE4EE").set();
            if (text) {
                sheet.style(c).format(TEXT_FORMAT).set();
            }
            for (Sheet.Row row : content.rows()) {
                Object value = row.values().get(column);
                int r = row.number() - 1;
                if (value instanceof BigDecimal number) {
                    sheet.value(r, c, number);
                } else if (value instanceof Boolean flag) {
                    sheet.value(r, c, flag);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                    if (text) {
                        sheet.style(r, c).format(TEXT_FORMAT).set();
                    }
                }
            }
            sheet.width(c, width(column, content.rows()));
            dropdown(sheet, spec, column, type, c, lastRow, all, written);
        }
        sheet.freezePane(1, 1);
    }

    private static void dropdown(Worksheet sheet, SheetSpec spec, String column, FieldType type, int c, int lastRow,
                                 List<Sheet> all, Map<String, Worksheet> written) {
        List<String> choices = null;
        SheetSpec source = null;
        if (type instanceof Choice choice) {
            choices = choice.values();
        } else if (column.equals(SheetLayout.FIELD_COLUMN) && SheetLayout.isPlacement(spec, column)) {
            choices = SheetLayout.TOP_LEVEL.stream().flatMap(o -> SheetLayout.fieldsInto(o, spec).stream())
                    .map(Field::name).distinct().toList();
        } else if (type instanceof Text text && text.format() == Format.COUNTRY) {
            source = SheetLayout.COUNTRIES;
        } else if (type instanceof Text text && text.format() == Format.LANGUAGE) {
            source = SheetLayout.LANGUAGES;
        } else if (PICKED_FROM.containsKey(column) && (spec.shape().field(column) != null
                || SheetLayout.isPlacement(spec, column))) {
            source = PICKED_FROM.get(column);
        }
        if (choices != null) {
            sheet.range(1, c, lastRow, c).validateWithListByFormula("\"" + String.join(",", choices) + "\"")
                    .allowBlank(true).showDropdown(true).errorStyle(DataValidationErrorStyle.WARNING);
            return;
        }
        if (source == null || source.equals(spec) && SheetLayout.isKey(column)) {
            return;
        }
        String sourceName = source.name();
        Optional<Sheet> list = all.stream().filter(s -> s.name().equals(sourceName)).findFirst();
        if (list.isEmpty() || list.get().rows().isEmpty()) {
            return;
        }
        List<String> listColumns = list.get().columns();
        int idColumn = Math.max(0, listColumns.indexOf(listColumns.contains("id") ? "id" : "code"));
        int bottom = list.get().rows().size() + (source.isTopLevel() ? ROOM : 100);
        sheet.range(1, c, lastRow, c)
                .validateWithList(written.get(sourceName).range(1, idColumn, bottom, idColumn))
                .allowBlank(true).showDropdown(true).errorStyle(DataValidationErrorStyle.WARNING);
    }

    static FieldType typeOf(SheetSpec spec, String column) {
        int dot = column.indexOf('.');
        Field field = spec.shape().field(dot < 0 ? column : column.substring(0, dot));
        return field == null ? null : field.type();
    }

    /** Wide enough for most of a column's values (a Chinese character counts twice), never wider than a screen. */
    private static double width(String column, List<Sheet.Row> rows) {
        int widest = column.length();
        for (Sheet.Row row : rows.subList(0, Math.min(rows.size(), 300))) {
            Object value = row.values().get(column);
            if (value != null) {
                widest = Math.max(widest, displayWidth(ContentSheets.text(value)));
            }
        }
        return Math.max(8, Math.min(60, widest + 2));
    }

    private static int displayWidth(String text) {
        int first = text.indexOf('\n');
        String line = first < 0 ? text : text.substring(0, first);
        return line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    // ---- reading ----

    static List<Sheet> read(Path file) throws IOException, ExchangeException {
        List<Sheet> sheets = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (var sheet : workbook.getSheets().toList()) {
                List<Row> rows;
                try (Stream<Row> stream = sheet.openStream()) {
                    rows = stream.limit(SheetLimits.ROWS + 2L).toList();
                }
                SheetLimits.checkRows(sheet.getName(), rows.size() - 1);
                sheets.add(sheet(sheet.getName(), rows));
            }
        }
        return sheets;
    }

    private static Sheet sheet(String name, List<Row> rows) {
        List<String> columns = new ArrayList<>();
        Map<Integer, String> byIndex = new LinkedHashMap<>();
        List<Sheet.Row> values = new ArrayList<>();
        for (Row row : rows) {
            if (row.getRowNum() == 1) {
                for (Cell cell : row) {
                    if (cell != null && cell.getText() != null && !cell.getText().isBlank()) {
                        String header = cell.getText().strip();
                        byIndex.put(cell.getColumnIndex(), header);
                        columns.add(header);
                    }
                }
                continue;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            for (Cell cell : row) {
                String column = cell == null ? null : byIndex.get(cell.getColumnIndex());
                Object value = column == null ? null : value(cell);
                if (value != null) {
                    cells.put(column, value);
                }
            }
            values.add(new Sheet.Row(row.getRowNum(), cells));
        }
        return new Sheet(name, name, columns, values);
    }

    private static Object value(Cell cell) {
        return switch (cell.getType()) {
            case STRING, ERROR -> cell.getText();
            case BOOLEAN -> cell.asBoolean();
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate() : cell.asNumber();
            case FORMULA -> formula(cell);
            default -> null;
        };
    }

    /**
     * LibreOffice saves true and false as the formulas TRUE() and FALSE(); any other formula counts by the result
     * the program saved with it, and one saved without a result is kept to say so.
     */
    private static Object formula(Cell cell) {
        String formula = cell.getFormula() == null ? "" : cell.getFormula().strip();
        if (formula.matches("(?i)(TRUE|FALSE)(\\(\\))?")) {
            return Boolean.valueOf(formula.replace("()", "").toLowerCase(Locale.ROOT));
        }
        String saved = cell.getRawValue();
        if (saved == null || saved.isEmpty()) {
            return new ContentSheets.Formula(formula);
        }
        try {
            return new BigDecimal(saved);
        } catch (NumberFormatException e) {
            return saved;
        }
    }

    /** Excel keeps a date as a number with a date format: a staff member typed 2024-05-01 into a new cell. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        return format != null && !format.equals("General")
                && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").matches(".*[dDyY].*");
    }

    /** Whether the bytes start like an xlsx file (a zip archive), rather than an old .xls. */
    static boolean looksLikeXlsx(byte[] start) {
        return ReadableWorkbook.isOOXMLZipHeader(start);
    }

    static boolean looksLikeOldExcel(byte[] start) {
        return ReadableWorkbook.isOLE2Header(start);
    }
}
