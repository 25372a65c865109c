package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',        '',          0
            '',        abc,         3
            abc,       '',          3
            kitten,    sitting,     3
            flaw,      lawn,        2
            summary,   summray,     2
            endDate,   enddate,     1
            theme,     theme,       0
            乌镇,       乌镇峰会,     2
            """)
    void theDistanceCountsInsertionsDeletionsAndSubstitutions(String a, String b, int distance) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
        assertThat(Suggestions.distance(b, a)).as("the other way round").isEqualTo(distance);
    }

    @Test
    void aMisspeltFieldIsMatchedToTheNearestKnownOneIgnoringCase() {
        List<String> fields = List.of("id", "date", "endDate", "kind", "title", "summary");

        assertThat(Suggestions.closest("sumary", fields)).contains("summary");
        assertThat(Suggestions.closest("EndDate", fields)).contains("endDate");
        assertThat(Suggestions.closest("kinds", fields)).contains("kind");
    }

    @Test
    void aWordFarFromEveryCandidateOrEqualToOneSuggestsNothing() {
        List<String> fields = List.of("id", "date", "title");

        assertThat(Suggestions.closest("photograph", fields)).isEmpty();
        assertThat(Suggestions.closest("title", fields)).isEmpty();
    }

    @Test
    void aCodeIsSuggestedOnlyForADifferenceOfCaseNeverForAnotherCode() {
        assertThat(Suggestions.closest("cn", List.of("zh", "en"))).isEmpty();
        assertThat(Suggestions.closest("XX", List.of("AX", "CN", "TH"))).isEmpty();
        assertThat(Suggestions.closest("th", List.of("AX", "CN", "TH"))).contains("TH");
        assertThat(Suggestions.closest("ZH", List.of("zh", "en"))).contains("zh");
    }
}
