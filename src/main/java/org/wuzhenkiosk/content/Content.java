package org.wuzhenkiosk.content;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One complete, validated exhibition: what every screen shows. Immutable; a reload builds a new one.
 *
 * @param root     the content directory; media paths resolve against it
 * @param story    the guided tour; without story.json it has no stops and home offers no tour
 * @param loadedAt when it was read
 */
public record Content(Path root, Exhibition exhibition, List<TimelineEvent> events, List<CaseStudy> cases,
                      Map<String, Country> countries, Story story, Instant loadedAt) {

    public Content {
        story = story == null ? new Story(null, null, null) : story;
        events = events == null ? List.of()
                : events.stream().sorted(Comparator.comparing(TimelineEvent::date)).toList();
        cases = cases == null ? List.of() : List.copyOf(cases);
        countries = countries == null ? Map.of() : Map.copyOf(countries);
    }

    /** Whether the exhibition offers a guided tour. */
    public boolean hasStory() {
        return !story.stops().isEmpty();
    }

    public Optional<TimelineEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<CaseStudy> caseStudy(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Cases linked to an event, whichever side names the link. */
    public List<CaseStudy> casesOf(TimelineEvent event) {
        Set<String> ids = new LinkedHashSet<>(event.cases());
        cases.stream().filter(c -> c.events().contains(event.id())).forEach(c -> ids.add(c.id()));
        Map<String, CaseStudy> byId = index(cases, CaseStudy::id);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Events linked to a case, whichever side names the link, in date order. */
    public List<TimelineEvent> eventsOf(CaseStudy caseStudy) {
        return events.stream()
                .filter(e -> caseStudy.events().contains(e.id()) || e.cases().contains(caseStudy.id()))
                .toList();
    }

    /** The path of a media file inside the content directory. */
    public Path resolve(String mediaFile) {
        return root.resolve(mediaFile).normalize();
    }

    /** The name of a country in a language, or its code when the table does not know it. */
    public String countryName(String code, String language) {
        Country country = countries.get(code);
        return country == null ? code : country.name().in(language, exhibition.defaultLanguage());
    }

    public String label(List<Category> categories, String id, String language) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.label().in(language, exhibition.defaultLanguage())).orElse(id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
