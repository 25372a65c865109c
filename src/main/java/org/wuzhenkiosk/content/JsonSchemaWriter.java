package org.wuzhenkiosk.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Writes the JSON Schemas of the content files from {@link ContentSchema} and the words a content folder defines
 * ({@link Vocabulary}), for staff editors' completion and checks. A test keeps the shipped files equal to what this
 * writes for the bundled content, and checks with an independent validator that they agree with --validate.
 */
public final class JsonSchemaWriter {

    /** Said once in every schema: what the schema cannot check, and where it is checked. */
    private static final String VALIDATOR_NOTE = " Checks an editor can make as you type; --validate also checks "
            + "what no schema can: links between files, duplicate ids, days that do not exist (February 30), media "
            + "files, and texts missing in a language.";

    private static final String NEW_EVENT = """
            {"id": "${1:new-event}", "date": "${2:2024-11-20}", "kind": "${3:summit}",
             "title": {"zh": "${4:标题}", "en": "${5:Title}"},
             "summary": {"zh": "${6:一句话介绍。}", "en": "${7:One sentence.}"},
             "sources": [{"title": {"zh": "${8:来源标题}", "en": "${9:Source title}"},
                          "url": "${10:https://example.org/article}"}]}""";

    private static final String NEW_CASE = """
            {"id": "${1:new-case}", "year": "^${2:2024}", "theme": "${3:health}", "region": "${4:africa}",
             "title": {"zh": "${5:标题}", "en": "${6:Title}"},
             "summary": {"zh": "${7:一句话介绍。}", "en": "${8:One sentence.}"},
             "partners": [{"name": {"zh": "${9:合作方}", "en": "${10:Partner}"}, "country": "${11:TH}"}],
             "places": [{"id": "${12:bangkok}", "name": {"zh": "${13:曼谷}", "en": "${14:Bangkok}"},
                         "lat": "^${15:13.754}", "lon": "^${16:100.5014}", "country": "${17:TH}"}],
             "sources": [{"title": {"zh": "${18:来源标题}", "en": "${19:Source title}"},
                          "url": "${20:https://example.org/article}"}]}""";

    private static final String EXAMPLE_EVENT = """
            {"id": "wic-2014", "date": "2014-11-19", "endDate": "2014-11-21", "kind": "summit",
             "title": {"zh": "首届世界互联网大会", "en": "1st World Internet Conference"},
             "summary": {"zh": "首届大会在浙江乌镇召开。", "en": "The first conference met in Wuzhen, Zhejiang."},
             "place": {"id": "wuzhen", "name": {"zh": "乌镇", "en": "Wuzhen"}, "lat": 30.7454, "lon": 120.4851,
                       "country": "CN"},
             "sources": [{"title": {"zh": "中国新闻网报道", "en": "ECNS report"},
                          "url": "https://ecns.cn/business/2014/11-20/143419.shtml"}]}""";

    private static final String EXAMPLE_CASE = """
            {"id": "th-5g-smart-hospital", "year": 2021, "theme": "health", "region": "southeast-asia",
             "title": {"zh": "东盟首家5G智慧医院", "en": "ASEAN's First 5G Smart Hospital"},
             "summary": {"zh": "……", "en": "…"},
             "partners": [{"name": {"zh": "华为泰国", "en": "Huawei Thailand"}, "country": "TH"}],
             "places": [{"id": "bangkok", "name": {"zh": "曼谷", "en": "Bangkok"}, "lat": 13.754, "lon": 100.5014,
                         "country": "TH"}],
             "cover": {"file": "media/cases/th-5g-smart-hospital.png", "type": "image"},
             "sources": [{"title": {"zh": "华为支持泰国启动5G智慧医院",
                                    "en": "Huawei supports Thailand launch of 5G smart hospital"},
                          "publisher": {"zh": "亚洲一号", "en": "AsiaOne"}, "date": "2021-12"}]}""";

    private JsonSchemaWriter() {
    }

    /** The schema text of one content file, listing the words of {@code words}. */
    public static String schema(ContentFile file, Vocabulary words) {
        Map<String, Shape> definitions = new LinkedHashMap<>();
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.addProperty("title", "Wuzhen Kiosk " + file.name());
        JsonObject body = shape(file.shape(), definitions, words);
        body.addProperty("description", body.get("description").getAsString() + VALIDATOR_NOTE);
        body.entrySet().forEach(e -> root.add(e.getKey(), e.getValue()));
        JsonObject defs = new JsonObject();
        root.add("$defs", defs);
        // the country table may name countries in languages an exhibition adds later (as the validator allows)
        defs.add("localized", localized(file == ContentSchema.COUNTRIES_JSON ? List.of() : words.languages()));
        // shapes are added while others are written, so loop until no new one appears
        for (int done = 0; done < definitions.size(); ) {
            Map<String, Shape> snapshot = new LinkedHashMap<>(definitions);
            int i = 0;
            for (Shape shape : snapshot.values()) {
                if (i++ >= done && !defs.has(shape.name())) {
                    defs.add(shape.name(), shape(shape, definitions, words));
                }
            }
            done = snapshot.size();
        }
        // only the lists this file's fields refer to
        String written = root.toString();
        for (Vocabulary.Kind kind : Vocabulary.Kind.values()) {
            if (written.contains("\"#/$defs/" + wordsName(kind) + "\"")) {
                defs.add(wordsName(kind), wordList(kind, words));
            }
        }
        if (defs.get("event") instanceof JsonObject event) {
            offer(event, "New timeline event", NEW_EVENT, EXAMPLE_EVENT);
        }
        if (defs.get("case") instanceof JsonObject caseShape) {
            offer(caseShape, "New case", NEW_CASE, EXAMPLE_CASE);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** Writes every schema of the folder into {@code <content>/schema/}, listing the folder's own words. */
    public static void writeAll(Path contentRoot) throws IOException {
        Vocabulary words = Vocabulary.of(contentRoot);
        Files.createDirectories(contentRoot.resolve("schema"));
        for (ContentFile file : ContentSchema.FILES) {
            Files.writeString(contentRoot.resolve(file.schemaPath()), schema(file, words), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "resources"));
    }

    /**
     * Completion in VS Code (a snippet: ${n:…} are its tab stops, and "^…" is inserted without quotes, for numbers)
     * and an example for any editor.
     */
    private static void offer(JsonObject definition, String label, String snippet, String example) {
        JsonObject offered = new JsonObject();
        offered.addProperty("label", label);
        offered.addProperty("description", "every required field, in each language");
        offered.add("body", JsonParser.parseString(snippet));
        JsonArray snippets = new JsonArray();
        snippets.add(offered);
        definition.add("defaultSnippets", snippets);
        JsonArray examples = new JsonArray();
        examples.add(JsonParser.parseString(example));
        definition.add("examples", examples);
    }

    private static JsonObject localized(List<String> languages) {
        JsonObject localized = new JsonObject();
        localized.addProperty("type", "object");
        localized.addProperty("description", "A text in each offered language, keyed by language code"
                + (languages.isEmpty() ? "" : " (" + String.join(", ", languages) + ")")
                + "; --validate warns about a language still missing");
        JsonObject names = new JsonObject();
        if (languages.isEmpty()) {
            names.addProperty("pattern", FieldType.Format.LANGUAGE.pattern);
        } else {
            names.add("enum", strings(languages));
        }
        localized.add("propertyNames", names);
        JsonObject value = new JsonObject();
        value.addProperty("type", "string");
        localized.add("additionalProperties", value);
        localized.addProperty("minProperties", 1);
        return localized;
    }

    /** The definition of a word list, named apart from the record shapes ("language" is a shape too). */
    private static String wordsName(Vocabulary.Kind kind) {
        return "known-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One of the folder's words, or, when the folder does not say which, any word written that way. */
    private static JsonObject wordList(Vocabulary.Kind kind, Vocabulary words) {
        JsonObject list = new JsonObject();
        list.addProperty("type", "string");
        List<String> known = words.words(kind);
        if (known.isEmpty()) {
            list.addProperty("pattern", kind.format().pattern);
        } else {
            list.add("enum", strings(known));
        }
        return list;
    }

    private static JsonObject shape(Shape shape, Map<String, Shape> definitions, Vocabulary words) {
        JsonObject object = new JsonObject();
        object.addProperty("type", "object");
        object.addProperty("description", shape.description());
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        for (Field field : shape.fields()) {
            JsonObject property = type(field.type(), definitions, words);
            property.addProperty("description", field.description() + ". Example: " + field.example());
            properties.add(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        object.add("properties", properties);
        object.add("required", required);
        object.addProperty("additionalProperties", false);
        if (shape == ContentSchema.PARTNER) {
            organizationHasNoCountry(object);
        }
        if (shape == ContentSchema.STOP) {
            stopNamesWhatItShows(object);
        }
        return object;
    }

    /** What a stop shows decides the field it needs, and the fields that would do nothing in it. */
    private static void stopNamesWhatItShows(JsonObject stop) {
        JsonArray rules = new JsonArray();
        rules.add(showing("timeline", needs("event"), forbids("case", "places", "view")));
        rules.add(showing("case", needs("case"), forbids("event", "places", "view")));
        JsonArray caseOrView = new JsonArray();
        caseOrView.add(needs("case"));
        caseOrView.add(needs("view"));
        JsonObject either = new JsonObject();
        either.add("anyOf", caseOrView);
        JsonObject placesNeedACase = new JsonObject();
        JsonObject dependent = new JsonObject();
        dependent.add("places", strings(List.of("case")));
        placesNeedACase.add("dependentRequired", dependent);
        rules.add(showing("map", either, forbids("event"), not(needs("case", "view")), placesNeedACase));
        stop.add("allOf", rules);
    }

    private static JsonObject showing(String show, JsonObject... then) {
        JsonObject value = new JsonObject();
        value.addProperty("const", show);
        JsonObject properties = new JsonObject();
        properties.add("show", value);
        JsonObject condition = new JsonObject();
        condition.add("properties", properties);
        condition.add("required", strings(List.of("show")));
        JsonArray all = new JsonArray();
        List.of(then).forEach(all::add);
        JsonObject rules = new JsonObject();
        rules.add("allOf", all);
        JsonObject rule = new JsonObject();
        rule.add("if", condition);
        rule.add("then", rules);
        return rule;
    }

    private static JsonObject needs(String... fields) {
        JsonObject required = new JsonObject();
        required.add("required", strings(List.of(fields)));
        return required;
    }

    private static JsonObject forbids(String... fields) {
        JsonArray any = new JsonArray();
        for (String field : fields) {
            any.add(needs(field));
        }
        JsonObject anyOf = new JsonObject();
        anyOf.add("anyOf", any);
        return not(anyOf);
    }

    private static JsonObject not(JsonObject schema) {
        JsonObject not = new JsonObject();
        not.add("not", schema);
        return not;
    }

    /** An international organisation names no country; every other partner names one. */
    private static void organizationHasNoCountry(JsonObject partner) {
        JsonObject kind = new JsonObject();
        kind.addProperty("const", Partner.ORGANIZATION);
        JsonObject condition = new JsonObject();
        JsonObject conditionProperties = new JsonObject();
        conditionProperties.add("kind", kind);
        condition.add("properties", conditionProperties);
        condition.add("required", strings(List.of("kind")));
        JsonObject then = new JsonObject();
        JsonObject needsCountry = new JsonObject();
        needsCountry.add("required", strings(List.of("country")));
        then.add("not", needsCountry);
        partner.add("if", condition);
        partner.add("then", then);
        partner.add("else", needsCountry.deepCopy());
    }

    private static JsonObject type(FieldType type, Map<String, Shape> definitions, Vocabulary words) {
        JsonObject out = new JsonObject();
        if (type instanceof Text text) {
            out.addProperty("type", "string");
            out.addProperty("pattern", text.format().pattern);
        } else if (type instanceof Word word) {
            out.addProperty("$ref", "#/$defs/" + wordsName(word.kind()));
        } else if (type instanceof Whole whole) {
            out.addProperty("type", "integer");
            out.addProperty("minimum", whole.min());
            out.addProperty("maximum", whole.max());
        } else if (type instanceof Decimal decimal) {
            out.addProperty("type", "number");
            out.addProperty("minimum", decimal.min());
            out.addProperty("maximum", decimal.max());
        } else if (type instanceof Flag) {
            out.addProperty("type", "boolean");
        } else if (type instanceof Localized) {
            out.addProperty("$ref", "#/$defs/localized");
        } else if (type instanceof Choice choice) {
            out.add("enum", strings(choice.values()));
        } else if (type instanceof ListOf list) {
            out.addProperty("type", "array");
            out.add("items", type(list.item(), definitions, words));
            if (list.minItems() > 0) {
                out.addProperty("minItems", list.minItems());
            }
        } else if (type instanceof Shape shape) {
            definitions.putIfAbsent(shape.name(), shape);
            out.addProperty("$ref", "#/$defs/" + shape.name());
        }
        return out;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(v -> array.add(new JsonPrimitive(v)));
        return array;
    }
}
