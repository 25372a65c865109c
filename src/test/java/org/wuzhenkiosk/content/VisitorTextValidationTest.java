package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff notes, unfinished work and untranslated lines are caught by --validate before a visitor reads them. */
class VisitorTextValidationTest {

    @TempDir
    Path folder;

    private List<Problem> validateWith(String from, String to) throws IOException {
        BundledCopy.into(folder);
        Path cases = folder.resolve("cases.json");
        String text = Files.readString(cases, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(cases, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        return ContentValidator.validate(folder).problems();
    }

    @Test
    void aFileNameOrAToDoInAVisibleTextIsReportedWithItsLineAndPath() throws IOException {
        List<Problem> problems = validateWith("\"en\": \"Towards a Digital Uganda\"",
                "\"en\": \"Towards a Digital Uganda (TODO check facts.md)\"");
        assertThat(problems).filteredOn(p -> p.message().contains("visitors would read")).hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.file()).isEqualTo("cases.json");
                    assertThat(p.line()).isPositive();
                    assertThat(p.path()).endsWith(".title.en");
                })
                .extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("\"facts.md\""))
                .anySatisfy(m -> assertThat(m).contains("\"TODO\""));
    }

    @Test
    void anEnglishTitleLeftInTheChineseTextIsReported() throws IOException {
        List<Problem> problems = validateWith("\"zh\": \"助力建设“数字乌干达”\"", "\"zh\": \"Towards a Digital Uganda\"");
        assertThat(problems).filteredOn(p -> p.message().contains("are the same")).singleElement()
                .satisfies(p -> assertThat(p.path()).endsWith(".title.en"));
    }

    @Test
    void aNameFromTheGeneralStandardTableIsDrawnButARareIdeographIsNamedWithItsCode() throws IOException {
        assertThat(BundledGlyphs.available()).as("the bundled fonts are on the class path").isTrue();
        assertThat(BundledGlyphs.missingIn("乌镇 Wuzhen 朱镕基 陶喆")).as("what the bundled fonts draw").isEmpty();
        List<Problem> drawn = validateWith("\"zh\": \"助力建设“数字乌干达”\"", "\"zh\": \"助力建设“数字乌干达”（陶喆）\"");
        assertThat(drawn).as("喆 is one of the 8,105 characters of 通用规范汉字表")
                .noneMatch(p -> p.message().contains("no bundled font draws"));

        String rare = new String(Character.toChars(0x20000)); // CJK Extension B, in no bundled font
        List<Problem> problems = validateWith("\"zh\": \"助力建设“数字乌干达”\"", "\"zh\": \"助力建设“数字乌干达”（" + rare + "）\"");
        assertThat(problems).filteredOn(p -> p.message().contains("no bundled font draws")).singleElement()
                .satisfies(p -> {
                    assertThat(p.isError()).isFalse();
                    assertThat(p.message()).contains(rare + " (U+20000)");
                    assertThat(p.path()).endsWith(".title.zh");
                    assertThat(p.line()).isPositive();
                });
    }

    @Test
    void anInternationalOrganizationWithACountryIsAnError() throws IOException {
        List<Problem> problems = validateWith("\"kind\": \"organization\"",
                "\"kind\": \"organization\", \"country\": \"CH\"");
        assertThat(problems).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("international organization has no country"));
    }

    @Test
    void aNationalPartnerWithoutACountryIsAnError() throws IOException {
        List<Problem> problems = validateWith("\"kind\": \"organization\"", "\"kind\": \"national\"");
        assertThat(problems).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"country\" is missing"));
    }
}
