package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import org.wuzhenkiosk.content.FieldType.Choice;
import org.wuzhenkiosk.content.FieldType.Decimal;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.Flag;
import org.wuzhenkiosk.content.FieldType.ListOf;
import org.wuzhenkiosk.content.FieldType.Localized;
import org.wuzhenkiosk.content.FieldType.Shape;
import org.wuzhenkiosk.content.FieldType.Text;
import org.wuzhenkiosk.content.FieldType.Whole;
import org.wuzhenkiosk.content.FieldType.Word;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.BooleanNode;
import org.wuzhenkiosk.content.JsonNode.NumberNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;
import org.wuzhenkiosk.content.Problem.Severity;

/**
 * Checks a content folder and reports every problem in one run: well-formedness, the shape of each record,
 * references between records, places, dates, media files and missing translations.
 */
public final class ContentValidator {

    /** The one text field no visitor screen shows, which may hold whatever staff need. */
    private static final String STAFF_ONLY = "note";

    private final Path root;
    private final ByteSource files;
    private final Playback playback;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<ContentFile, JsonNode> trees = new LinkedHashMap<>();
    /** Texts over their field's length, by identity: equal texts at two places are two entries. */
    private final Map<JsonNode, Integer> cuts = new IdentityHashMap<>();
    private int unlistedErrors;
    private int unlistedWarnings;
    private Problem firstUnlisted;
    /** Verdicts by file and type: many records may share one picture, which is decoded once. */
    private final Map<String, MediaProbe.Verdict> probed = new HashMap<>();
    private List<String> offeredLanguages = List.of();
    private String currentFile;
    /** The content folder with every link in its path followed, to which every media file must lead. */
    private Path realRoot;

    private ContentValidator(Path root, ByteSource files, Playback playback) {
        this.root = root.toAbsolutePath().normalize();
        this.files = files;
        this.playback = playback;
    }

    /** Where the validator gets a content file's bytes: the disk, or a test that counts or changes the reads. */
    @FunctionalInterface
    interface ByteSource {
        byte[] read(Path file) throws IOException;
    }

    /**
     * What the validator found: every problem, the parsed files for the loader to bind, and the texts too long for
     * the screens with the length each is cut to (keyed by the node itself).
     */
    public record Report(Path root, List<Problem> problems, Map<ContentFile, JsonNode> trees,
                         Map<JsonNode, Integer> cuts) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }

        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }

    /** Reads and parses each content file once, then checks the trees; the report keeps them for the loader. */
    public static Report validate(Path contentRoot) {
        return validate(contentRoot, Playback.ANY);
    }

    /** As {@link #validate(Path)}, warning about each clip or narration that {@code playback} cannot play. */
    public static Report validate(Path contentRoot, Playback playback) {
        return validate(contentRoot, Files::readAllBytes, playback);
    }

    static Report validate(Path contentRoot, ByteSource files, Playback playback) {
        ContentValidator validator = new ContentValidator(contentRoot, files, playback);
        try {
            validator.run();
        } catch (RuntimeException e) {
            // whatever the folder holds, staff get a message and the kiosk its fallback, never a stack trace
            validator.error(0, 0, "$", say("check.stopped", e.toString()), say("check.stopped.fix"));
        }
        validator.countUnlisted();
        return new Report(validator.root, List.copyOf(validator.problems), Map.copyOf(validator.trees),
                Collections.unmodifiableMap(validator.cuts));
    }

    private void run() {
        if (!Files.isDirectory(root)) {
            currentFile = root.toString();
            error(0, 0, "", say("folder.missing"), say("folder.missing.fix"));
            return;
        }
        for (ContentFile file : ContentSchema.FILES) {
            read(file).ifPresent(tree -> trees.put(file, tree));
        }
        offeredLanguages = offeredLanguages();
        // first, so that what is left out is listed however many other problems follow
        checkCount(ContentSchema.EVENTS_JSON, "events", Limits.EVENTS, "timeline");
        checkCount(ContentSchema.CASES_JSON, "cases", Limits.CASES, "cases-screen");
        trees.forEach((file, tree) -> {
            currentFile = file.name();
            checkShape(tree, file.shape());
        });
        checkReferences();
    }

    /** More records than the kiosk shows: the first ones are shown, and the first one left out is named. */
    private void checkCount(ContentFile file, String list, int limit, String screen) {
        ObjectNode parent = object(file);
        List<JsonNode> items = parent == null ? List.of() : items(parent, list);
        if (items.size() > limit) {
            currentFile = file.name();
            warning(items.get(limit), say("count.over", items.size(), say("noun." + list), say("noun." + screen),
                    limit, items.size() - limit), say("count.over.fix", limit, say("noun." + list)));
        }
    }

    // ---- reading ----

    private Optional<JsonNode> read(ContentFile file) {
        currentFile = file.name();
        Path path = root.resolve(file.name());
        if (!Files.exists(path)) {
            if (file.required()) {
                error(0, 0, "$", say("file.missing"), say("file.missing.fix", file.name()));
            }
            return Optional.empty();
        }
        // the content file itself, like a media file, must lie in the folder: a link may lead to any file or device
        Optional<Path> outside = linkedOutside(path);
        if (outside.isPresent()) {
            error(0, 0, "$", say("file.link", file.name(), outside.get()), say("file.link.fix"));
            return Optional.empty();
        }
        // a pipe would never end and a device may be endless: only an ordinary file is read
        if (!Files.isRegularFile(path)) {
            error(0, 0, "$", say("file.not.regular"), say("file.not.regular.fix", file.name()));
            return Optional.empty();
        }
        Utf8Text.Decoded decoded;
        try {
            long size = Files.size(path);
            if (size > Limits.CONTENT_FILE_BYTES) {
                error(0, 0, "$", say("file.too.big", Limits.megabytes(size),
                        Limits.megabytes(Limits.CONTENT_FILE_BYTES)), say("file.too.big.fix"));
                return Optional.empty();
            }
            decoded = Utf8Text.decode(files.read(path));
        } catch (IOException e) {
            error(0, 0, "$", say("file.unreadable", String.valueOf(e.getMessage())), say("file.unreadable.fix"));
            return Optional.empty();
        }
        if (!decoded.ok()) {
            error(decoded.line(), decoded.column(), "$", decoded.says(), say("file.utf8.fix"));
            return Optional.empty();
        }
        LocatedJsonParser.Result result = LocatedJsonParser.parse(decoded.text());
        if (!result.ok()) {
            LocatedJsonParser.Malformed m = result.malformed();
            error(m.line(), m.column(), m.path(), say("json.malformed", m.says()),
                    m.fixSays() != null ? m.fixSays() : say("json.malformed.fix"));
            return Optional.empty();
        }
        for (LocatedJsonParser.DuplicateKey dup : result.duplicateKeys()) {
            error(dup.line(), dup.column(), dup.path(), say("json.duplicate", dup.name()), say("json.duplicate.fix"));
        }
        return Optional.of(result.root());
    }

    private List<String> offeredLanguages() {
        return Vocabulary.ids(trees.get(ContentSchema.EXHIBITION_JSON), "languages", "code");
    }

    // ---- shape ----

    private void checkShape(JsonNode node, FieldType type) {
        if (type instanceof Shape shape) {
            checkObject(node, shape);
        } else if (type instanceof ListOf list) {
            checkList(node, list);
        } else if (type instanceof Localized) {
            checkLocalized(node);
        } else if (type instanceof Text text) {
            checkText(node, text);
        } else if (type instanceof Word word) {
            checkWord(node, word);
        } else if (type instanceof Whole whole) {
            checkWhole(node, whole);
        } else if (type instanceof Decimal decimal) {
            checkDecimal(node, decimal);
        } else if (type instanceof Flag) {
            if (node instanceof StringNode quoted && quoted.value().matches("true|false")) {
                error(node, say("flag.quoted", quoted.value()), say("flag.quoted.fix", quoted.value()));
            } else if (!(node instanceof BooleanNode)) {
                wrongType(node, say("expect.flag"));
            }
        } else if (type instanceof Choice choice) {
            checkChoice(node, choice);
        }
    }

    private void checkObject(JsonNode node, Shape shape) {
        if (!(node instanceof ObjectNode object)) {
            wrongType(node, say("expect.object", say("shape.a." + shape.name())));
            return;
        }
        List<String> known = shape.fields().stream().map(Field::name).toList();
        Set<String> misspelt = new LinkedHashSet<>();
        for (JsonNode.Member member : object.members().values()) {
            Field field = shape.field(member.name());
            if (field == null) {
                Optional<String> meant = Suggestions.closest(member.name(), known)
                        .filter(s -> !object.members().containsKey(s));
                meant.ifPresent(misspelt::add);
                Wording fix = meant.map(s -> say("did.you.mean", s))
                        .orElse(say("field.unknown.fix", say("shape.a." + shape.name()), String.join(", ", known)));
                error(member.line(), member.column(), member.value().path(),
                        say("field.unknown", member.name(), say("shape.a." + shape.name())), fix);
                continue;
            }
            checkShape(member.value(), field.type());
        }
        for (Field field : shape.fields()) {
            if (field.required() && !object.members().containsKey(field.name()) && !misspelt.contains(field.name())) {
                error(object.line(), object.column(), object.path(),
                        say("field.required", field.name(), say("shape." + shape.name())),
                        say("field.required.fix", field.name(), field.example(), field.description()));
            }
        }
    }

    private void checkList(JsonNode node, ListOf list) {
        if (!(node instanceof ArrayNode array)) {
            wrongType(node, say("expect.list"));
            return;
        }
        if (array.items().size() < list.minItems()) {
            error(array, say(list.minItems() == 1 ? "list.empty" : "list.short", list.minItems()),
                    say("list.empty.fix"));
        }
        array.items().forEach(item -> checkShape(item, list.item()));
    }

    private void checkLocalized(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            wrongType(node, say("expect.localized", textExample()));
            return;
        }
        if (object.members().isEmpty()) {
            error(object, say("text.no.language"), say("text.no.language.fix", textExample()));
            return;
        }
        Set<String> written = new LinkedHashSet<>();
        for (JsonNode.Member member : object.members().values()) {
            if (!offeredLanguages.isEmpty() && !offeredLanguages.contains(member.name())) {
                Optional<String> meant = meantLanguage(member.name());
                if (meant.isEmpty() && ContentSchema.COUNTRIES_JSON.name().equals(currentFile)) {
                    continue; // the country table names countries in languages an exhibition may add later
                }
                meant.ifPresent(written::add);
                Wording fix = meant.map(s -> say("language.meant", s))
                        .orElse(say("language.not.offered.fix", Wording.quoted(offeredLanguages)));
                error(member.line(), member.column(), member.value().path(),
                        say("language.not.offered", member.name()), fix);
                continue;
            }
            written.add(member.name());
            if (!(member.value() instanceof StringNode text)) {
                wrongType(member.value(), say("expect.text"));
            } else if (text.value().isBlank()) {
                warning(text, say("text.language.empty", member.name()), say("text.language.empty.fix"));
            } else {
                checkVisible(text, say("text.in", member.name()), fieldName(object.path()));
                for (String marker : InternalMarkers.in(text.value())) {
                    warning(text, say("text.marker", marker, member.name()), say("text.marker.fix"));
                }
                List<String> boxes = BundledGlyphs.missingIn(ControlCharacters.strip(text.value()));
                if (!boxes.isEmpty()) {
                    String named = boxes.stream().map(c -> c + " (U+" + String.format("%04X", c.codePointAt(0)) + ")")
                            .collect(Collectors.joining(", "));
                    warning(text, say("text.no.glyph", named, member.name()), say("text.no.glyph.fix"));
                }
            }
        }
        checkTranslated(object);
        for (String language : offeredLanguages) {
            if (!written.contains(language)) {
                warning(object, say("text.missing", language), say("text.missing.fix", language));
            }
        }
    }

    /** {"zh": "…", "en": "…"} with the offered languages. */
    private String textExample() {
        List<String> languages = offeredLanguages.isEmpty() ? List.of("zh", "en") : offeredLanguages;
        return languages.stream().map(l -> "\"" + l + "\": \"…\"").collect(Collectors.joining(", ", "{", "}"));
    }

    /**
     * The offered language a wrong key stands for: the same letters in another case ("ZH"), with a region or script
     * ("zh_CN", "zh-Hans"), or a code people often use for it ("cn" for Chinese); nothing for an unrelated one.
     */
    private Optional<String> meantLanguage(String key) {
        String base = key.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        String language = COMMON_LANGUAGE_MISTAKES.getOrDefault(base, base);
        return offeredLanguages.stream().filter(language::equals).findFirst();
    }

    /** The same words in two languages of different scripts: one of them was never translated. */
    private void checkTranslated(ObjectNode object) {
        List<JsonNode.Member> texts = object.members().values().stream()
                .filter(m -> m.value() instanceof StringNode && offeredLanguages.contains(m.name())).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                JsonNode.Member a = texts.get(i);
                JsonNode.Member b = texts.get(j);
                String textA = ((StringNode) a.value()).value();
                String textB = ((StringNode) b.value()).value();
                if (InternalMarkers.untranslated(a.name(), textA, b.name(), textB)) {
                    warning(b.line(), b.column(), b.value().path(), say("text.untranslated", a.name(), b.name()),
                            say("text.untranslated.fix"));
                }
            }
        }
    }

    /** A word defined elsewhere in the folder: only its list can say whether it is right (checkReferences). */
    private void checkWord(JsonNode node, Word type) {
        if (!(node instanceof StringNode)) {
            wrongType(node, format(type.kind().format()));
        }
    }

    private void checkText(JsonNode node, Text type) {
        if (!(node instanceof StringNode text)) {
            wrongType(node, format(type.format()));
            return;
        }
        String value = text.value();
        switch (type.format()) {
            case DATE -> {
                try {
                    PartialDate.parseOrThrow(value);
                } catch (IllegalArgumentException e) {
                    error(text, say("date.bad", dateMistake(value)), say("format.write", format(type.format())));
                }
            }
            case ANY -> {
                if (value.isBlank()) {
                    error(text, say("text.blank"), say("text.blank.fix"));
                } else if (!STAFF_ONLY.equals(fieldName(text.path()))) {
                    checkVisible(text, say("text.the"), fieldName(text.path()));
                }
            }
            case MEDIA_PATH -> {
                if (value.isBlank()) {
                    error(text, say("text.blank"), say("text.blank.fix"));
                }
            }
            default -> {
                if (!value.matches(type.format().pattern)) {
                    error(text, say("format.mismatch", value, format(type.format())),
                            say("format.write", format(type.format())));
                }
            }
        }
    }

    /** Characters that would steer the screen instead of being read, and texts too long for any screen. */
    private void checkVisible(StringNode text, Wording what, String field) {
        Set<String> hidden = ControlCharacters.namedIn(text.value());
        if (!hidden.isEmpty()) {
            warning(text, say("text.control", what, String.join(", ", hidden)), say("text.control.fix"));
        }
        int limit = Limits.charsFor(field);
        int length = text.value().codePointCount(0, text.value().length());
        if (length > limit) {
            cuts.put(text, limit);
            warning(text, say("text.too.long", what, length, field, limit),
                    say(limit < Limits.BODY_CHARS ? "text.too.long.fix" : "text.too.long.body.fix"));
        }
    }

    /** What is wrong with a date PartialDate refused: its form, its month or its day. */
    private static Wording dateMistake(String value) {
        Matcher m = DATE_PARTS.matcher(value.trim());
        if (!m.matches()) {
            return say("date.form", value);
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return say("date.month", m.group(2));
        }
        return say("date.day", m.group(1) + "-" + m.group(2), Integer.parseInt(m.group(3)));
    }

    /** "title" for "$.events[3].title", "body" for "$.cases[0]['body']". */
    private static String fieldName(String path) {
        String last = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('[')) + 1);
        return last.replaceAll("[\\]\\['\"]", "");
    }

    private void checkWhole(JsonNode node, Whole whole) {
        if (isQuotedNumber(node)) {
            return;
        }
        if (!(node instanceof NumberNode number) || !number.isInteger()) {
            wrongType(node, say("expect.whole"));
            return;
        }
        double value = number.doubleValue();
        if (value < whole.min() || value > whole.max()) {
            error(number, say("number.range", shortened(number.literal()), whole.min(), whole.max()),
                    say("number.range.fix", whole.min(), whole.max()));
        }
    }

    private void checkDecimal(JsonNode node, Decimal decimal) {
        if (isQuotedNumber(node)) {
            return;
        }
        if (!(node instanceof NumberNode number)) {
            wrongType(node, say("expect.number", say("quantity." + decimal.quantity())));
            return;
        }
        double value = number.doubleValue();
        if (value < decimal.min() || value > decimal.max()) {
            // a zoom is no coordinate: swapped latitude and longitude is no likely cause
            String fix = decimal.quantity().equals("zoom") ? "zoom.range.fix" : "decimal.range.fix";
            error(number, say("decimal.range", say("quantity." + decimal.quantity()), shortened(number.literal())),
                    say(fix, say("quantity." + decimal.quantity()), fmt(decimal.min()), fmt(decimal.max())));
        }
    }

    /** A number written in quotes is a text to JSON: staff only need to remove the quotes. */
    private boolean isQuotedNumber(JsonNode node) {
        if (node instanceof StringNode text && text.value().strip().matches("-?\\d+(\\.\\d+)?")) {
            error(text, say("number.quoted", text.value().strip()),
                    say("number.quoted.fix", text.value().strip(), text.value()));
            return true;
        }
        return false;
    }

    private void checkChoice(JsonNode node, Choice choice) {
        String only = choice.values().size() == 1 ? choice.values().get(0) : null;
        if (only != null && !(node instanceof StringNode s && s.value().equals(only))) {
            Object found = node instanceof StringNode s ? s.value() : found(node);
            error(node, say("choice.only", say("value." + only), found), say("choice.only.fix", only));
            return;
        }
        if (!(node instanceof StringNode text) || !choice.values().contains(text.value())) {
            Object found = node instanceof StringNode s ? Wording.quoted(List.of(s.value())) : found(node);
            Wording fix = node instanceof StringNode s
                    ? Suggestions.closest(s.value(), choice.values()).map(v -> say("did.you.mean", v)).orElse(null)
                    : null;
            error(node, say("choice.not", found, Wording.quoted(choice.values())),
                    fix != null ? fix : say("write.one.of", Wording.quoted(choice.values())));
        }
    }

    // ---- references, ids, dates, media ----

    private void checkReferences() {
        ObjectNode exhibition = object(ContentSchema.EXHIBITION_JSON);
        ObjectNode eventsFile = object(ContentSchema.EVENTS_JSON);
        ObjectNode casesFile = object(ContentSchema.CASES_JSON);
        ObjectNode countriesFile = object(ContentSchema.COUNTRIES_JSON);

        Map<String, Set<String>> categories = new HashMap<>();
        if (exhibition != null) {
            currentFile = ContentSchema.EXHIBITION_JSON.name();
            uniqueIds(items(exhibition, "languages"), "code", "language");
            for (String list : List.of("eventKinds", "themes", "regions")) {
                categories.put(list, knownIds(exhibition, list, "id", list));
            }
            if (exhibition.get("defaultLanguage") instanceof StringNode lang
                    && !offeredLanguages.isEmpty() && !offeredLanguages.contains(lang.value())) {
                error(lang, say("default.language", lang.value(), Wording.quoted(offeredLanguages)),
                        say("write.one.of", Wording.quoted(offeredLanguages)));
            }
        }

        Set<String> countryCodes = null;
        if (countriesFile != null) {
            currentFile = ContentSchema.COUNTRIES_JSON.name();
            countryCodes = knownIds(countriesFile, "countries", "code", "country");
            for (ObjectNode country : objects(items(countriesFile, "countries"))) {
                reference(country.get("partOf"), countryCodes, "country", "countries.json");
            }
        }
        if (countryCodes == null) {
            countryCodes = BundledCountries.codes();
        }

        // null while the file or its list is unreadable: its own error says so, and every reference into it
        // would otherwise be reported as dangling too
        Set<String> eventIds = null;
        Set<String> caseIds = null;
        if (eventsFile != null) {
            currentFile = ContentSchema.EVENTS_JSON.name();
            eventIds = knownIds(eventsFile, "events", "id", "event");
        }
        if (casesFile != null) {
            currentFile = ContentSchema.CASES_JSON.name();
            caseIds = knownIds(casesFile, "cases", "id", "case");
        }

        if (eventsFile != null) {
            currentFile = ContentSchema.EVENTS_JSON.name();
            for (ObjectNode event : objects(items(eventsFile, "events"))) {
                checkDates(event);
                if (exhibition != null) {
                    reference(event.get("kind"), categories.get("eventKinds"), "kind of event",
                            "exhibition.json eventKinds");
                }
                referenceList(event.get("cases"), caseIds, "case", "cases.json");
                if (event.get("place") instanceof ObjectNode place) {
                    reference(place.get("country"), countryCodes, "country", "countries.json");
                }
                checkMedia(event.get("image"), "image");
            }
        }
        if (casesFile != null) {
            currentFile = ContentSchema.CASES_JSON.name();
            for (ObjectNode caseNode : objects(items(casesFile, "cases"))) {
                if (exhibition != null) {
                    reference(caseNode.get("theme"), categories.get("themes"), "theme", "exhibition.json themes");
                    reference(caseNode.get("region"), categories.get("regions"), "region",
                            "exhibition.json regions");
                }
                referenceList(caseNode.get("events"), eventIds, "event", "events.json");
                uniqueIds(items(caseNode, "places"), "id", "place in this case");
                for (ObjectNode place : objects(items(caseNode, "places"))) {
                    reference(place.get("country"), countryCodes, "country", "countries.json");
                }
                for (ObjectNode partner : objects(items(caseNode, "partners"))) {
                    reference(partner.get("country"), countryCodes, "country", "countries.json");
                    checkPartnerCountry(partner);
                }
                checkMedia(caseNode.get("cover"), "image");
                for (JsonNode media : items(caseNode, "media")) {
                    checkMedia(media, null);
                }
            }
        }
        ObjectNode storyFile = object(ContentSchema.STORY_JSON);
        if (storyFile != null) {
            currentFile = ContentSchema.STORY_JSON.name();
            knownIds(storyFile, "stops", "id", "stop");
            Map<String, Set<String>> placesOfCases = new HashMap<>();
            if (casesFile != null) {
                for (ObjectNode caseNode : objects(items(casesFile, "cases"))) {
                    if (caseNode.get("id") instanceof StringNode id) {
                        placesOfCases.putIfAbsent(id.value(),
                                Set.copyOf(Vocabulary.ids(caseNode, "places", "id")));
                    }
                }
            }
            for (ObjectNode stop : objects(items(storyFile, "stops"))) {
                checkStop(stop);
                reference(stop.get("event"), eventIds, "event", "events.json");
                reference(stop.get("case"), caseIds, "case", "cases.json");
                if (stop.get("case") instanceof StringNode caseId && placesOfCases.containsKey(caseId.value())) {
                    referenceList(stop.get("places"), placesOfCases.get(caseId.value()), "place of the case",
                            caseId.value() + " (cases.json)");
                }
            }
        }
    }

    /** What a stop shows decides what it must name, and what would do nothing in it. */
    private void checkStop(ObjectNode stop) {
        if (!(stop.get("show") instanceof StringNode show) || !List.of("timeline", "map", "case")
                .contains(show.value())) {
            return; // its own error names it
        }
        Wording shows = say("stop.shows." + show.value());
        List<String> unused = switch (show.value()) {
            case "timeline" -> List.of("case", "places", "view");
            case "case" -> List.of("event", "places", "view");
            default -> stop.get("case") != null ? List.of("event", "view") : List.of("event", "places");
        };
        for (String field : unused) {
            JsonNode.Member member = stop.members().get(field);
            if (member != null) {
                Wording message = field.equals("view") ? say("stop.map.both")
                        : field.equals("places") && show.value().equals("map") ? say("stop.places.no.case")
                        : say("stop.unused", field, shows);
                Wording fix = field.equals("view") ? say("stop.map.both.fix")
                        : say("stop.unused.fix", field, show.value());
                error(member.line(), member.column(), member.value().path(), message, fix);
            }
        }
        String needed = switch (show.value()) {
            case "timeline" -> "event";
            case "case" -> "case";
            default -> stop.get("view") != null ? "view" : "case";
        };
        if (stop.get(needed) == null) {
            Wording message = show.value().equals("map") ? say("stop.map.needs") : say("stop.needs", shows, needed);
            error(stop, message, say(show.value().equals("map") ? "stop.map.needs.fix" : "stop.needs.fix", needed,
                    ContentSchema.STOP.field(needed).example()));
        }
    }

    /** A national partner names its country; an international organisation names none, so no country is credited. */
    private void checkPartnerCountry(ObjectNode partner) {
        boolean organization = partner.get("kind") instanceof StringNode kind
                && Partner.ORGANIZATION.equals(kind.value());
        JsonNode country = partner.get("country");
        if (organization && country != null) {
            error(country, say("partner.organization.country"), say("partner.organization.country.fix"));
        } else if (!organization && country == null) {
            error(partner, say("field.required", "country", say("shape.partner")), say("partner.country.fix"));
        }
    }

    private void referenceList(JsonNode list, Set<String> known, String what, String where) {
        if (list instanceof ArrayNode array) {
            array.items().forEach(item -> reference(item, known, what, where));
        }
    }

    private void reference(JsonNode node, Set<String> known, String what, String where) {
        // an empty list has its own error ("needs at least 1 item"): one mistake, one message
        if (!(node instanceof StringNode ref) || known == null || known.isEmpty() || known.contains(ref.value())) {
            return;
        }
        Wording fix = Suggestions.closest(ref.value(), known).map(s -> say("did.you.mean", s))
                .orElse(known.size() <= 12 ? say("use.one.of", Wording.quoted(known)) : say("use.an.id", where));
        error(ref, say("reference.missing", say("what." + what.replace(' ', '-')), ref.value(), where), fix);
    }

    /** The ids of a list, reporting repeats; null when the list is not there to be checked against. */
    private Set<String> knownIds(ObjectNode parent, String list, String key, String what) {
        return parent.get(list) instanceof ArrayNode array ? uniqueIds(array.items(), key, what) : null;
    }

    private Set<String> uniqueIds(List<JsonNode> items, String key, String what) {
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        for (ObjectNode item : objects(items)) {
            if (item.get(key) instanceof StringNode id) {
                JsonNode first = seen.putIfAbsent(id.value(), id);
                if (first != null) {
                    error(id, say("id.duplicate", say("what." + what.replace(' ', '-')), id.value(), first.line()),
                            say("id.duplicate.fix", say("what." + what.replace(' ', '-'))));
                }
            }
        }
        return seen.keySet();
    }

    private void checkDates(ObjectNode event) {
        if (event.get("date") instanceof StringNode start && event.get("endDate") instanceof StringNode end) {
            Optional<PartialDate> from = PartialDate.parse(start.value());
            Optional<PartialDate> to = PartialDate.parse(end.value());
            if (from.isPresent() && to.isPresent() && to.get().end().isBefore(from.get().start())) {
                error(end, say("date.end.before", end.value(), start.value()), say("date.end.before.fix"));
            }
        }
    }

    private void checkMedia(JsonNode node, String expectedType) {
        if (!(node instanceof ObjectNode media)) {
            return;
        }
        String type = media.get("type") instanceof StringNode t ? t.value() : null;
        if (media.get("language") instanceof StringNode language && !offeredLanguages.isEmpty()
                && !offeredLanguages.contains(language.value())) {
            error(language, say("narration.not.offered", language.value()), meantLanguage(language.value())
                    .map(l -> say("language.meant", l)).orElse(say("use.one.of", Wording.quoted(offeredLanguages))));
        }
        checkMediaFile(media.get("file"), expectedType != null ? expectedType : type);
        checkMediaFile(media.get("poster"), "image");
    }

    private void checkMediaFile(JsonNode node, String type) {
        if (!(node instanceof StringNode file) || file.value().isBlank()) {
            return;
        }
        String value = file.value();
        Set<String> hidden = ControlCharacters.namedIn(value);
        if (!hidden.isEmpty()) {
            error(file, say("media.control", ControlCharacters.strip(value), String.join(", ", hidden)),
                    say("media.control.fix", fileName(ControlCharacters.strip(value))));
            return;
        }
        if (value.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            error(file, say("media.web", value), say("media.web.fix", fileName(value)));
            return;
        }
        if (value.startsWith("/") || value.startsWith("\\") || value.matches("^[A-Za-z]:.*")) {
            error(file, say("media.absolute", value), say("media.absolute.fix", fileName(value)));
            return;
        }
        if (value.contains("\\")) {
            error(file, say("media.backslash", value), say("media.backslash.fix", value.replace('\\', '/')));
            return;
        }
        Path path;
        try {
            path = root.resolve(value).normalize();
        } catch (InvalidPathException e) {
            error(file, say("media.invalid", value, e.getReason()), say("media.invalid.fix"));
            return;
        }
        if (!path.startsWith(root)) {
            error(file, say("media.outside", value), say("media.outside.fix"));
            return;
        }
        Optional<Path> outside = linkedOutside(path);
        if (outside.isPresent()) {
            error(file, say("media.link", value, outside.get()), say("media.link.fix"));
            return;
        }
        if (List.of(value.split("/")).contains("..")) {
            error(file, say("media.up", value), say("media.up.fix", relative(path)));
            return;
        }
        Optional<Path> spelt = exactSpelling(path);
        if (spelt.isPresent() && !spelt.get().equals(path)) {
            error(file, say("media.case", value, relative(spelt.get())), say("media.case.fix", relative(spelt.get())));
            return;
        }
        if (spelt.isEmpty() || !Files.isRegularFile(path)) {
            Wording fix = nearbyName(path).map(n -> say("did.you.mean", n)).orElse(say("media.missing.fix", value));
            error(file, say("media.missing", value), fix);
            return;
        }
        MediaProbe.Verdict verdict = probed.computeIfAbsent(path + "\u0000" + type, k -> MediaProbe.probe(path, type));
        if (!verdict.ok()) {
            error(file, say("media.unusable", value, verdict.says()), verdict.fixSays());
            return;
        }
        if ("audio".equals(type) || "video".equals(type)) {
            String format = MediaProbe.format(path);
            playback.cannotPlay(format).ifPresent(refusal -> warning(file,
                    say("media.cannot.play", value, format.toUpperCase(Locale.ROOT), refusal.detail()),
                    say(refusal.cause() == Playback.Cause.NO_SOUND_DEVICE ? "media.cannot.play.sound.fix"
                            : type.equals("audio") ? "media.cannot.play.audio.fix" : "media.cannot.play.video.fix")));
        }
    }

    /** Where a symbolic link (the file's, or one of its folders') really leads, when that is outside the folder. */
    private Optional<Path> linkedOutside(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith(realRoot()) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty(); // a missing file: the check below names it
        }
    }

    private Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }

    /**
     * The file as its folders spell it, found by comparing names letter for letter, so that the verdict is the
     * same on Windows and macOS (which find "Cover.PNG" for "cover.png") as on Linux (which does not).
     */
    private Optional<Path> exactSpelling(Path path) {
        Path found = root;
        for (Path part : root.relativize(path)) {
            String name = part.toString();
            Path exact = found.resolve(name);
            Optional<Path> match = Optional.empty();
            try (Stream<Path> entries = Files.list(found)) {
                List<Path> all = entries.toList();
                match = all.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                        .or(() -> all.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
                                .findFirst());
            } catch (IOException e) {
                return Optional.empty();
            }
            if (match.isEmpty()) {
                return Optional.empty();
            }
            found = match.get().getFileName().toString().equals(name) ? exact : match.get();
        }
        return Optional.of(found);
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private Optional<String> nearbyName(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            return Suggestions.closest(missing.getFileName().toString(), names)
                    .map(n -> relative(folder.resolve(n)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---- helpers ----

    private ObjectNode object(ContentFile file) {
        return trees.get(file) instanceof ObjectNode o ? o : null;
    }

    private static List<JsonNode> items(ObjectNode parent, String field) {
        return parent.get(field) instanceof ArrayNode array ? array.items() : List.of();
    }

    private static List<ObjectNode> objects(List<JsonNode> nodes) {
        return nodes.stream().filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast).toList();
    }

    private void wrongType(JsonNode node, Wording expected) {
        error(node, say("type.wrong", expected, found(node)), say("type.wrong.fix", expected));
    }

    /** "a text", "a list" …: what staff would call the value found. */
    static Wording found(JsonNode node) {
        return say("found." + node.getClass().getSimpleName().replace("Node", "").toLowerCase(Locale.ROOT));
    }

    private static Wording format(FieldType.Format format) {
        return say("format." + format.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static Wording say(String key, Object... args) {
        return Wording.of(key, args);
    }

    private void error(JsonNode node, Wording message, Wording fix) {
        error(node.line(), node.column(), node.path(), message, fix);
    }

    private void error(int line, int column, String path, Wording message, Wording fix) {
        add(Problem.worded(Severity.ERROR, currentFile, line, column, path, where(path), message, fix));
    }

    private void warning(JsonNode node, Wording message, Wording fix) {
        warning(node.line(), node.column(), node.path(), message, fix);
    }

    private void warning(int line, int column, String path, Wording message, Wording fix) {
        add(Problem.worded(Severity.WARNING, currentFile, line, column, path, where(path), message, fix));
    }

    /** Lists the first problems; beyond that only counts them, so a folder of mistakes cannot flood the report. */
    private void add(Problem problem) {
        if (problems.size() < Limits.PROBLEMS_LISTED) {
            problems.add(problem);
            return;
        }
        if (unlistedErrors + unlistedWarnings == 0) {
            firstUnlisted = problem;
        }
        if (problem.isError()) {
            unlistedErrors++;
        } else {
            unlistedWarnings++;
        }
    }

    private void countUnlisted() {
        if (firstUnlisted != null) {
            problems.add(Problem.worded(unlistedErrors > 0 ? Severity.ERROR : Severity.WARNING,
                    firstUnlisted.file(), firstUnlisted.line(), firstUnlisted.column(), firstUnlisted.path(),
                    firstUnlisted.where(), say("problems.unlisted", unlistedErrors + unlistedWarnings,
                            unlistedErrors, unlistedWarnings), say("problems.unlisted.fix")));
        }
    }

    /** The record at {@code path} of the file being checked, as staff see it (with ids once the file is parsed). */
    private Wording where(String path) {
        return trees.entrySet().stream().filter(e -> e.getKey().name().equals(currentFile)).findFirst()
                .map(e -> RecordNames.of(e.getValue(), path)).orElseGet(() -> RecordNames.of(null, path));
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, to say which part of a refused date is wrong. */
    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Codes people write for a language instead of its ISO 639 code: "cn" is China, Chinese is "zh". */
    private static final Map<String, String> COMMON_LANGUAGE_MISTAKES = Map.of(
            "cn", "zh", "chn", "zh", "chi", "zh", "zho", "zh", "eng", "en", "jp", "ja", "kr", "ko", "ara", "ar",
            "fra", "fr", "rus", "ru");

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A value as messages quote it: whole when short, else its start, so one pasted blob cannot flood the report. */
    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "…";
    }

    private static String fileName(String path) {
        String[] parts = path.split("[/\\\\]");
        return parts[parts.length - 1];
    }
}
