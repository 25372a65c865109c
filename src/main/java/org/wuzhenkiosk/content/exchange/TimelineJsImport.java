package org.wuzhenkiosk.content.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wuzhenkiosk.content.ContentSchema;
import org.wuzhenkiosk.content.ContentValidator;
import org.wuzhenkiosk.content.FieldType.Format;
import org.wuzhenkiosk.content.JsonSchemaWriter;
import org.wuzhenkiosk.content.PartialDate;
import org.wuzhenkiosk.content.exchange.ContentExchange.ExchangeException;

/**
 * {@code --import-timelinejs}: a TimelineJS 3 timeline (its JSON, or the Google Sheets template saved as CSV) as
 * timeline events of a content folder. Texts become plain text, groups become kinds of event, local pictures are
 * kept and everything the offline kiosk cannot show is listed with the reason; every event gets a placeholder
 * source that the validator flags until staff name the real one.
 */
public final class TimelineJsImport {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final String DEFAULT_KIND = "milestone";
    /** Words the new folder needs in its language before staff write their own. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            DEFAULT_KIND, Map.of("en", "Milestone", "zh", "里程碑"),
            "other", Map.of("en", "Other", "zh", "其他"),
            "source", Map.of("en", "TODO: name the source of this event", "zh", "TODO：注明此事件的出处"));

    private TimelineJsImport() {
    }

    /** What the import kept and dropped (each with its reason), and what the validator then said. */
    public record Outcome(int events, List<String> kept, List<String> dropped, ContentValidator.Report check) {
    }

    /** A slide of the timeline, from either format; {@code where} names it for staff ("events[3]", "row 5"). */
    private record Slide(String where, Map<String, String> start, Map<String, String> end, String headline,
                         String text, String mediaUrl, String caption, String credit, String thumbnail,
                         String group, String type, String displayDate, String background, String uniqueId) {
    }

    public static Outcome run(Path timeline, Path contentDir, String language) throws IOException, ExchangeException {
        Importer importer = new Importer(timeline, contentDir, language);
        List<Slide> slides = timeline.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? fromCsv(timeline, importer.dropped) : fromJson(timeline);
        return importer.run(slides);
    }

    // ---- reading the two formats ----

    private static List<Slide> fromJson(Path file) throws IOException, ExchangeException {
        JsonObject root;
        try {
            JsonElement tree = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!(tree instanceof JsonObject object)) {
                throw new ExchangeException(file + " is not a TimelineJS timeline: it holds no JSON object");
            }
            root = object;
        } catch (JsonParseException e) {
            throw new ExchangeException(file + " cannot be read as JSON (" + e.getMessage() + ")");
        }
        if (root.has("scale") && !"human".equals(string(root.get("scale")))) {
            throw new ExchangeException(file + ": a timeline of scale \"" + string(root.get("scale"))
                    + "\" has years the kiosk cannot show; only \"human\" timelines (years 1 to 9999) import");
        }
        List<Slide> slides = new ArrayList<>();
        if (root.get("title") instanceof JsonObject title) {
            slides.add(slide("title", title, "title"));
        }
        if (root.get("events") instanceof JsonArray events) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof JsonObject event) {
                    slides.add(slide("events[" + i + "]", event, null));
                }
            }
        } else {
            throw new ExchangeException(file + " has no \"events\" list: is it a TimelineJS 3 timeline?");
        }
        if (root.get("eras") instanceof JsonArray eras) {
            for (int i = 0; i < eras.size(); i++) {
                if (eras.get(i) instanceof JsonObject era) {
                    slides.add(slide("eras[" + i + "]", era, "era"));
                }
            }
        }
        return slides;
    }

    private static Slide slide(String where, JsonObject json, String type) {
        JsonObject text = json.get("text") instanceof JsonObject t ? t : new JsonObject();
        JsonObject media = json.get("media") instanceof JsonObject m ? m : new JsonObject();
        return new Slide(where, date(json.get("start_date")), date(json.get("end_date")),
                string(text.get("headline")), string(text.get("text")), string(media.get("url")),
                string(media.get("caption")), string(media.get("credit")), string(media.get("thumbnail")),
                string(json.get("group")), type, string(json.get("display_date")),
                json.has("background") ? json.get("background").toString() : null, string(json.get("unique_id")));
    }

    private static Map<String, String> date(JsonElement element) {
        Map<String, String> parts = new LinkedHashMap<>();
        if (element instanceof JsonObject date) {
            for (String part : List.of("year", "month", "day", "hour", "minute", "second", "display_date")) {
                String value = string(date.get(part));
                if (value != null && !value.isBlank()) {
                    parts.put(part, value.strip());
                }
            }
        }
        return parts;
    }

    private static String string(JsonElement element) {
        return element instanceof JsonPrimitive primitive ? primitive.getAsString() : null;
    }

    /** The template's columns; any other is named as dropped. */
    private static final Set<String> TEMPLATE_COLUMNS = Set.of("year", "month", "day", "time", "end year",
            "end month", "end day", "end time", "display date", "headline", "text", "media", "media credit",
            "media caption", "media thumbnail", "type", "group", "background");

    private static List<Slide> fromCsv(Path file, List<String> dropped) throws IOException, ExchangeException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<Slide> slides = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get())) {
            if (!parser.getHeaderMap().containsKey("Headline") || !parser.getHeaderMap().containsKey("Year")) {
                throw new ExchangeException(file + " is not the TimelineJS template: its first row needs the columns "
                        + "Year, Month, Day, … Headline, Text, Media … Group (as in the Google Sheets template)");
            }
            for (String column : parser.getHeaderNames()) {
                if (!column.isBlank() && !TEMPLATE_COLUMNS.contains(column.strip().toLowerCase(Locale.ROOT))) {
                    dropped.add("column \"" + column + "\": not a column of the TimelineJS template, not read");
                }
            }
            for (CSVRecord row : parser) {
                Map<String, String> start = new LinkedHashMap<>();
                Map<String, String> end = new LinkedHashMap<>();
                put(start, "year", row, "Year");
                put(start, "month", row, "Month");
                put(start, "day", row, "Day");
                put(start, "hour", row, "Time");
                put(end, "year", row, "End Year");
                put(end, "month", row, "End Month");
                put(end, "day", row, "End Day");
                put(end, "hour", row, "End Time");
                String type = cell(row, "Type");
                slides.add(new Slide("row " + (row.getRecordNumber() + 1), start, end, cell(row, "Headline"),
                        cell(row, "Text"), cell(row, "Media"), cell(row, "Media Caption"), cell(row, "Media Credit"),
                        cell(row, "Media Thumbnail"), cell(row, "Group"),
                        type == null ? null : type.toLowerCase(Locale.ROOT), cell(row, "Display Date"),
                        cell(row, "Background"), null));
            }
        }
        return slides;
    }

    private static void put(Map<String, String> date, String part, CSVRecord row, String column) {
        String value = cell(row, column);
        if (value != null) {
            date.put(part, value);
        }
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    // ---- turning slides into content ----

    private static final class Importer {
        private final Path timeline;
        private final Path dir;
        private final String language;
        private final List<String> kept = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Map<String, String> kinds = new LinkedHashMap<>();
        private final List<Slide> eras = new ArrayList<>();

        Importer(Path timeline, Path dir, String language) {
            this.timeline = timeline;
            this.dir = dir;
            this.language = language;
        }

        Outcome run(List<Slide> slides) throws IOException, ExchangeException {
            Path exhibitionFile = dir.resolve(ContentSchema.EXHIBITION_JSON.name());
            Path eventsFile = dir.resolve(ContentSchema.EVENTS_JSON.name());
            boolean fresh = !Files.exists(exhibitionFile);
            JsonObject exhibition = fresh ? new JsonObject() : read(exhibitionFile);
            JsonObject eventsRoot = Files.exists(eventsFile) ? read(eventsFile) : eventsFile();
            if (!(eventsRoot.get("events") instanceof JsonArray)) {
                eventsRoot.add("events", new JsonArray());
            }
            JsonArray events = eventsRoot.getAsJsonArray("events");
            events.forEach(e -> {
                if (e instanceof JsonObject event && event.get("id") instanceof JsonPrimitive id) {
                    ids.add(id.getAsString());
                }
            });
            Set<String> knownKinds = new HashSet<>();
            if (exhibition.get("eventKinds") instanceof JsonArray list) {
                list.forEach(k -> {
                    if (k instanceof JsonObject kind && kind.get("id") instanceof JsonPrimitive id) {
                        knownKinds.add(id.getAsString());
                    }
                });
            }
            Slide title = slides.stream().filter(s -> "title".equals(s.type())).findFirst().orElse(null);
            slides.stream().filter(s -> "era".equals(s.type())).forEach(eras::add);
            int added = 0;
            for (Slide slide : slides) {
                if (slide.type() == null || slide.type().isEmpty()) {
                    JsonObject event = event(slide);
                    if (event != null) {
                        events.add(event);
                        added++;
                    }
                } else if (!"title".equals(slide.type()) && !"era".equals(slide.type())) {
                    dropped.add(slide.where() + ": type \"" + slide.type() + "\" is not an event, a title or an era");
                }
            }
            for (Slide era : eras) {
                kept.add(era.where() + ": era \"" + HtmlText.of(era.headline()).text() + "\" "
                        + era.start().getOrDefault("year", "?") + "–" + era.end().getOrDefault("year", "?")
                        + ": named in the source note of the events it spans (the kiosk draws no eras)");
            }
            if (fresh) {
                exhibition = newExhibition(title);
            } else if (title != null) {
                dropped.add("title: \"" + HtmlText.of(title.headline()).text() + "\": " + dir
                        + " already has its exhibition title");
            }
            addKinds(exhibition, knownKinds);
            Files.createDirectories(dir);
            write(exhibitionFile, exhibition);
            write(eventsFile, eventsRoot);
            Path casesFile = dir.resolve(ContentSchema.CASES_JSON.name());
            if (!Files.exists(casesFile)) {
                JsonObject cases = new JsonObject();
                cases.addProperty(SheetLayout.SCHEMA_LINK, ContentSchema.CASES_JSON.schemaPath());
                cases.add("cases", new JsonArray());
                write(casesFile, cases);
            }
            if (!Files.isDirectory(dir.resolve("schema"))) {
                JsonSchemaWriter.writeAll(dir);
            }
            return new Outcome(added, kept, dropped, ContentValidator.validate(dir));
        }

        private JsonObject event(Slide slide) throws IOException {
            String headline = HtmlText.of(slide.headline()).text();
            String name = slide.where() + (headline.isEmpty() ? "" : " \"" + headline + "\"");
            String date = date(slide.start(), name, "start_date");
            if (date == null) {
                return null;
            }
            JsonObject event = new JsonObject();
            event.addProperty("id", id(slide, headline, date));
            event.addProperty("date", date);
            String end = slide.end().isEmpty() ? null : date(slide.end(), name, "end_date");
            if (end != null) {
                event.addProperty("endDate", end);
            }
            event.addProperty("kind", kind(slide.group()));
            HtmlText text = HtmlText.of(slide.text());
            text.links().forEach(link -> dropped.add(name + ": link " + link + " (its words are kept; the kiosk is "
                    + "offline and visitors cannot follow it)"));
            if (!headline.isEmpty()) {
                event.add("title", texts(headline));
            }
            if (!text.text().isEmpty()) {
                event.add("summary", texts(text.firstParagraph()));
                if (!text.firstParagraph().equals(text.text())) {
                    event.add("body", texts(text.text()));
                }
            }
            media(slide, name, event);
            if (slide.displayDate() != null || slide.start().containsKey("display_date")) {
                dropped.add(name + ": display date \"" + (slide.displayDate() != null ? slide.displayDate()
                        : slide.start().get("display_date")) + "\" (the kiosk writes every date the same way)");
            }
            if (slide.background() != null) {
                dropped.add(name + ": background (the kiosk's theme colours every card)");
            }
            JsonObject source = new JsonObject();
            source.add("title", texts(word("source")));
            source.addProperty("note", note(slide, date, end));
            JsonArray sources = new JsonArray();
            sources.add(source);
            event.add("sources", sources);
            kept.add(name + ": event " + event.get("id").getAsString() + " on " + date
                    + (end == null ? "" : " to " + end) + ", kind " + event.get("kind").getAsString());
            return event;
        }

        /** YYYY, YYYY-MM or YYYY-MM-DD from TimelineJS's parts; a date the kiosk cannot hold drops the event. */
        private String date(Map<String, String> parts, String name, String field) {
            String year = parts.get("year");
            if (year == null) {
                dropped.add(name + ": no " + field + " year, so it has no place on the timeline");
                return null;
            }
            if (!year.matches("\\d{1,4}") || Integer.parseInt(year) < 1) {
                dropped.add(name + ": " + field + " year " + year + " (the kiosk shows the years 1 to 9999)");
                return null;
            }
            if (parts.containsKey("hour") || parts.containsKey("minute")) {
                dropped.add(name + ": the time of day of its " + field + " (the kiosk shows days)");
            }
            StringBuilder date = new StringBuilder(String.format("%04d", Integer.parseInt(year)));
            String month = parts.get("month");
            if (month != null) {
                date.append('-').append(month.matches("\\d") ? "0" + month : month);
                String day = parts.get("day");
                if (day != null) {
                    date.append('-').append(day.matches("\\d") ? "0" + day : day);
                }
            }
            return date.toString();
        }

        private String id(Slide slide, String headline, String date) {
            String base = slide.uniqueId() != null && slide.uniqueId().matches(Format.ID.pattern)
                    ? slide.uniqueId() : slug(date.substring(0, 4) + " " + headline);
            if (base.length() > 60) {
                base = base.substring(0, 60).replaceAll("-+$", "");
            }
            String id = base;
            for (int n = 2; ids.contains(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
            return id;
        }

        private String kind(String group) {
            if (group == null || group.isBlank()) {
                kinds.putIfAbsent(DEFAULT_KIND, word(DEFAULT_KIND));
                return DEFAULT_KIND;
            }
            String label = HtmlText.of(group).text();
            String id = slug(label);
            if (!id.matches(Format.ID.pattern)) {
                id = "group-" + (kinds.size() + 1);
            }
            kinds.putIfAbsent(id, label);
            return id;
        }

        private void media(Slide slide, String name, JsonObject event) throws IOException {
            String url = slide.mediaUrl();
            String caption = HtmlText.of(slide.caption()).text();
            String credit = HtmlText.of(slide.credit()).text();
            if (slide.thumbnail() != null) {
                dropped.add(name + ": thumbnail " + slide.thumbnail() + " (the kiosk draws its own cards)");
            }
            if (url == null || url.isBlank()) {
                return;
            }
            String also = (caption.isEmpty() ? "" : "; its caption \"" + caption + "\"")
                    + (credit.isEmpty() ? "" : (caption.isEmpty() ? "; its" : " and") + " credit \"" + credit + "\"")
                    + (caption.isEmpty() && credit.isEmpty() ? "" : " go with it");
            if (url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                dropped.add(name + ": media " + url + " is on the web and the kiosk is offline: save the picture "
                        + "into media/ and name it in the event's image" + also);
                return;
            }
            String extension = url.contains(".") ? url.substring(url.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            if (!PICTURES.contains(extension)) {
                dropped.add(name + ": media " + url + " is not a picture, and a timeline event shows only a picture: "
                        + "give the clip to a case's media" + also);
                return;
            }
            String file = local(url);
            if (file == null) {
                dropped.add(name + ": media " + url + " is neither in " + dir + " nor beside " + timeline.getFileName()
                        + also);
                return;
            }
            JsonObject image = new JsonObject();
            image.addProperty("file", file);
            image.addProperty("type", "image");
            if (!caption.isEmpty()) {
                image.add("caption", texts(caption));
            }
            if (!credit.isEmpty()) {
                image.add("credit", texts(credit));
            }
            event.add("image", image);
            kept.add(name + ": picture " + file + (caption.isEmpty() ? "" : ", with its caption")
                    + (credit.isEmpty() ? "" : ", with its credit"));
        }

        /** The picture's path in the content folder; one beside the timeline file is copied into media/. */
        private String local(String url) throws IOException {
            String relative = url.replace('\\', '/').replaceFirst("^\\./", "");
            if (relative.startsWith("/") || relative.contains("..")) {
                return null;
            }
            if (Files.isRegularFile(dir.resolve(relative))) {
                return relative;
            }
            Path beside = timeline.toAbsolutePath().getParent().resolve(relative);
            if (!Files.isRegularFile(beside)) {
                return null;
            }
            String target = "media/timeline/" + beside.getFileName();
            Files.createDirectories(dir.resolve("media/timeline"));
            Files.copy(beside, dir.resolve(target), StandardCopyOption.REPLACE_EXISTING);
            return target;
        }

        private String note(Slide slide, String date, String end) {
            StringBuilder note = new StringBuilder("Imported from the TimelineJS timeline " + timeline.getFileName()
                    + " (" + slide.where() + "), which names no source: add the article or document this event "
                    + "comes from, then delete this note.");
            PartialDate from = PartialDate.parse(date).orElse(null);
            PartialDate to = end == null ? from : PartialDate.parse(end).orElse(from);
            for (Slide era : eras) {
                PartialDate eraFrom = PartialDate.parse(date(era.start(), "", "")).orElse(null);
                PartialDate eraTo = era.end().isEmpty() ? eraFrom : PartialDate.parse(date(era.end(), "", ""))
                        .orElse(null);
                if (from != null && eraFrom != null && eraTo != null && !from.start().isAfter(eraTo.end())
                        && !to.end().isBefore(eraFrom.start())) {
                    note.append(" Era: ").append(HtmlText.of(era.headline()).text()).append('.');
                }
            }
            return note.toString();
        }

        private JsonObject newExhibition(Slide title) {
            JsonObject exhibition = new JsonObject();
            exhibition.addProperty(SheetLayout.SCHEMA_LINK, ContentSchema.EXHIBITION_JSON.schemaPath());
            String name = title == null ? "" : HtmlText.of(title.headline()).text();
            if (name.isEmpty()) {
                name = timeline.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                dropped.add("title: the timeline has no title slide; the exhibition is called \"" + name + "\"");
            } else {
                kept.add("title: \"" + name + "\" as the exhibition's title");
            }
            String id = slug(name);
            exhibition.addProperty("id", id.matches(Format.ID.pattern) ? id : "timeline");
            exhibition.add("title", texts(name));
            String intro = title == null ? "" : HtmlText.of(title.text()).text();
            if (!intro.isEmpty()) {
                exhibition.add("intro", texts(intro));
            }
            JsonObject offered = new JsonObject();
            offered.addProperty("code", language);
            Locale locale = Locale.forLanguageTag(language);
            offered.addProperty("name", locale.getDisplayLanguage(locale).isEmpty() ? language
                    : locale.getDisplayLanguage(locale));
            JsonArray languages = new JsonArray();
            languages.add(offered);
            exhibition.add("languages", languages);
            exhibition.addProperty("defaultLanguage", language);
            exhibition.add("eventKinds", new JsonArray());
            exhibition.add("themes", category("other", word("other")));
            exhibition.add("regions", category("other", word("other")));
            return exhibition;
        }

        private void addKinds(JsonObject exhibition, Set<String> known) {
            if (!(exhibition.get("eventKinds") instanceof JsonArray)) {
                exhibition.add("eventKinds", new JsonArray());
            }
            JsonArray list = exhibition.getAsJsonArray("eventKinds");
            kinds.forEach((id, label) -> {
                if (!known.contains(id)) {
                    list.addAll(category(id, label));
                    kept.add(id.equals(DEFAULT_KIND) && label.equals(word(DEFAULT_KIND))
                            ? "events without a group: the kind of event " + id
                            : "group \"" + label + "\" as the kind of event " + id);
                }
            });
        }

        private JsonArray category(String id, String label) {
            JsonObject category = new JsonObject();
            category.addProperty("id", id);
            category.add("label", texts(label));
            JsonArray list = new JsonArray();
            list.add(category);
            return list;
        }

        private JsonObject texts(String text) {
            JsonObject texts = new JsonObject();
            texts.addProperty(language, text);
            return texts;
        }

        private String word(String key) {
            return WORDS.get(key).getOrDefault(language, WORDS.get(key).get("en"));
        }

        private static JsonObject eventsFile() {
            JsonObject root = new JsonObject();
            root.addProperty(SheetLayout.SCHEMA_LINK, ContentSchema.EVENTS_JSON.schemaPath());
            return root;
        }

        private static JsonObject read(Path file) throws IOException, ExchangeException {
            try {
                JsonElement tree = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
                if (tree instanceof JsonObject object) {
                    return object;
                }
            } catch (JsonParseException e) {
                // reported below
            }
            throw new ExchangeException(file + " cannot be read as JSON: run --validate on the folder and fix it "
                    + "first, or import into a new folder");
        }

        private static void write(Path file, JsonObject json) throws IOException {
            Files.writeString(file, GSON.toJson(json) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Lower-case ASCII words joined by hyphens: accents dropped, other scripts left out. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
