package org.wuzhenkiosk.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A cooperation project: its story, partners, places on the map, pictures and media. {@code example} marks a
 * project shown as an example of cooperation rather than a case the World Internet Conference released.
 */
public record CaseStudy(String id, Integer year, String theme, String region, LocalizedText title,
                        LocalizedText summary, LocalizedText body, List<Partner> partners, List<Place> places,
                        Media cover, List<Media> media, String link, List<String> events, List<Source> sources,
                        boolean example) {

    public CaseStudy {
        title = title == null ? LocalizedText.EMPTY : title;
        summary = summary == null ? LocalizedText.EMPTY : summary;
        body = body == null ? LocalizedText.EMPTY : body;
        partners = partners == null ? List.of() : List.copyOf(partners);
        places = places == null ? List.of() : List.copyOf(places);
        media = media == null ? List.of() : List.copyOf(media);
        events = events == null ? List.of() : List.copyOf(events);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * The ISO codes of every country this case involves, partners first, in order and without repeats; an
     * international organisation is no country.
     */
    public List<String> countries() {
        Set<String> codes = new LinkedHashSet<>();
        partners.stream().filter(p -> p.country() != null).forEach(p -> codes.add(p.country()));
        places.forEach(p -> codes.add(p.country()));
        return List.copyOf(codes);
    }
}
