package org.wuzhenkiosk.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
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
import org.wuzhenkiosk.content.Problem.Severity;

/** Reads a content folder into {@link Content}, but only after the validator found no error in it. */
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

    public static Result load(Path root) {
        ContentValidator.Report report = ContentValidator.validate(root);
        if (report.hasErrors()) {
            return new Result(null, report.problems());
        }
        Path dir = report.root();
        try {
            Exhibition exhibition = read(dir, ContentSchema.EXHIBITION_JSON, Exhibition.class);
            List<TimelineEvent> events = read(dir, ContentSchema.EVENTS_JSON, EventsFile.class).events();
            List<CaseStudy> cases = read(dir, ContentSchema.CASES_JSON, CasesFile.class).cases();
            Map<String, Country> countries = Files.exists(dir.resolve(ContentSchema.COUNTRIES_JSON.name()))
                    ? index(read(dir, ContentSchema.COUNTRIES_JSON, CountriesFile.class).countries())
                    : BundledCountries.table();
            return new Result(new Content(dir, exhibition, events, cases, countries, Instant.now()),
                    report.problems());
        } catch (IOException | JsonParseException e) {
            // the files changed between validation and reading (a save in progress): report, show nothing new
            Problem problem = new Problem(Severity.ERROR, dir.toString(), 0, 0, "",
                    "the content changed while it was being read: " + e.getMessage(), "save again and reload");
            return new Result(null, List.of(problem));
        }
    }

    static Map<String, Country> index(List<Country> countries) {
        return countries.stream().collect(Collectors.toMap(Country::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

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
