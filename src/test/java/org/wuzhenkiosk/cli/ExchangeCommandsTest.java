package org.wuzhenkiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;

/** --export-content, --import-content and --import-timelinejs as staff type them. */
class ExchangeCommandsTest {

    private final StringWriter output = new StringWriter();

    @TempDir
    Path temp;

    /** Runs the command line with settings whose staff.language is {@code staffLanguage}. */
    private int runIn(String staffLanguage, String... args) throws Exception {
        Path settings = temp.resolve("kiosk-" + staffLanguage + ".properties");
        Files.writeString(settings, "staff.language=" + staffLanguage + "\n");
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = settings.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(new PrintWriter(output, true), all);
    }

    private int run(String... args) throws Exception {
        return runIn("en", args);
    }

    @Test
    void aMistypedKindInTheCsvFilesIsNamedByFileAndCellAndNothingIsWritten() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path csv = temp.resolve("csv");
        assertThat(run("--export-content", content.toString(), csv.toString())).as(output.toString()).isZero();
        Path events = csv.resolve("events.csv");
        Files.writeString(events, Files.readString(events, StandardCharsets.UTF_8)
                .replaceFirst(",summit,", ",sumit,"), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(content.resolve("events.json"));

        assertThat(run("--import-content", csv.toString(), content.toString())).isEqualTo(1);

        assertThat(output.toString()).contains("events.csv!D2: kind: error: ")
                .contains("1 error, 0 warnings: nothing was written");
        assertThat(Files.readAllBytes(content.resolve("events.json"))).isEqualTo(before);
    }

    @Test
    void staffWhoReadChineseAreToldTheMistakeInChineseAtTheSameCell() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path csv = temp.resolve("csv");
        run("--export-content", content.toString(), csv.toString());
        Path events = csv.resolve("events.csv");
        Files.writeString(events, Files.readString(events, StandardCharsets.UTF_8)
                .replaceFirst(",summit,", ",sumit,"), StandardCharsets.UTF_8);

        assertThat(runIn("zh", "--import-content", csv.toString(), content.toString())).isEqualTo(1);

        assertThat(output.toString()).contains("events.csv!D2: kind: 错误：").contains("“sumit”")
                .contains("1 个错误，0 个警告：什么都没有写入；" + content + " 保持原样");
    }

    @Test
    void anUneditedWorkbookImportsAndSaysWhatItWrote() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path workbook = temp.resolve("exhibition.xlsx");

        assertThat(run("--export-content", content.toString(), workbook.toString())).isZero();
        assertThat(run("--import-content", workbook.toString(), content.toString())).as(output.toString()).isZero();

        assertThat(output.toString()).contains("Wrote " + workbook + ": 19 events, 11 cases")
                .contains("0 errors, 0 warnings: wrote exhibition.json, events.json, cases.json, countries.json");
    }

    @Test
    void aTimelineImportPrintsWhatItKeptAndDroppedThenTheCheck() throws Exception {
        Path dir = temp.resolve("town");

        int code = run("--import-timelinejs", "src/test/resources/timelinejs/short.json", dir.toString());

        assertThat(code).as(output.toString()).isZero();
        assertThat(output.toString()).contains("kept: events[0] \"The library opens\": event 1998-the-library-opens")
                .contains("dropped: events[1] \"Canal works\": media https://www.youtube.com/watch?v=abc123")
                .contains("5 events from short.json")
                .contains("0 errors, 5 warnings: the kiosk can show this content");
    }
}
