package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.TimelineEvent;

/** One way of writing dates for the whole kiosk: the timeline and the case pages say a date alike. */
class DatesTest {

    private static PartialDate date(String text) {
        return PartialDate.parseOrThrow(text);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "2014-11-19 | zh | 2014年11月19日",
        "2014-11-19 | en | 19 Nov 2014",
        "2023-01    | zh | 2023年1月",
        "2023-01    | en | Jan 2023",
        "2016       | zh | 2016年",
        "2016       | en | 2016",
    })
    void aDateIsWrittenTheWayItsLanguageWritesDates(String text, String language, String expected) {
        assertThat(Dates.format(date(text), language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1} in {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2014-11-19 | 2014-11-21 | zh | 2014年11月19日–21日",
        "2014-11-19 | 2014-11-21 | en | 19–21 Nov 2014",
        "2020-11-30 | 2020-12-02 | zh | 2020年11月30日–12月2日",
        "2020-11-30 | 2020-12-02 | en | 30 Nov – 2 Dec 2020",
        "2019-12-30 | 2020-01-02 | zh | 2019年12月30日–2020年1月2日",
        "2019-12-30 | 2020-01-02 | en | 30 Dec 2019 – 2 Jan 2020",
        "2023-01    | 2023-03    | zh | 2023年1月–3月",
        "2023-01    | 2023-03    | en | Jan–Mar 2023",
        "2022-11    | 2023-02    | en | Nov 2022 – Feb 2023",
        "2014       | 2016       | zh | 2014–2016年",
        "2014       | 2016       | en | 2014–2016",
        "2014-11-19 | 2014-12    | en | 19 Nov 2014 – Dec 2014",
        "2014-11-19 | 2014-11-19 | en | 19 Nov 2014",
    })
    void aSpanLeavesOutWhatBothEndsShare(String start, String end, String language, String expected) {
        assertThat(Dates.span(date(start), date(end), language)).isEqualTo(expected);
    }

    @Test
    void axisLabelsFollowTheLanguage() {
        assertThat(Dates.month(YearMonth.of(2022, 11), "zh")).isEqualTo("11月");
        assertThat(Dates.month(YearMonth.of(2022, 11), "en")).isEqualTo("Nov");
        assertThat(Dates.monthOfYear(YearMonth.of(2022, 11), "zh")).isEqualTo("2022年11月");
        assertThat(Dates.monthOfYear(YearMonth.of(2022, 11), "en")).isEqualTo("Nov 2022");
        assertThat(Dates.period(LocalDate.of(2022, 11, 7), LocalDate.of(2023, 1, 3), "zh"))
                .isEqualTo("2022年11月–2023年1月");
    }

    @Test
    void aLanguageWithoutItsOwnRulesUsesItsLocale() {
        assertThat(Dates.format(date("2014-11-19"), "fr")).contains("2014").contains("19");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        PartialDate day = PartialDate.parseOrThrow("2021-12-16");
        assertThat(Dates.format(day, "zh")).isEqualTo("2021年12月16日");
        assertThat(Dates.format(day, "en")).isEqualTo("16 Dec 2021");
        assertThat(Dates.format(PartialDate.parseOrThrow("2019"), "en")).isEqualTo("2019");
    }

    @Test
    void anEventThatLastedDaysShowsBothEndsAsTheTimelineDoes() {
        TimelineEvent wic2017 = ContentLoader.load(BundledContent.root()).content().event("wic-2017").orElseThrow();
        assertThat(wic2017.endDate()).isNotNull();
        assertThat(Dates.of(wic2017, "en")).isEqualTo("3–5 Dec 2017");
        assertThat(Dates.of(wic2017, "zh")).isEqualTo("2017年12月3日–5日");
    }

    @Test
    void aMomentForStaffReadsTheSameInEveryLanguage() {
        assertThat(Dates.moment(Instant.parse("2026-12-01T21:58:57Z"), ZoneOffset.UTC))
                .isEqualTo("2026-12-01 21:58:57");
    }
}
