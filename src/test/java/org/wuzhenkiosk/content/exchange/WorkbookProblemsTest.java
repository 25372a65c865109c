package org.wuzhenkiosk.content.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.Problem.Severity;

/** A staff member's mistakes in a workbook are named by sheet and cell, and a bad workbook writes nothing. */
class WorkbookProblemsTest {

    @TempDir
    Path temp;
    Path content;
    Path workbook;

    @BeforeEach
    void exportTheBundledExhibition() throws Exception {
        content = temp.resolve("content");
        BundledCopy.into(content);
        workbook = temp.resolve("exhibition.xlsx");
        ContentExchange.export(content, workbook);
    }

    @Test
    void anEnglishTitleLeftEmptyIsAWarningAtItsCellAndTheRestIsWritten() throws Exception {
        edit(sheets -> row(sheets, "cases", 2).values().remove("title.en"));

        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(result.written()).isTrue();
        assertThat(result.problems()).anySatisfy(problem -> {
            assertThat(problem.cell()).isEqualTo("cases!F2");
            assertThat(problem.field()).isEqualTo("title.en");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(ContentLoader.load(content).content().cases().get(0).title().has("en")).isFalse();
    }

    @Test
    void anUnknownKindIsAnErrorAtItsCellAndTheFolderStaysAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(content.resolve("events.json"));
        edit(sheets -> row(sheets, "events", 3).values().put("kind", "sumit"));

        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(result.written()).isFalse();
        assertThat(result.errors()).anySatisfy(problem -> {
            assertThat(problem.toString()).startsWith("events!D3: kind: error: ");
            assertThat(problem.message()).contains("sumit");
        });
        assertThat(Files.readAllBytes(content.resolve("events.json"))).isEqualTo(before);
    }

    @Test
    void aLatitudeWrittenInWordsIsAnErrorAtItsCell() throws Exception {
        edit(sheets -> row(sheets, "places", 4).values().put("lat", "north of the equator"));

        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(result.written()).isFalse();
        assertThat(cells(result)).contains("places!J4 lat");
    }

    @Test
    void aPlaceOfACaseThatDoesNotExistIsNamedByItsOwnerCell() throws Exception {
        edit(sheets -> {
            Sheet.Row place = row(sheets, "places", 5);
            place.values().remove("event");
            place.values().put("case", "no-such-case");
        });

        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(result.written()).isFalse();
        assertThat(result.errors()).extracting(SheetProblem::toString)
                .anySatisfy(line -> assertThat(line).startsWith("places!B5: case: error: no case has the id "
                        + "\"no-such-case\" in sheet cases"));
    }

    @Test
    void aRequiredSummaryLeftOutIsAnErrorAtTheFirstOfItsLanguageColumns() throws Exception {
        edit(sheets -> {
            row(sheets, "events", 2).values().keySet().removeIf(column -> column.startsWith("summary."));
        });

        ContentExchange.ImportResult result = ContentExchange.importInto(workbook, content);

        assertThat(result.written()).isFalse();
        assertThat(cells(result)).contains("events!K2 summary.zh");
    }

    @Test
    void aWorkbookThatIsNoWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path notes = temp.resolve("notes.xlsx");
        Files.writeString(notes, "id,date\nwic-2014,2014-11-19\n");

        assertThat(catchThrowable(() -> ContentExchange.importInto(notes, content)))
                .isInstanceOf(ContentExchange.ExchangeException.class)
                .hasMessageContaining("is not an xlsx workbook");
    }

    private static List<String> cells(ContentExchange.ImportResult result) {
        return result.problems().stream().map(p -> p.cell() + " " + p.field()).collect(Collectors.toList());
    }

    private static Sheet.Row row(Map<String, Sheet> sheets, String sheet, int number) {
        return sheets.get(sheet).rows().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    /** Reads the workbook, lets the test change cells, and writes it again. */
    private void edit(Consumer<Map<String, Sheet>> change) throws Exception {
        Map<String, Sheet> sheets = ContentExchange.readSheets(workbook).stream()
                .collect(Collectors.toMap(Sheet::name, s -> s, (a, b) -> a, LinkedHashMap::new));
        change.accept(sheets);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            XlsxFormat.write(List.copyOf(sheets.values()), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
