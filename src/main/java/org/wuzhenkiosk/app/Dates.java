package org.wuzhenkiosk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * Every date the kiosk shows, the way each language writes it (2014年11月19日, 19 Nov 2014), and spans without
 * repeating what both ends share (2014年11月19日–21日, 19–21 Nov 2014): the timeline and the case pages alike.
 */
public final class Dates {

    /** When content was loaded and checked, for staff: the same in every language. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Dates() {
    }

    /** How a language writes dates: Chinese and Japanese with 年月日, English day-month-year, others by locale. */
    private enum Style { CJK, ENGLISH, OTHER }

    private static Style style(String language) {
        if (language.startsWith("zh") || language.startsWith("ja")) {
            return Style.CJK;
        }
        return language.startsWith("en") ? Style.ENGLISH : Style.OTHER;
    }

    private static Locale locale(String language) {
        return style(language) == Style.ENGLISH ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }

    /** The event's date, or its span written compactly. */
    public static String of(TimelineEvent event, String language) {
        return event.endDate() == null ? format(event.date(), language) : span(event.date(), event.endDate(), language);
    }

    public static String format(PartialDate date, String language) {
        Style style = style(language);
        Locale locale = locale(language);
        return switch (date.precision()) {
            case YEAR -> style == Style.CJK ? date.year() + "年" : String.valueOf(date.year());
            case MONTH -> style == Style.CJK ? date.year() + "年" + date.month() + "月"
                    : DateTimeFormatter.ofPattern("MMM yyyy", locale).format(date.start());
            case DAY -> switch (style) {
                case CJK -> date.year() + "年" + date.month() + "月" + date.day() + "日";
                case ENGLISH -> DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date.start());
                case OTHER -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                        .format(date.start());
            };
        };
    }

    /** Both ends of a span, leaving out the year (and month) the end shares with the start. */
    public static String span(PartialDate start, PartialDate end, String language) {
        if (start.equals(end)) {
            return format(start, language);
        }
        Style style = style(language);
        Locale locale = locale(language);
        boolean sameYear = start.year() == end.year();
        boolean sameMonth = sameYear && Objects.equals(start.month(), end.month());
        if (start.precision() != end.precision() || style == Style.OTHER) {
            return format(start, language) + (style == Style.CJK ? "–" : " – ") + format(end, language);
        }
        LocalDate a = start.start();
        LocalDate b = end.start();
        if (style == Style.CJK) {
            return switch (start.precision()) {
                case YEAR -> start.year() + "–" + end.year() + "年";
                case MONTH -> format(start, language) + "–" + (sameYear ? end.month() + "月" : format(end, language));
                case DAY -> format(start, language) + "–" + (sameMonth ? end.day() + "日"
                        : sameYear ? end.month() + "月" + end.day() + "日" : format(end, language));
            };
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
        return switch (start.precision()) {
            case YEAR -> start.year() + "–" + end.year();
            case MONTH -> sameYear ? month.format(a) + "–" + format(end, language)
                    : format(start, language) + " – " + format(end, language);
            case DAY -> sameMonth ? a.getDayOfMonth() + "–" + format(end, language)
                    : sameYear ? dayMonth.format(a) + " – " + format(end, language)
                    : format(start, language) + " – " + format(end, language);
        };
    }

    /** A month on the axis: 11月 / Nov. */
    public static String month(YearMonth month, String language) {
        return style(language) == Style.CJK ? month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("MMM", locale(language)).format(month.atDay(1));
    }

    /** A month with its year: 2022年11月 / Nov 2022. */
    public static String monthOfYear(YearMonth month, String language) {
        return format(new PartialDate(month.getYear(), month.getMonthValue(), null), language);
    }

    /** The years a group of events covers: 2022年11月–2023年1月 / Nov 2022 – Jan 2023. */
    public static String period(LocalDate first, LocalDate last, String language) {
        PartialDate a = new PartialDate(first.getYear(), first.getMonthValue(), null);
        PartialDate b = new PartialDate(last.getYear(), last.getMonthValue(), null);
        return span(a, b, language);
    }

    /** A moment on the kiosk's clock, to the second: 2026-12-01 21:58:57. */
    public static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }
}
