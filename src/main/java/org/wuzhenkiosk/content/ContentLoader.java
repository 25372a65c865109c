package org.wuzhenkiosk.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.BooleanNode;
import org.wuzhenkiosk.content.JsonNode.NumberNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;
import org.wuzhenkiosk.content.Problem.Severity;

/**
 * Reads a content folder into {@link Content}: each file is read and parsed once, the validator checks those trees,
 * and only when it found no error are the records bound from the same trees.
 */
public final class ContentLoader {

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(LocalizedText.class, new LocalizedTextAdapter().nullSafe())
            .registerTypeAdapter(PartialDate.class, new PartialDateAdapter().nullSafe())
            .create();

    private ContentLoader() {
    }

    /** The content, when it is usable, and every problem found on the way. */
    public record Result(Content content, List<Problem> problems) {
        public boolean ok() {
            return content != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    private record EventsFile(List<TimelineEvent> events) {
    }

    private record CasesFile(List<CaseStudy> cases) {
    }

    private record CountriesFile(List<Country> countries) {
    }

    /** Reads each file of the folder once, validates what was read and, when it has no error, binds the records. */
    public static Result load(Path root) {
        return load(root, Playback.ANY);
    }

    /** As {@link #load(Path)}, warning about each clip or narration that {@code playback} cannot play. */
    public static Result load(Path root, Playback playback) {
        return load(root, Files::readAllBytes, playback);
    }

    /** As above, with the files' bytes from {@code files}: tests count the reads or change a file in between. */
    static Result load(Path root, ContentValidator.ByteSource files) {
        return load(root, files, Playback.ANY);
    }

    private static Result load(Path root, ContentValidator.ByteSource files, Playback playback) {
        ContentValidator.Report report = ContentValidator.validate(root, files, playback);
        if (report.hasErrors()) {
            return new Result(null, report.problems());
        }
        Map<ContentFile, JsonNode> trees = report.trees();
        try {
            Exhibition exhibition = bind(report, ContentSchema.EXHIBITION_JSON, Exhibition.class);
            List<TimelineEvent> events = first(bind(report, ContentSchema.EVENTS_JSON, EventsFile.class).events(),
                    Limits.EVENTS);
            List<CaseStudy> cases = first(bind(report, ContentSchema.CASES_JSON, CasesFile.class).cases(),
                    Limits.CASES);
            Map<String, Country> countries = trees.containsKey(ContentSchema.COUNTRIES_JSON)
                    ? index(bind(report, ContentSchema.COUNTRIES_JSON, CountriesFile.class).countries())
                    : BundledCountries.table();
            Story story = trees.containsKey(ContentSchema.STORY_JSON)
                    ? bind(report, ContentSchema.STORY_JSON, Story.class) : null;
            return new Result(new Content(report.root(), exhibition, events, cases, countries, story, Instant.now()),
                    report.problems());
        } catch (RuntimeException e) {
            // the validator passed something the records cannot hold: say so rather than show half the content
            Problem problem = Problem.worded(Severity.ERROR, report.root().toString(), 0, 0, "", null,
                    Wording.of("content.unbound", String.valueOf(e.getMessage())), Wording.of("content.unbound.fix"));
            return new Result(null, List.of(problem));
        }
    }

    /** What fits of a list the validator found too long (and warned about); links to the rest resolve to nothing. */
    private static <T> List<T> first(List<T> items, int limit) {
        return items == null || items.size() <= limit ? items : List.copyOf(items.subList(0, limit));
    }

    /** Binds the tree the validator checked, so the records hold exactly the text that was validated. */
    private static <T> T bind(ContentValidator.Report report, ContentFile file, Class<T> type) {
        return GSON.fromJson(element(report.trees().get(file), report.cuts()), type);
    }

    /**
     * The located tree as Gson's tree; numbers keep their literal, so they bind as if read from the text. Texts lose
     * their control characters, and those too long for the screens are cut, as the validator warned.
     */
    private static JsonElement element(JsonNode node, Map<JsonNode, Integer> cuts) {
        if (node instanceof ObjectNode object) {
            JsonObject json = new JsonObject();
            object.members().forEach((name, member) -> json.add(name, element(member.value(), cuts)));
            return json;
        }
        if (node instanceof ArrayNode array) {
            JsonArray json = new JsonArray(array.items().size());
            array.items().forEach(item -> json.add(element(item, cuts)));
            return json;
        }
        if (node instanceof StringNode text) {
            String value = ControlCharacters.strip(text.value());
            Integer cut = cuts.get(node);
            return new JsonPrimitive(cut == null ? value : Limits.cut(value, cut));
        }
        if (node instanceof NumberNode number) {
            return new JsonPrimitive(new LazilyParsedNumber(number.literal()));
        }
        if (node instanceof BooleanNode flag) {
            return new JsonPrimitive(flag.value());
        }
        return JsonNull.INSTANCE;
    }

    static Map<String, Country> index(List<Country> countries) {
        return countries.stream().collect(Collectors.toMap(Country::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** Reads one file straight into records, for tables that ship with the kiosk and need no checking. */
    static <T> T read(Path dir, ContentFile file, Class<T> type) throws IOException {
        try (Reader reader = Files.newBufferedReader(dir.resolve(file.name()), StandardCharsets.UTF_8)) {
            T value = GSON.fromJson(reader, type);
            if (value == null) {
                throw new JsonParseException(file.name() + " is empty");
            }
            return value;
        }
    }

    /** {"zh": "…", "en": "…"} in file order. */
    private static final class LocalizedTextAdapter extends TypeAdapter<LocalizedText> {
        @Override
        public void write(JsonWriter out, LocalizedText value) throws IOException {
            out.beginObject();
            for (Map.Entry<String, String> entry : value.values().entrySet()) {
                out.name(entry.getKey()).value(entry.getValue());
            }
            out.endObject();
        }

        @Override
        public LocalizedText read(JsonReader in) throws IOException {
            Map<String, String> values = new LinkedHashMap<>();
            in.beginObject();
            while (in.hasNext()) {
                String language = in.nextName();
                if (in.peek() == JsonToken.STRING) {
                    values.put(language, in.nextString());
                } else {
                    in.skipValue();
                }
            }
            in.endObject();
            return new LocalizedText(values);
        }
    }

    private static final class PartialDateAdapter extends TypeAdapter<PartialDate> {
        @Override
        public void write(JsonWriter out, PartialDate value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public PartialDate read(JsonReader in) throws IOException {
            try {
                return PartialDate.parseOrThrow(in.nextString());
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(e.getMessage(), e);
            }
        }
    }
}
