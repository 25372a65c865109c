package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Staff read every content problem in their language: the Chinese and English bundles say the same things, every
 * broken fixture's problem reads in Chinese with nothing left untranslated, and records are named as staff see
 * them, counted from 1 with their ids.
 */
class StaffMessagesTest {

    @Test
    void theChineseAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertThat(keys("zh").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys("en").stringPropertyNames());
    }

    /** A message the code names by a key the bundles lack would show staff the bare key. */
    @Test
    void everyMessageTheCodeNamesIsWrittenForStaff() throws IOException {
        Pattern named = Pattern.compile("Wording\\.of\\(\"([a-z][\\w.-]*)\"\\s*[,)]");
        List<String> unwritten = new ArrayList<>();
        Properties english = keys("en");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher key = named.matcher(Files.readString(source));
                while (key.find()) {
                    if (!english.containsKey(key.group(1))) {
                        unwritten.add(source.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(unwritten).isEmpty();
        assertThat(Wording.of("content.reload.failed", "x").in("zh")).startsWith("无法重新读取内容");
        assertThat(Wording.of("content.unbound", "x").in("ru")).startsWith("содержимое прошло проверку");
    }

    @Test
    void everyBrokenFixtureReadsInChineseWithItsRecordNamed() throws IOException {
        List<Problem> problems;
        try (Stream<Path> folders = Files.list(broken())) {
            problems = folders.filter(Files::isDirectory).sorted()
                    .flatMap(folder -> ContentValidator.validate(folder).problems().stream()).toList();
        }

        assertThat(problems).hasSizeGreaterThan(40).allSatisfy(p -> {
            String zh = p.describe("zh");
            assertThat(zh).as(p.toString()).contains(p.isError() ? "错误：" : "警告：").doesNotContain("{0}", "{1}")
                    .doesNotContain(" the ", " is ", "picture", "save it");
            // the message itself is Chinese, except what it quotes (a picture decoder's reason stays as it said)
            String message = p.says().in("zh");
            assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)).as(zh).isTrue();
        });
    }

    @Test
    void aRecordIsNamedByItsPlaceCountedFromOneAndItsId() throws IOException {
        Problem theme = ContentValidator.validate(broken().resolve("unknown-theme")).problems().get(0);

        assertThat(theme.describe("en")).startsWith("cases.json:6:16: case 1 (th-5g-smart-hospital), theme: error: "
                + "no theme with id \"healht\" exists in exhibition.json themes Fix: did you mean \"health\"?");
        assertThat(theme.describe("zh")).startsWith("cases.json:6:16: 第 1 个案例（th-5g-smart-hospital），theme: "
                + "错误：exhibition.json themes 中没有编号为“healht”的主题　修改：是不是想写“health”？");
        Problem lat = ContentValidator.validate(broken().resolve("latitude-out-of-range")).problems().get(0);
        assertThat(lat.describe("en")).contains(": case 1 (th-5g-smart-hospital), place 1 (bangkok), lat: error:");
    }

    @Test
    void chinesePunctuationIsNamedInBothLanguages() {
        Problem comma = ContentValidator.validate(broken().resolve("chinese-comma-between-fields")).problems().get(0);

        assertThat(comma.describe("en")).isEqualTo("events.json:5:27: event 1, date: error: malformed JSON: the "
                + "full-width comma ， is Chinese punctuation; JSON's own quotes, commas, colons and brackets are "
                + "half-width Fix: write , instead of ， (switch the input method to half-width punctuation, "
                + "英文标点); inside a text Chinese punctuation is fine");
        assertThat(comma.describe("zh")).isEqualTo("events.json:5:27: 第 1 个事件，date: 错误：JSON 格式错误：全角逗号 ， "
                + "是中文标点；JSON 本身的引号、逗号、冒号和括号都必须是半角（英文）符号　修改：把 ， 改成 ,（把输入法切换到半角/英文标点）；"
                + "文本内容里的中文标点不受影响");
    }

    private static Properties keys(String language) throws IOException {
        Properties keys = new Properties();
        try (InputStream in = StaffMessagesTest.class.getResourceAsStream(
                "/org/wuzhenkiosk/content/problems_" + language + ".properties")) {
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return keys;
    }

    private static Path broken() {
        try {
            return Path.of(StaffMessagesTest.class.getResource("/broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
