package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
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

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "2014-11-19 | fr | 19 novembre 2014",
        "2014-11-19 | es | 19 de noviembre de 2014",
        "2014-11-19 | ru | 19 нояб. 2014 г.",
        "2014-11-19 | ar | 19 نوفمبر 2014",
        "2023-01    | fr | janvier 2023",
        "2023-01    | es | enero de 2023",
        "2023-01    | ru | янв. 2023 г.",
        "2023-01    | ar | يناير 2023",
        "2016       | fr | 2016",
        "2016       | ar | 2016",
    })
    void theUnLanguagesWriteDatesWithTheirOwnMonthNames(String text, String language, String expected) {
        assertThat(Dates.format(date(text), language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1} in {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2014-11-19 | 2014-11-21 | fr | 19–21 novembre 2014",
        "2014-11-19 | 2014-11-21 | es | 19–21 de noviembre de 2014",
        "2014-11-19 | 2014-11-21 | ru | 19–21 нояб. 2014 г.",
        "2014-11-19 | 2014-11-21 | ar | 19–21 نوفمبر 2014",
        "2020-11-30 | 2020-12-02 | fr | 30 novembre – 2 décembre 2020",
        "2020-11-30 | 2020-12-02 | es | 30 de noviembre – 2 de diciembre de 2020",
        "2020-11-30 | 2020-12-02 | ru | 30 нояб. – 2 дек. 2020 г.",
        "2020-11-30 | 2020-12-02 | ar | 30 نوفمبر – 2 ديسمبر 2020",
        "2019-12-30 | 2020-01-02 | fr | 30 décembre 2019 – 2 janvier 2020",
        "2023-01    | 2023-03    | fr | janvier–mars 2023",
        "2023-01    | 2023-03    | ru | янв.–март 2023 г.",
        "2023-01    | 2023-03    | ar | يناير–مارس 2023",
        "2022-11    | 2023-02    | es | noviembre de 2022 – febrero de 2023",
        "2014       | 2016       | ru | 2014–2016",
    })
    void theUnLanguagesWriteSpansOnceForWhatBothEndsShare(String start, String end, String language,
                                                          String expected) {
        assertThat(Dates.span(date(start), date(end), language)).isEqualTo(expected);
    }

    @Test
    void axisMonthsAreShortInEveryLanguage() {
        YearMonth november = YearMonth.of(2022, 11);
        assertThat(Dates.month(november, "fr")).isEqualTo("nov.");
        assertThat(Dates.month(november, "es")).isEqualTo("nov");
        assertThat(Dates.month(november, "ru")).isEqualTo("нояб.");
        assertThat(Dates.month(november, "ar")).isEqualTo("نوفمبر");
        assertThat(Dates.monthOfYear(november, "ru")).isEqualTo("нояб. 2022 г.");
    }

    @Test
    void arabicDatesAndNumbersUseTheDigitsEveryArabicReaderReads() {
        assertThat(Dates.format(date("2021-12-16"), "ar")).contains("16").contains("2021").doesNotContain("٢");
        assertThat(NumberFormat.getInstance(I18n.locale("ar")).format(12345)).isEqualTo("12,345");
        assertThat(NumberFormat.getInstance(I18n.locale("fr")).format(12345)).isEqualTo("12\u202F345");
        assertThat(NumberFormat.getInstance(I18n.locale("ru")).format(12345)).isEqualTo("12\u00A0345");
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
