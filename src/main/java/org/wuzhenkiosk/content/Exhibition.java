package org.wuzhenkiosk.content;

import java.util.List;
import java.util.Optional;

/** What the exhibition is called, which languages it offers and the categories it sorts its content by. */
public record Exhibition(String id, LocalizedText title, LocalizedText subtitle, LocalizedText intro,
                         List<Language> languages, String defaultLanguage, List<Category> eventKinds,
                         List<Category> themes, List<Category> regions, List<Source> sources) {

    public Exhibition {
        title = title == null ? LocalizedText.EMPTY : title;
        subtitle = subtitle == null ? LocalizedText.EMPTY : subtitle;
        intro = intro == null ? LocalizedText.EMPTY : intro;
        languages = languages == null ? List.of() : List.copyOf(languages);
        eventKinds = eventKinds == null ? List.of() : List.copyOf(eventKinds);
        themes = themes == null ? List.of() : List.copyOf(themes);
        regions = regions == null ? List.of() : List.copyOf(regions);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Optional<Language> language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public boolean offers(String code) {
        return language(code).isPresent();
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }
}
