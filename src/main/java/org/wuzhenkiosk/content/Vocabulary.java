package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;

/**
 * The words a content folder lets its records use: the offered languages, kinds of event, themes and regions of
 * {@code exhibition.json}, and the country codes of its {@code countries.json} (or of the bundled table). The JSON
 * Schemas list them, so an editor flags a theme that does not exist while it is typed. An empty list means the
 * folder does not say (its file is missing or broken): the schema then checks only how such a word is written.
 */
public record Vocabulary(List<String> languages, List<String> eventKinds, List<String> themes,
                         List<String> regions, List<String> countries) {

    public Vocabulary {
        languages = List.copyOf(languages);
        eventKinds = List.copyOf(eventKinds);
        themes = List.copyOf(themes);
        regions = List.copyOf(regions);
        countries = List.copyOf(countries);
    }

    /** Which list a word comes from. */
    public enum Kind {
        LANGUAGE(FieldType.Format.LANGUAGE), EVENT_KIND(FieldType.Format.ID), THEME(FieldType.Format.ID),
        REGION(FieldType.Format.ID), COUNTRY(FieldType.Format.COUNTRY);

        private final FieldType.Format format;

        Kind(FieldType.Format format) {
            this.format = format;
        }

        /** How such a word is written. */
        public FieldType.Format format() {
            return format;
        }
    }

    public List<String> words(Kind kind) {
        return switch (kind) {
            case LANGUAGE -> languages;
            case EVENT_KIND -> eventKinds;
            case THEME -> themes;
            case REGION -> regions;
            case COUNTRY -> countries;
        };
    }

    /** The words of the folder at {@code contentRoot}, read from its files as they are now. */
    public static Vocabulary of(Path contentRoot) {
        JsonNode exhibition = tree(contentRoot.resolve(ContentSchema.EXHIBITION_JSON.name()));
        JsonNode countries = tree(contentRoot.resolve(ContentSchema.COUNTRIES_JSON.name()));
        return of(exhibition, countries);
    }

    /** The words of parsed {@code exhibition.json} and {@code countries.json} trees (either may be null). */
    static Vocabulary of(JsonNode exhibition, JsonNode countries) {
        List<String> countryCodes = countries == null ? List.copyOf(BundledCountries.codes()).stream().sorted()
                .toList() : ids(countries, "countries", "code");
        return new Vocabulary(ids(exhibition, "languages", "code"), ids(exhibition, "eventKinds", "id"),
                ids(exhibition, "themes", "id"), ids(exhibition, "regions", "id"), countryCodes);
    }

    /** The {@code key} of every entry of the list {@code list} of {@code parent}, in file order, each once. */
    static List<String> ids(JsonNode parent, String list, String key) {
        List<String> ids = new ArrayList<>();
        if (parent instanceof ObjectNode object && object.get(list) instanceof ArrayNode array) {
            for (JsonNode item : array.items()) {
                if (item instanceof ObjectNode entry && entry.get(key) instanceof StringNode id
                        && !ids.contains(id.value())) {
                    ids.add(id.value());
                }
            }
        }
        return ids;
    }

    private static JsonNode tree(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            LocatedJsonParser.Result result = LocatedJsonParser.parse(Files.readString(file, StandardCharsets.UTF_8));
            return result.ok() ? result.root() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
