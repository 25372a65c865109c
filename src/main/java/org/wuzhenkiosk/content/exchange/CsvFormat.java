package org.wuzhenkiosk.content.exchange;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;

/**
 * Sheets as a folder of CSV files, one per sheet ({@code events.csv}, {@code cases.csv} …), for tools that cannot
 * write xlsx. UTF-8 with a byte-order mark, so that Excel opens Chinese text as Chinese.
 */
final class CsvFormat {

    static final String EXTENSION = ".csv";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFormat() {
    }

    static void write(List<Sheet> sheets, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Sheet sheet : sheets) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(sheet.name() + EXTENSION),
                    StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                out.write(BYTE_ORDER_MARK);
                printer.printRecord(sheet.columns());
                for (Sheet.Row row : sheet.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (String column : sheet.columns()) {
                        Object value = row.values().get(column);
                        cells.add(value instanceof BigDecimal number ? number.toPlainString()
                                : value == null ? "" : value.toString());
                    }
                    printer.printRecord(cells);
                }
            }
        }
    }

    /** Every {@code *.csv} of the folder, as a sheet named after the file; the header is row 1. */
    static List<Sheet> read(Path folder) throws IOException, ExchangeException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION))
                    .sorted().toList();
        }
        List<Sheet> sheets = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - EXTENSION.length());
            SheetLimits.checkBytes(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            List<String> columns = new ArrayList<>();
            List<Sheet.Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
                for (CSVRecord record : parser) {
                    if (record.getRecordNumber() == 1) {
                        record.forEach(header -> columns.add(header.strip()));
                        continue;
                    }
                    Map<String, Object> cells = new LinkedHashMap<>();
                    for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
                        if (!columns.get(i).isEmpty() && !record.get(i).isEmpty()) {
                            cells.put(columns.get(i), record.get(i));
                        }
                    }
                    rows.add(new Sheet.Row((int) record.getRecordNumber(), cells));
                    SheetLimits.checkRows(fileName, rows.size());
                }
            }
            sheets.add(new Sheet(name, fileName, columns.stream().filter(c -> !c.isEmpty()).toList(), rows));
        }
        return sheets;
    }
}
