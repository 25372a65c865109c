package org.wuzhenkiosk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * Every date the kiosk shows, the way each language writes it (2014年11月19日, 19 Nov 2014, 19 novembre 2014,
 * 19 нояб. 2014 г., 19 نوفمبر 2014), and spans without repeating what both ends share (2014年11月19日–21日,
 * 19–21 Nov 2014, 19–21 novembre 2014): the timeline and the case pages alike. Month names and the order of day,
 * month and year come from the JDK's locale data (CLDR); a span is that same pattern with the shared fields
 * written once.
 */
public final class Dates {

    /** When content was loaded and checked, for staff: the same in every language. */
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /**
     * Languages whose readers see months abbreviated in print (Nov, нояб.), which keeps timeline cards narrow;
     * the others write the month in full (novembre, noviembre; Arabic has no abbreviations).
     */
    private static final Set<String> ABBREVIATED_MONTHS = Set.of("en", "ru");
    /** Between the two ends of a span when each end has more than a number: "30 Nov – 2 Dec 2020". */
    private static final String BETWEEN = " – ";
    /** Between two numbers or two month names of one field: "19–21", "Jan–Mar". */
    private static final String DASH = "–";

    private Dates() {
    }

    /** Chinese and Japanese write dates with 年月日 and no spaces: their spans keep the unit on each end. */
    private static boolean cjk(String language) {
        return language.startsWith("zh") || language.startsWith("ja");
    }

    /** The locale of a language's dates: English as the kiosk writes it (day month year), ASCII digits. */
    private static Locale locale(String language) {
        return I18n.locale(Locale.forLanguageTag(language).getLanguage().equals("en") ? "en-GB" : language);
    }

    /** The JDK's pattern for a whole date in this language, as fields and the literals between them. */
    private static List<Token> dayPattern(String language) {
        Locale locale = locale(language);
        FormatStyle style = ABBREVIATED_MONTHS.contains(locale.getLanguage()) ? FormatStyle.MEDIUM : FormatStyle.LONG;
        return Token.parse(DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                IsoChronology.INSTANCE, locale));
    }

    /** The day pattern without its day: month and year as a month is written on its own (ноябрь, not ноября). */
    private static List<Token> monthPattern(String language) {
        List<Token> tokens = without(dayPattern(language), 'd');
        List<Token> standalone = new ArrayList<>();
        for (Token t : tokens) {
            standalone.add(t.field() == 'M' ? new Token(t.text().replace('M', 'L'), true) : t);
        }
        return standalone;
    }

    /**
     * {@code tokens} without the field {@code letter} and the literals that tie it to its neighbour: the
     * separator before it when it is last (with whatever follows it, e.g. Russian " г."), else the one after it.
     */
    private static List<Token> without(List<Token> tokens, char letter) {
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).field() == letter) {
                at = i;
            }
        }
        if (at < 0) {
            return tokens;
        }
        int lastField = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isField()) {
                lastField = i;
            }
        }
        List<Token> kept = new ArrayList<>(tokens);
        if (at == lastField) {
            int from = at;
            while (from > 0 && !kept.get(from - 1).isField()) {
                from--;
            }
            kept.subList(from, kept.size()).clear();
        } else {
            int to = at + 1;
            while (to < kept.size() && !kept.get(to).isField()) {
                to++;
            }
            kept.subList(at, to).clear();
        }
        return kept;
    }

    /** {@code tokens} with the field {@code letter} replaced by a fixed text (a range such as "19–21"). */
    private static List<Token> replaced(List<Token> tokens, char letter, String text) {
        List<Token> result = new ArrayList<>();
        for (Token t : tokens) {
            result.add(t.field() == letter ? Token.literal(text) : t);
        }
        return result;
    }

    private static String format(List<Token> pattern, LocalDate date, String language) {
        return DateTimeFormatter.ofPattern(Token.join(pattern), locale(language)).format(date);
    }

    /** How {@code date} writes the field {@code letter} of {@code pattern} (the month as "Nov" or "novembre"). */
    private static String field(List<Token> pattern, char letter, LocalDate date, String language) {
        return pattern.stream().filter(t -> t.field() == letter).findFirst()
                .map(t -> format(List.of(t), date, language)).orElse("");
    }

    /** The event's date, or its span written compactly. */
    public static String of(TimelineEvent event, String language) {
        return event.endDate() == null ? format(event.date(), language) : span(event.date(), event.endDate(), language);
    }

    public static String format(PartialDate date, String language) {
        boolean cjk = cjk(language);
        return switch (date.precision()) {
            case YEAR -> cjk ? date.year() + "年" : String.valueOf(date.year());
            case MONTH -> cjk ? date.year() + "年" + date.month() + "月"
                    : format(monthPattern(language), date.start(), language);
            case DAY -> cjk ? date.year() + "年" + date.month() + "月" + date.day() + "日"
                    : format(dayPattern(language), date.start(), language);
        };
    }

    /** Both ends of a span, leaving out the year (and month) the end shares with the start. */
    public static String span(PartialDate start, PartialDate end, String language) {
        if (start.equals(end)) {
            return format(start, language);
        }
        boolean sameYear = start.year() == end.year();
        boolean sameMonth = sameYear && Objects.equals(start.month(), end.month());
        if (start.precision() != end.precision()) {
            return format(start, language) + (cjk(language) ? DASH : BETWEEN) + format(end, language);
        }
        if (cjk(language)) {
            return switch (start.precision()) {
                case YEAR -> start.year() + DASH + end.year() + "年";
                case MONTH -> format(start, language) + DASH + (sameYear ? end.month() + "月" : format(end, language));
                case DAY -> format(start, language) + DASH + (sameMonth ? end.day() + "日"
                        : sameYear ? end.month() + "月" + end.day() + "日" : format(end, language));
            };
        }
        LocalDate a = start.start();
        LocalDate b = end.start();
        return switch (start.precision()) {
            case YEAR -> start.year() + DASH + end.year();
            case MONTH -> {
                List<Token> months = monthPattern(language);
                yield sameYear ? format(replaced(months, 'L', field(months, 'L', a, language) + DASH
                        + field(months, 'L', b, language)), b, language)
                        : format(start, language) + BETWEEN + format(end, language);
            }
            case DAY -> {
                List<Token> days = dayPattern(language);
                yield sameMonth ? format(replaced(days, 'd', a.getDayOfMonth() + DASH + b.getDayOfMonth()), b,
                        language)
                        : sameYear ? format(without(days, 'y'), a, language) + BETWEEN + format(days, b, language)
                        : format(start, language) + BETWEEN + format(end, language);
            }
        };
    }

    /** A month on the axis: 11月 / Nov / nov. / нояб. / نوفمبر. */
    public static String month(YearMonth month, String language) {
        return cjk(language) ? month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("LLL", locale(language)).format(month.atDay(1));
    }

    /** A month with its year: 2022年11月 / Nov 2022 / novembre 2022. */
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

    /** A piece of a {@link DateTimeFormatter} pattern: a run of one field letter, or literal text (quoted). */
    private record Token(String text, boolean isField) {

        static Token literal(String text) {
            return new Token("'" + text.replace("'", "''") + "'", false);
        }

        /** The field letter ('d', 'M', 'L', 'y'...), or 0 for a literal. */
        char field() {
            return isField ? text.charAt(0) : 0;
        }

        static List<Token> parse(String pattern) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int j = i + 1;
                if (c == '\'') {
                    while (j < pattern.length() && (pattern.charAt(j) != '\''
                            || j + 1 < pattern.length() && pattern.charAt(j + 1) == '\'')) {
                        j += pattern.charAt(j) == '\'' ? 2 : 1;
                    }
                    j = Math.min(j + 1, pattern.length());
                    tokens.add(new Token(pattern.substring(i, j), false));
                } else if (Character.isLetter(c)) {
                    while (j < pattern.length() && pattern.charAt(j) == c) {
                        j++;
                    }
                    tokens.add(new Token(pattern.substring(i, j), true));
                } else {
                    tokens.add(new Token(pattern.substring(i, j), false));
                }
                i = j;
            }
            return tokens;
        }

        static String join(List<Token> tokens) {
            StringBuilder pattern = new StringBuilder();
            tokens.forEach(t -> pattern.append(t.text()));
            return pattern.toString();
        }
    }
}
