package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.PartialDate;

/**
 * A workbook saved by another program than the one that reads it: Python's openpyxl edits the exported exhibition
 * as a staff member would (a title retyped, a date typed as a spreadsheet date, a year as a number). Runs where
 * a Python with openpyxl is found ({@code -Dexchange.python=PATH}, else {@code python3}); skipped elsewhere.
 */
class EditedByOpenpyxlTest {

    private static final String PYTHON = System.getProperty("exchange.python", "python3");
    private static final String EDIT = String.join("\n",
            "import sys, datetime, openpyxl",
            "wb = openpyxl.load_workbook(sys.argv[1])",
            "def cell(sheet, key, column):",
            "    ws = wb[sheet]",
            "    header = [c.value for c in ws[1]]",
            "    for row in ws.iter_rows(min_row=2):",
            "        if row[0].value == key:",
            "            return row[header.index(column)]",
            "cell('events', 'wic-2014', 'title.en').value = '1st World Internet Conference in Wuzhen'",
            "cell('events', 'wic-2016', 'date').value = datetime.date(2016, 11, 16)",
            "cell('cases', 'th-5g-smart-hospital', 'year').value = 2021",
            "wb.save(sys.argv[2])");

    @TempDir
    Path temp;

    @Test
    void aWorkbookEditedAndSavedByOpenpyxlImportsWithTheEdit() throws Exception {
        assumeTrue(run(PYTHON, "-c", "import openpyxl").code() == 0, PYTHON + " has no openpyxl: skipped");
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path exported = temp.resolve("exported.xlsx");
        Path edited = temp.resolve("edited.xlsx");
        ContentExchange.export(content, exported);

        Ran edit = run(PYTHON, "-c", EDIT, exported.toString(), edited.toString());
        assertThat(edit.code()).as(edit.output()).isZero();
        ContentExchange.ImportResult result = ContentExchange.importInto(edited, content);

        assertThat(result.problems()).isEmpty();
        Content loaded = ContentLoader.load(content).content();
        assertThat(loaded.event("wic-2014").orElseThrow().title().in("en", "zh"))
                .isEqualTo("1st World Internet Conference in Wuzhen");
        assertThat(loaded.event("wic-2016").orElseThrow().date()).isEqualTo(PartialDate.parseOrThrow("2016-11-16"));
        assertThat(loaded.caseStudy("th-5g-smart-hospital").orElseThrow().year()).isEqualTo(2021);
    }

    private record Ran(int code, String output) {
    }

    private static Ran run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) ? new Ran(process.exitValue(), output.strip())
                    : new Ran(-1, "no answer within a minute");
        } catch (IOException e) {
            return new Ran(-1, e.getMessage());
        }
    }
}
