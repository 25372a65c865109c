package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInLeapYears() {
        assertThat(PartialDate.parse("2024-02-29")).hasValueSatisfying(d ->
                assertThat(d.start()).isEqualTo(LocalDate.of(2024, 2, 29)));
        assertThatThrownBy(() -> PartialDate.parseOrThrow("2023-02-29")).hasMessage("2023-02 has no day 29");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2014-13-01 | month 13 is not between 01 and 12
            2014-00    | month 0 is not between 01 and 12
            2014-11-31 | 2014-11 has no day 31
            2014-11-00 | 2014-11 has no day 0
            14-11-19   | "14-11-19" is not written as YYYY-MM-DD, YYYY-MM or YYYY
            2014/11/19 | "2014/11/19" is not written as YYYY-MM-DD, YYYY-MM or YYYY
            2014-1-9   | "2014-1-9" is not written as YYYY-MM-DD, YYYY-MM or YYYY
            19 Nov 2014 | "19 Nov 2014" is not written as YYYY-MM-DD, YYYY-MM or YYYY
            """)
    void aDateThatIsNotOnTheCalendarSaysWhy(String text, String why) {
        assertThatThrownBy(() -> PartialDate.parseOrThrow(text)).hasMessage(why);
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2014,       2014-01-01, 2014-12-31, YEAR",
            "2014-11,    2014-11-01, 2014-11-30, MONTH",
            "2024-02,    2024-02-01, 2024-02-29, MONTH",
            "2014-11-19, 2014-11-19, 2014-11-19, DAY"})
    void aDateKnownOnlyToTheMonthOrYearCoversAllOfIt(String text, LocalDate first, LocalDate last,
                                                      PartialDate.Precision precision) {
        PartialDate date = PartialDate.parseOrThrow(text);

        assertThat(date.start()).isEqualTo(first);
        assertThat(date.end()).isEqualTo(last);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2014-11-19", "2014-11-19 "})
    void surroundingSpacesAreForgiven(String text) {
        assertThat(PartialDate.parse(text)).contains(new PartialDate(2014, 11, 19));
    }

    @Test
    void theTimelineOrdersDatesByTheirFirstPossibleDayThenTheNarrowerFirst() {
        List<String> sorted = Stream.of("2015", "2014-11-19", "2014-11", "2014", "2014-11-01")
                .map(PartialDate::parseOrThrow).sorted(Comparator.naturalOrder()).map(PartialDate::toString).toList();

        assertThat(sorted).containsExactly("2014", "2014-11-01", "2014-11", "2014-11-19", "2015");
    }
}
