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

    @Test
    void staffWhoReadChineseAreToldWhatTheWorkbookItselfGotWrongInChinese() throws Exception {
        Path content = temp.resolve("content");
        BundledCopy.into(content);
        Path csv = temp.resolve("csv");
        run("--export-content", content.toString(), csv.toString());
        Files.writeString(csv.resolve("notes.csv"), "what\nsomething\n");
        Path places = csv.resolve("places.csv");
        Files.writeString(places, Files.readString(places, StandardCharsets.UTF_8)
                .replaceFirst("th-5g-smart-hospital", "no-such-case"), StandardCharsets.UTF_8);

        assertThat(runIn("zh", "--import-content", csv.toString(), content.toString())).isEqualTo(1);

        assertThat(output.toString()).contains("notes.csv: 警告：这个工作表不属于内容，不会被读取　修改：请把它改名为以下之一：")
                .containsPattern("places\\.csv!B\\d+: case: 错误：工作表 cases 中没有编号为“no-such-case”的 case"
                        + "　修改：请按工作表 cases 的 id 列原样写出编号")
                .doesNotContain("is not part of", "no case has");
    }

    @Test
    void staffWhoReadChineseReadWhatATimelineImportKeptAndDroppedInChinese() throws Exception {
        Path dir = temp.resolve("town");

        int code = runIn("zh", "--import-timelinejs", "src/test/resources/timelinejs/short.json", dir.toString());

        assertThat(code).as(output.toString()).isZero();
        assertThat(output.toString()).contains("保留：events[0]“The library opens”：事件 1998-the-library-opens，"
                        + "日期 1998-05-04，类型 buildings")
                .contains("舍弃：events[1]“Canal works”：媒体 https://www.youtube.com/watch?v=abc123 在网上，而展台离线运行")
                .contains("已从 short.json 导入 5 个事件到 " + dir)
                .contains("0 个错误，5 个警告：展台可以展示这些内容")
                .doesNotContain("kept:", "dropped:", "the kiosk");
    }

    @Test
    void aWorkbookThatCannotBeReadIsExplainedInChinese() throws Exception {
        Path old = Files.write(temp.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});

        assertThat(runIn("zh", "--import-content", old.toString(), temp.resolve("content").toString())).isEqualTo(1);

        assertThat(output.toString()).contains("错误：" + old + " 是旧的 Excel 97-2003（.xls）工作簿：请另存为"
                + "“Excel 工作簿（.xlsx）”再导入");
    }
}
