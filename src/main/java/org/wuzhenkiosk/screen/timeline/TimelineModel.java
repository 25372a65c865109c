package org.wuzhenkiosk.screen.timeline;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.TimelineEvent;

/** The events grouped by year, in date order, and dates written the way each language writes them. */
final class TimelineModel {

    private final Map<Integer, List<TimelineEvent>> byYear;

    TimelineModel(Content content) {
        byYear = content.events().stream().collect(Collectors.groupingBy(e -> e.date().year(), TreeMap::new,
                Collectors.toList()));
    }

    Map<Integer, List<TimelineEvent>> byYear() {
        return byYear;
    }

    /** 2014年11月19日 in Chinese, 19 Nov 2014 in English; a span shows both ends. */
    static String formatDate(TimelineEvent event, String language) {
        String start = format(event.date(), language);
        if (event.endDate() == null) {
            return start;
        }
        return start + " – " + format(event.endDate(), language);
    }

    static String format(PartialDate date, String language) {
        boolean cjk = language.startsWith("zh") || language.startsWith("ja");
        Locale locale = Locale.forLanguageTag(language);
        return switch (date.precision()) {
            case YEAR -> cjk ? date.year() + "年" : String.valueOf(date.year());
            case MONTH -> cjk ? date.year() + "年" + date.month() + "月"
                    : DateTimeFormatter.ofPattern("MMM yyyy", locale).format(date.start());
            case DAY -> cjk ? date.year() + "年" + date.month() + "月" + date.day() + "日"
                    : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date.start());
        };
    }
}
