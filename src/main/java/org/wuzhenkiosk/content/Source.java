package org.wuzhenkiosk.content;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a fact comes from: a title visitors read in their language, who published it and when, an address if
 * there is one, and a note for staff that no visitor screen shows.
 */
public record Source(LocalizedText title, LocalizedText publisher, String date, String url, String note) {

    public Source {
        title = title == null ? LocalizedText.EMPTY : title;
        publisher = publisher == null ? LocalizedText.EMPTY : publisher;
    }

    /** Who published it and when, in {@code language}, as one line ("China Daily · 2022-12-07"), or "". */
    public String publication(String language, String fallback) {
        String by = publisher.isEmpty() ? null : publisher.in(language, fallback);
        return Stream.of(by, date).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
