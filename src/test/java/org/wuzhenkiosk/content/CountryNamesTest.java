package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled country table names every country in the six UN languages, in their scripts and short forms. */
class CountryNamesTest {

    private static final List<String> UN_LANGUAGES = List.of("zh", "en", "fr", "es", "ru", "ar");
    private static final Map<String, UnicodeScript> SCRIPT = Map.of("zh", UnicodeScript.HAN,
            "en", UnicodeScript.LATIN, "fr", UnicodeScript.LATIN, "es", UnicodeScript.LATIN,
            "ru", UnicodeScript.CYRILLIC, "ar", UnicodeScript.ARABIC);

    private static boolean writtenIn(String text, UnicodeScript script) {
        return text.codePoints().filter(Character::isLetter).allMatch(cp -> UnicodeScript.of(cp) == script);
    }

    @Test
    void everyCountryIsNamedInEachUnLanguageInItsScript() {
        List<String> wrong = new ArrayList<>();
        for (Country country : BundledCountries.table().values()) {
            for (String language : UN_LANGUAGES) {
                String name = country.name().in(language, "");
                if (name.isBlank() || !writtenIn(name, SCRIPT.get(language))) {
                    wrong.add(country.code() + "." + language + " = \"" + name + "\"");
                }
            }
        }
        assertThat(BundledCountries.table()).hasSizeGreaterThan(240);
        assertThat(wrong).as("names missing or in another script").isEmpty();
    }

    @Test
    void theExhibitionsCountriesHaveShortCommonNames() {
        Content content = ContentLoader.load(BundledContent.root()).content();
        Set<String> used = new TreeSet<>();
        content.cases().forEach(c -> used.addAll(c.countries()));
        assertThat(used).isNotEmpty();
        for (String code : used) {
            for (String language : UN_LANGUAGES) {
                assertThat(content.countryName(code, language)).as(code + " in " + language)
                        .hasSizeLessThanOrEqualTo(28).doesNotContain("(");
            }
        }
        assertThat(content.countryName("RU", "ru")).isEqualTo("Россия");
        assertThat(content.countryName("CN", "ru")).isEqualTo("Китай");
        assertThat(content.countryName("US", "fr")).isEqualTo("États-Unis");
        assertThat(content.countryName("KR", "es")).isEqualTo("Corea del Sur");
    }

    @Test
    void namesInLanguagesTheExhibitionDoesNotOfferYetAreKeptButAMistypedLanguageIsNamed(@TempDir Path dir)
            throws IOException {
        BundledCopy.into(dir);
        Path file = dir.resolve("countries.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"zh\": \"安道尔\"",
                "\"zh\": \"安道尔\", \"EN\": \"Andorra\""));
        List<Problem> problems = ContentLoader.load(dir).problems();
        List<String> errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .map(Problem::toString).toList();
        assertThat(errors).as("the country table's fr, es, ru and ar names are no error")
                .noneMatch(e -> e.contains(".fr") || e.contains(".ar"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("countries.json:")
                .contains("$.countries[0].name.EN").contains("write \"en\""));
    }

    @Test
    void taiwanHongKongAndMacaoAreNamedAsPartsOfChinaInEveryLanguage() {
        Map<String, Country> table = BundledCountries.table();
        for (String code : List.of("TW", "HK", "MO")) {
            assertThat(table.get(code).partOf()).isEqualTo("CN");
            for (String language : UN_LANGUAGES) {
                assertThat(table.get(code).name().in(language, ""))
                        .as(code + " in " + language).contains(table.get("CN").name().in(language, ""));
            }
        }
    }
}
