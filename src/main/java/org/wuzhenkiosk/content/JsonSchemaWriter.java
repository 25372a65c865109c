package org.wuzhenkiosk.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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

/**
 * Writes the JSON Schemas of the content files from {@link ContentSchema}, for staff editors' completion and
 * checks. A test keeps the shipped files equal to what this writes.
 */
public final class JsonSchemaWriter {

    private JsonSchemaWriter() {
    }

    /** The schema text of one content file. */
    public static String schema(ContentFile file) {
        Map<String, Shape> definitions = new LinkedHashMap<>();
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.addProperty("$id", file.schemaPath().substring("schema/".length()));
        root.addProperty("title", "Wuzhen Kiosk " + file.name());
        JsonObject body = shape(file.shape(), definitions);
        body.entrySet().forEach(e -> root.add(e.getKey(), e.getValue()));
        JsonObject defs = new JsonObject();
        root.add("$defs", defs);
        JsonObject localized = new JsonObject();
        localized.addProperty("type", "object");
        localized.addProperty("description", "A text in each offered language, keyed by language code");
        JsonObject names = new JsonObject();
        names.addProperty("pattern", FieldType.Format.LANGUAGE.pattern);
        localized.add("propertyNames", names);
        JsonObject value = new JsonObject();
        value.addProperty("type", "string");
        localized.add("additionalProperties", value);
        localized.addProperty("minProperties", 1);
        defs.add("localized", localized);
        // shapes are added while others are written, so loop until no new one appears
        for (int done = 0; done < definitions.size(); ) {
            Map<String, Shape> snapshot = new LinkedHashMap<>(definitions);
            int i = 0;
            for (Shape shape : snapshot.values()) {
                if (i++ >= done && !defs.has(shape.name())) {
                    defs.add(shape.name(), shape(shape, definitions));
                }
            }
            done = snapshot.size();
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** Writes every schema into {@code <content>/schema/}. */
    public static void writeAll(Path contentRoot) throws IOException {
        Files.createDirectories(contentRoot.resolve("schema"));
        for (ContentFile file : ContentSchema.FILES) {
            Files.writeString(contentRoot.resolve(file.schemaPath()), schema(file), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "resources"));
    }

    private static JsonObject shape(Shape shape, Map<String, Shape> definitions) {
        JsonObject object = new JsonObject();
        object.addProperty("type", "object");
        object.addProperty("description", shape.description());
        JsonObject properties = new JsonObject();
        JsonArray required = new JsonArray();
        for (Field field : shape.fields()) {
            JsonObject property = type(field.type(), definitions);
            property.addProperty("description", field.description() + ". Example: " + field.example());
            properties.add(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        object.add("properties", properties);
        object.add("required", required);
        object.addProperty("additionalProperties", false);
        return object;
    }

    private static JsonObject type(FieldType type, Map<String, Shape> definitions) {
        JsonObject out = new JsonObject();
        if (type instanceof Text text) {
            out.addProperty("type", "string");
            if (text.format().pattern != null) {
                out.addProperty("pattern", text.format().pattern);
            }
            out.addProperty("minLength", 1);
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
            JsonArray values = new JsonArray();
            choice.values().forEach(v -> values.add(new JsonPrimitive(v)));
            out.add("enum", values);
        } else if (type instanceof ListOf list) {
            out.addProperty("type", "array");
            out.add("items", type(list.item(), definitions));
            if (list.minItems() > 0) {
                out.addProperty("minItems", list.minItems());
            }
        } else if (type instanceof Shape shape) {
            definitions.putIfAbsent(shape.name(), shape);
            out.addProperty("$ref", "#/$defs/" + shape.name());
        }
        return out;
    }
}
