package org.wuzhenkiosk.content;

import java.util.List;

/** A milestone on the timeline; with an {@code endDate} it is a span. */
public record TimelineEvent(String id, PartialDate date, PartialDate endDate, String kind, LocalizedText title,
                            LocalizedText summary, LocalizedText body, Place place, Media image,
                            List<String> cases, List<Source> sources) {

    public TimelineEvent {
        title = title == null ? LocalizedText.EMPTY : title;
        summary = summary == null ? LocalizedText.EMPTY : summary;
        body = body == null ? LocalizedText.EMPTY : body;
        cases = cases == null ? List.of() : List.copyOf(cases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean isSpan() {
        return endDate != null;
    }
}
