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
import org.wuzhenkiosk.content.Wording;
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

    /** What the import kept and dropped (each with its reason, in any staff language), and what the check said. */
    public record Outcome(int events, List<Wording> keptSays, List<Wording> droppedSays,
                          ContentValidator.Report check) {
        /** What was kept, in English. */
        public List<String> kept() {
            return keptSays.stream().map(Wording::toString).toList();
        }

        /** What was dropped, in English. */
        public List<String> dropped() {
            return droppedSays.stream().map(Wording::toString).toList();
        }
    }

    /** A slide of the timeline, from either format; {@code where} names it for staff ("events[3]", "row 5"). */
    private record Slide(Wording where, Map<String, String> start, Map<String, String> end, String headline,
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
                throw new ExchangeException(Wording.of("timelinejs.no.object", file));
            }
            root = object;
        } catch (JsonParseException e) {
            throw new ExchangeException(Wording.of("timelinejs.not.json", file, String.valueOf(e.getMessage())));
        }
        if (root.has("scale") && !"human".equals(string(root.get("scale")))) {
            throw new ExchangeException(Wording.of("timelinejs.scale", file, string(root.get("scale"))));
        }
        List<Slide> slides = new ArrayList<>();
        if (root.get("title") instanceof JsonObject title) {
            slides.add(slide(Wording.of("timelinejs.title.slide"), title, "title"));
        }
        if (root.get("events") instanceof JsonArray events) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof JsonObject event) {
                    slides.add(slide(Wording.of("plain", "events[" + i + "]"), event, null));
                }
            }
        } else {
            throw new ExchangeException(Wording.of("timelinejs.no.events", file));
        }
        if (root.get("eras") instanceof JsonArray eras) {
            for (int i = 0; i < eras.size(); i++) {
                if (eras.get(i) instanceof JsonObject era) {
                    slides.add(slide(Wording.of("plain", "eras[" + i + "]"), era, "era"));
                }
            }
        }
        return slides;
    }

    private static Slide slide(Wording where, JsonObject json, String type) {
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

    private static List<Slide> fromCsv(Path file, List<Wording> dropped) throws IOException, ExchangeException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<Slide> slides = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true).get())) {
            if (!parser.getHeaderMap().containsKey("Headline") || !parser.getHeaderMap().containsKey("Year")) {
                throw new ExchangeException(Wording.of("timelinejs.not.template", file));
            }
            for (String column : parser.getHeaderNames()) {
                if (!column.isBlank() && !TEMPLATE_COLUMNS.contains(column.strip().toLowerCase(Locale.ROOT))) {
                    dropped.add(Wording.of("timelinejs.column", column));
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
                slides.add(new Slide(Wording.of("timelinejs.row", row.getRecordNumber() + 1), start, end,
                        cell(row, "Headline"), cell(row, "Text"), cell(row, "Media"), cell(row, "Media Caption"),
                        cell(row, "Media Credit"), cell(row, "Media Thumbnail"), cell(row, "Group"),
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
        private final List<Wording> kept = new ArrayList<>();
        private final List<Wording> dropped = new ArrayList<>();
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
                    dropped.add(Wording.of("timelinejs.type", slide.where(), slide.type()));
                }
            }
            for (Slide era : eras) {
                kept.add(Wording.of("timelinejs.era", era.where(), HtmlText.of(era.headline()).text(),
                        era.start().getOrDefault("year", "?"), era.end().getOrDefault("year", "?")));
            }
            if (fresh) {
                exhibition = newExhibition(title);
            } else if (title != null) {
                dropped.add(Wording.of("timelinejs.title.kept", HtmlText.of(title.headline()).text(), dir));
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
            Wording name = headline.isEmpty() ? slide.where() : Wording.of("timelinejs.named", slide.where(), headline);
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
            text.links().forEach(link -> dropped.add(Wording.of("timelinejs.link", name, link)));
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
                dropped.add(Wording.of("timelinejs.display.date", name,
                        slide.displayDate() != null ? slide.displayDate() : slide.start().get("display_date")));
            }
            if (slide.background() != null) {
                dropped.add(Wording.of("timelinejs.background", name));
            }
            JsonObject source = new JsonObject();
            source.add("title", texts(word("source")));
            source.addProperty("note", note(slide, date, end));
            JsonArray sources = new JsonArray();
            sources.add(source);
            event.add("sources", sources);
            kept.add(Wording.of(end == null ? "timelinejs.event" : "timelinejs.event.span", name,
                    event.get("id").getAsString(), date, event.get("kind").getAsString(), end));
            return event;
        }

        /**
         * YYYY, YYYY-MM or YYYY-MM-DD from TimelineJS's parts; a date the kiosk cannot hold drops the event.
         * {@code name} null: only the date is wanted, nothing is reported.
         */
        private String date(Map<String, String> parts, Wording name, String field) {
            List<Wording> report = name == null ? new ArrayList<>() : dropped;
            String year = parts.get("year");
            if (year == null) {
                report.add(Wording.of("timelinejs.no.year", name, field));
                return null;
            }
            if (!year.matches("\\d{1,4}") || Integer.parseInt(year) < 1) {
                report.add(Wording.of("timelinejs.year.range", name, field, year));
                return null;
            }
            if (parts.containsKey("hour") || parts.containsKey("minute")) {
                report.add(Wording.of("timelinejs.time", name, field));
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

        private void media(Slide slide, Wording name, JsonObject event) throws IOException {
            String url = slide.mediaUrl();
            String caption = HtmlText.of(slide.caption()).text();
            String credit = HtmlText.of(slide.credit()).text();
            if (slide.thumbnail() != null) {
                dropped.add(Wording.of("timelinejs.thumbnail", name, slide.thumbnail()));
            }
            if (url == null || url.isBlank()) {
                return;
            }
            Wording also = caption.isEmpty() && credit.isEmpty() ? Wording.of("plain", "")
                    : credit.isEmpty() ? Wording.of("timelinejs.also.caption", caption)
                    : caption.isEmpty() ? Wording.of("timelinejs.also.credit", credit)
                    : Wording.of("timelinejs.also.both", caption, credit);
            if (url.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                dropped.add(Wording.of("timelinejs.media.web", name, url, also));
                return;
            }
            String extension = url.contains(".") ? url.substring(url.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            if (!PICTURES.contains(extension)) {
                dropped.add(Wording.of("timelinejs.media.not.picture", name, url, also));
                return;
            }
            String file = local(url);
            if (file == null) {
                dropped.add(Wording.of("timelinejs.media.missing", name, url, dir, timeline.getFileName(), also));
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
            kept.add(Wording.of(caption.isEmpty() && credit.isEmpty() ? "timelinejs.picture"
                    : credit.isEmpty() ? "timelinejs.picture.caption" : caption.isEmpty() ? "timelinejs.picture.credit"
                    : "timelinejs.picture.both", name, file));
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
                PartialDate eraFrom = PartialDate.parse(date(era.start(), null, "")).orElse(null);
                PartialDate eraTo = era.end().isEmpty() ? eraFrom : PartialDate.parse(date(era.end(), null, ""))
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
                dropped.add(Wording.of("timelinejs.title.none", name));
            } else {
                kept.add(Wording.of("timelinejs.title", name));
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
                            ? Wording.of("timelinejs.kind.default", id) : Wording.of("timelinejs.kind", label, id));
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
            throw new ExchangeException(Wording.of("timelinejs.folder.not.json", file));
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
