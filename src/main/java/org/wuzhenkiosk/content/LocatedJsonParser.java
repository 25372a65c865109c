package org.wuzhenkiosk.content;

import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON text into {@link JsonNode}s that know their line and column. Gson decides whether the text is
 * well-formed (strict JSON, its messages locate the error); this class only records where each accepted value
 * starts and which keys repeat, which Gson does not keep.
 */
public final class LocatedJsonParser {

    private static final Pattern GSON_LOCATION =
            Pattern.compile("^(.*?)(?: at line (\\d+) column (\\d+) path (\\S+))?\\s*(?:See https?://\\S+)?\\s*$",
                    Pattern.DOTALL);

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<DuplicateKey> duplicates = new ArrayList<>();

    private LocatedJsonParser(String text) {
        this.text = text;
    }

    /** The outcome: a tree, or the reason the text is not JSON. */
    public record Result(JsonNode root, Malformed malformed, List<DuplicateKey> duplicateKeys) {
        public boolean ok() {
            return malformed == null;
        }
    }

    /** Why the text is not well-formed JSON, and where. */
    public record Malformed(int line, int column, String path, String message) {
    }

    /** A key that appears twice in one object: JSON readers keep only one of them. */
    public record DuplicateKey(String name, int line, int column, String path) {
    }

    public static Result parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Malformed malformed = checkWellFormed(body);
        if (malformed != null && malformed.message().isEmpty()) {
            malformed = new Malformed(malformed.line(), malformed.column(), malformed.path(), notJson(body, malformed));
        }
        if (malformed != null) {
            return new Result(null, malformed, List.of());
        }
        LocatedJsonParser parser = new LocatedJsonParser(body);
        parser.skipWhitespace();
        JsonNode root = parser.value("$");
        return new Result(root, null, List.copyOf(parser.duplicates));
    }

    private static Malformed checkWellFormed(String text) {
        if (text.isBlank()) {
            return new Malformed(1, 1, "$", "the file is empty");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        TypeAdapter<JsonElement> adapter = TypeAdapters.JSON_ELEMENT;
        try {
            adapter.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return fromGsonMessage("there is more text after the end of the JSON value" + locationOf(reader));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return fromGsonMessage(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static String locationOf(JsonReader reader) {
        String where = reader.toString();
        int at = where.indexOf(" at line ");
        return at < 0 ? "" : where.substring(at);
    }

    static Malformed fromGsonMessage(String message) {
        Matcher m = GSON_LOCATION.matcher(message);
        if (!m.matches() || m.group(2) == null) {
            return new Malformed(1, 1, "$", message.strip());
        }
        String what = plainWords(m.group(1).replaceAll("\\s*Use JsonReader\\.setStrictness.*$", "").strip());
        return new Malformed(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), what);
    }

    /** Gson's words for what it expected, as staff would put it. */
    private static String plainWords(String gson) {
        if (gson.startsWith("End of input")) {
            return "the file ends too early: a closing } or ] or a quote is missing";
        }
        if (gson.startsWith("Unterminated object")) {
            return "a comma or a closing } is missing before this point";
        }
        if (gson.startsWith("Unterminated array")) {
            return "a comma or a closing ] is missing before this point";
        }
        if (gson.startsWith("Expected name")) {
            return "a field name in double quotes should come here (a comma too many before a closing }?)";
        }
        if (gson.startsWith("Expected ':'")) {
            return "a colon is missing after the field name";
        }
        if (gson.startsWith("Unterminated string")) {
            return "a text has no closing double quote";
        }
        if (gson.startsWith("Unescaped control characters")) {
            return "a text contains a line break or tab; write it as \\n or \\t";
        }
        if (gson.startsWith("Invalid escape sequence")) {
            return "a backslash in a text starts an unknown escape; write \\\\ for a backslash";
        }
        return gson;
    }

    /**
     * Gson names only the cure ("use lenient mode") for text that strict JSON forbids: say what JSON allows and
     * quote the text there.
     */
    private static String notJson(String text, Malformed at) {
        String[] lines = text.split("\n", -1);
        String near = "";
        if (at.line() >= 1 && at.line() <= lines.length) {
            String line = lines[at.line() - 1].stripTrailing();
            int from = Math.max(0, Math.min(line.length(), at.column() - 2));
            near = line.substring(from, Math.min(line.length(), from + 24)).strip();
        }
        return (near.isEmpty() ? "this is not JSON" : "\"" + near + "\" is not JSON")
                + ": texts go in double quotes; true, false and null in lower case; numbers without leading zeros;"
                + " no comments and no comma before } or ]";
    }

    // ---- position-recording walk over text that Gson accepted ----

    private JsonNode value(String path) {
        int l = line;
        int c = column();
        char ch = text.charAt(pos);
        switch (ch) {
            case '{':
                return object(path, l, c);
            case '[':
                return array(path, l, c);
            case '"':
                return new JsonNode.StringNode(l, c, path, string());
            case 't':
                pos += 4;
                return new JsonNode.BooleanNode(l, c, path, true);
            case 'f':
                pos += 5;
                return new JsonNode.BooleanNode(l, c, path, false);
            case 'n':
                pos += 4;
                return new JsonNode.NullNode(l, c, path);
            default:
                int start = pos;
                while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                return new JsonNode.NumberNode(l, c, path, text.substring(start, pos));
        }
    }

    private JsonNode object(String path, int l, int c) {
        pos++;
        Map<String, JsonNode.Member> members = new LinkedHashMap<>();
        skipWhitespace();
        if (text.charAt(pos) == '}') {
            pos++;
            return new JsonNode.ObjectNode(l, c, path, members);
        }
        while (true) {
            skipWhitespace();
            int keyLine = line;
            int keyColumn = column();
            String key = string();
            skipWhitespace();
            pos++; // ':'
            skipWhitespace();
            String childPath = path + (key.matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + key : "['" + key + "']");
            JsonNode child = value(childPath);
            if (members.containsKey(key)) {
                duplicates.add(new DuplicateKey(key, keyLine, keyColumn, childPath));
            }
            members.put(key, new JsonNode.Member(key, keyLine, keyColumn, child));
            skipWhitespace();
            if (text.charAt(pos++) == '}') {
                return new JsonNode.ObjectNode(l, c, path, members);
            }
        }
    }

    private JsonNode array(String path, int l, int c) {
        pos++;
        List<JsonNode> items = new ArrayList<>();
        skipWhitespace();
        if (text.charAt(pos) == ']') {
            pos++;
            return new JsonNode.ArrayNode(l, c, path, items);
        }
        while (true) {
            skipWhitespace();
            items.add(value(path + "[" + items.size() + "]"));
            skipWhitespace();
            if (text.charAt(pos++) == ']') {
                return new JsonNode.ArrayNode(l, c, path, items);
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++; // opening quote
        while (true) {
            char ch = text.charAt(pos++);
            if (ch == '"') {
                return out.toString();
            }
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char esc = text.charAt(pos++);
            switch (esc) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(esc);
            }
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (ch != ' ' && ch != '\t' && ch != '\r') {
                return;
            }
            pos++;
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }
}
