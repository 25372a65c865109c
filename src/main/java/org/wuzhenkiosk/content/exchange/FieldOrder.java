package org.wuzhenkiosk.content.exchange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import org.wuzhenkiosk.content.FieldType;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.ListOf;
import org.wuzhenkiosk.content.FieldType.Shape;

/** Puts the fields of written records in the order the schema lists them, so the JSON reads like staff's own. */
final class FieldOrder {

    private FieldOrder() {
    }

    static JsonObject of(JsonObject record, Shape shape) {
        JsonObject ordered = new JsonObject();
        for (Field field : shape.fields()) {
            JsonElement value = record.get(field.name());
            if (value != null) {
                ordered.add(field.name(), of(value, field.type()));
            }
        }
        for (Map.Entry<String, JsonElement> member : record.entrySet()) {
            if (!ordered.has(member.getKey())) {
                ordered.add(member.getKey(), member.getValue());
            }
        }
        return ordered;
    }

    private static JsonElement of(JsonElement value, FieldType type) {
        if (type instanceof Shape shape && value instanceof JsonObject record) {
            return of(record, shape);
        }
        if (type instanceof ListOf list && value instanceof JsonArray items) {
            JsonArray ordered = new JsonArray(items.size());
            items.forEach(item -> ordered.add(of(item, list.item())));
            return ordered;
        }
        return value;
    }
}
