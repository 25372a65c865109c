package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.SyntheticContent;

class ContentExchangeTest {

    @TempDir
    Path temp;

    @Test
    void theBundledExhibitionComesBackFromItsWorkbookAsTheSameContent() throws Exception {
        Path original = temp.resolve("original");
        BundledCopy.into(original);
        Path workbook = temp.resolve("exhibition.xlsx");

        ContentExchange.ExportResult export = ContentExchange.export(original, workbook);
        Path back = mediaOnlyCopy(original, "back");
        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, back);

        assertThat(export.notes()).isEmpty();
        assertThat(export.rows()).containsEntry("events", 19).containsEntry("cases", 11);
        assertThat(result.errors()).isEmpty();
        assertThat(result.written()).isTrue();
        assertSameContent(load(back), load(original));
    }

    @Test
    void theBundledExhibitionComesBackFromCsvFilesAsTheSameContent() throws Exception {
        Path original = temp.resolve("original");
        BundledCopy.into(original);
        Path folder = temp.resolve("csv");

        ContentExchange.export(original, folder);
        Path back = mediaOnlyCopy(original, "back");
        ContentExchange.ImportResult result = ContentExchange.importInto(folder, back);

        assertThat(folder.resolve("events.csv")).exists();
        assertThat(folder.resolve("cases.csv")).exists();
        assertThat(result.errors()).isEmpty();
        assertSameContent(load(back), load(original));
    }

    @Test
    void generatedContentOfAThousandRecordsComesBackTheSame() throws Exception {
        Path original = temp.resolve("generated");
        SyntheticContent.write(original, 600, 400, 42);
        Path workbook = temp.resolve("generated.xlsx");

        ContentExchange.export(original, workbook);
        Path back = mediaOnlyCopy(original, "back");
        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, back);

        assertThat(result.errors()).isEmpty();
        Content loaded = load(back);
        assertThat(loaded.events()).hasSize(600);
        assertThat(loaded.cases()).hasSize(400);
        assertSameContent(loaded, load(original));
    }

    @Test
    void aFolderWithoutItsOwnCountryTableKeepsUsingTheBundledOne() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Files.delete(content.resolve("countries.json"));
        Path workbook = temp.resolve("exhibition.xlsx");

        ContentExchange.ExportResult export = ContentExchange.export(content, workbook);
        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(export.rows().get("countries")).isGreaterThan(200);
        assertThat(result.written()).isTrue();
        assertThat(result.files()).doesNotContain("countries.json");
        assertThat(content.resolve("countries.json")).doesNotExist();
    }

    @Test
    void aCsvFileOfMoreRowsThanAnyExhibitionNeedsIsRefusedAndNothingIsWritten() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path folder = temp.resolve("csv");
        ContentExchange.export(content, folder);
        StringBuilder flood = new StringBuilder("event,id,name.zh,name.en,lat,lon,country\n");
        for (int i = 0; i <= SheetLimits.ROWS; i++) {
            flood.append("wic-2014,p").append(i).append(",,x,0,0,CN\n");
        }
        Files.writeString(folder.resolve("places.csv"), flood);
        byte[] before = Files.readAllBytes(content.resolve("events.json"));

        assertThat(catchThrowable(() -> ContentExchange.importInto(folder, content)))
                .isInstanceOf(ContentExchange.ExchangeException.class)
                .hasMessageContaining("places.csv has more than 100000 rows");
        assertThat(Files.readAllBytes(content.resolve("events.json"))).isEqualTo(before);
    }

    @Test
    void aFormulaWithoutASavedResultIsNamedByItsCell() throws Exception {
        Path workbook = temp.resolve("formula.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            Workbook written = new Workbook(out, "test", "1.0");
            Worksheet events = written.newWorksheet("events");
            List<String> header = List.of("id", "date", "kind");
            for (int c = 0; c < header.size(); c++) {
                events.value(0, c, header.get(c));
            }
            events.value(1, 0, "wic-2014");
            events.value(1, 1, "2014-11-19");
            events.formula(1, 2, "LOWER(\"SUMMIT\")");
            written.finish();
        }

        ContentSheets.Assembly assembly = ContentSheets.fromSheets(ContentExchange.readSheets(workbook));

        assertThat(assembly.problems()).extracting(SheetProblem::toString).anySatisfy(line -> assertThat(line)
                .startsWith("events!C2: kind: error: the cell holds a formula (LOWER(\"SUMMIT\"))")
                .contains("with no saved result"));
    }

    static void assertSameContent(Content actual, Content expected) {
        assertThat(actual.exhibition()).isEqualTo(expected.exhibition());
        assertThat(actual.events()).isEqualTo(expected.events());
        assertThat(actual.cases()).isEqualTo(expected.cases());
        assertThat(actual.countries()).isEqualTo(expected.countries());
    }

    static Content load(Path dir) {
        ContentLoader.Result result = ContentLoader.load(dir);
        assertThat(result.errors()).isEmpty();
        return result.content();
    }

    /** The content folder without its JSON files: what an import must write back. */
    private Path mediaOnlyCopy(Path original, String name) throws IOException {
        Path copy = temp.resolve(name);
        BundledCopy.of(original, copy);
        try (var files = Files.list(copy)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.delete(json);
            }
        }
        return copy;
    }
}
