package org.wuzhenkiosk.content;

import java.util.List;
import java.util.Map;

/** A JSON value together with where it stands in its file, so every problem can point at a line and column. */
public sealed interface JsonNode {

    /** 1-based line of the value's first character. */
    int line();

    /** 1-based column of the value's first character. */
    int column();

    /** JSONPath of the value, e.g. {@code $.events[3].date}. */
    String path();

    /** What a staff member would call this kind of value. */
    String typeName();

    record ObjectNode(int line, int column, String path, Map<String, Member> members) implements JsonNode {
        public String typeName() {
            return "an object";
        }

        public JsonNode get(String name) {
            Member member = members.get(name);
            return member == null ? null : member.value();
        }
    }

    /** A member of an object; the key's own position is kept for "unknown field" messages. */
    record Member(String name, int line, int column, JsonNode value) {
    }

    record ArrayNode(int line, int column, String path, List<JsonNode> items) implements JsonNode {
        public String typeName() {
            return "a list";
        }
    }

    record StringNode(int line, int column, String path, String value) implements JsonNode {
        public String typeName() {
            return "a text";
        }
    }

    record NumberNode(int line, int column, String path, String literal) implements JsonNode {
        public String typeName() {
            return "a number";
        }

        public double doubleValue() {
            return Double.parseDouble(literal);
        }

        public boolean isInteger() {
            return literal.matches("-?\\d+");
        }
    }

    record BooleanNode(int line, int column, String path, boolean value) implements JsonNode {
        public String typeName() {
            return "true/false";
        }
    }

    record NullNode(int line, int column, String path) implements JsonNode {
        public String typeName() {
            return "null";
        }
    }
}
