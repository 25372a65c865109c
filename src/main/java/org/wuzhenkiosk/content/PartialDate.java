package org.wuzhenkiosk.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as precise as the sources allow: a year, a month or a day ("2014", "2014-11", "2014-11-19"). */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " is not between 01 and 12");
        }
        if (day != null) {
            if (month == null) {
                throw new IllegalArgumentException("a day needs a month");
            }
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException(YearMonth.of(year, month) + " has no day " + day);
            }
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; empty when the text is not such a date. */
    public static Optional<PartialDate> parse(String text) {
        try {
            return Optional.of(parseOrThrow(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD, saying what is wrong otherwise. */
    public static PartialDate parseOrThrow(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no date");
        }
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not written as YYYY-MM-DD, YYYY-MM or YYYY");
        }
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
    }

    /** The first day this date can mean. */
    public LocalDate start() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean. */
    public LocalDate end() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }
}
