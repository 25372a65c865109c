package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.SyntheticContent;

/**
 * How long staff wait for an export and an import (with its check) of generated content: a large exhibition and
 * one at the kiosk's limits (5,000 events, 2,000 cases). Prints the figures.
 */
@Tag("benchmark")
class ExchangeBenchmark {

    @TempDir
    Path temp;

    @Test
    void exportAndImportOfALargeExhibitionAndOneAtTheLimitsTake() throws Exception {
        measure(600, 400);
        measure(5_000, 2_000);
    }

    private void measure(int events, int cases) throws Exception {
        Path content = temp.resolve(events + "-" + cases);
        SyntheticContent.write(content, events, cases, 7);
        Path workbook = temp.resolve(events + ".xlsx");
        Path csv = temp.resolve(events + "-csv");

        long start = System.nanoTime();
        ContentExchange.export(content, workbook);
        long exported = System.nanoTime();
        ContentExchange.ImportResult fromWorkbook = ContentExchange.importInto(workbook, content);
        long imported = System.nanoTime();
        ContentExchange.export(content, csv);
        long csvExported = System.nanoTime();
        ContentExchange.ImportResult fromCsv = ContentExchange.importInto(csv, content);
        long csvImported = System.nanoTime();

        assertThat(fromWorkbook.written()).isTrue();
        assertThat(fromCsv.written()).isTrue();
        long jsonBytes = Files.size(content.resolve("events.json")) + Files.size(content.resolve("cases.json"));
        System.out.printf("%,d events + %,d cases (%.1f MB of JSON): xlsx export %d ms (%.1f MB), import with its "
                        + "check %d ms; CSV export %d ms, import %d ms%n", events, cases, jsonBytes / 1e6,
                (exported - start) / 1_000_000, Files.size(workbook) / 1e6, (imported - exported) / 1_000_000,
                (csvExported - imported) / 1_000_000, (csvImported - csvExported) / 1_000_000);
    }
}
