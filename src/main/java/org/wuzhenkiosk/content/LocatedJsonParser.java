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
 * Reads JSON text into {@link JsonNode}s that know their line and column, in one pass that also records which keys
 * repeat (JSON readers keep only one of them). The pass accepts strict JSON only; when it stops, Gson reads the
 * text again to say what is wrong and where, in the words staff already know from {@code --validate}.
 */
public final class LocatedJsonParser {

    private static final Pattern GSON_LOCATION =
            Pattern.compile("^(.*?)(?: at line (\\d+) column (\\d+) path (\\S+))?\\s*(?:See https?://\\S+)?\\s*$",
                    Pattern.DOTALL);
    /** A key that a JSONPath may write after a dot; others go in brackets. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** Gson's default: deeper text is refused, so the walk refuses it too. */
    private static final int NESTING_LIMIT = 255;

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    /** Set when the first value ended and text follows it, which Gson words only as "not JSON". */
    private boolean afterEnd;
    /** Where the text being read opened, while it is read; -1 between texts. */
    private int openQuoteAt = -1;

    private LocatedJsonParser(String text) {
        this.text = text;
    }

    /** The outcome: a tree, or the reason the text is not JSON. */
    public record Result(JsonNode root, Malformed malformed, List<DuplicateKey> duplicateKeys) {
        public boolean ok() {
            return malformed == null;
        }
    }

    /** Why the text is not well-formed JSON, and where; {@code fix} when the mistake is known exactly, else null. */
    public record Malformed(int line, int column, String path, Wording says, Wording fixSays) {
        public Malformed(int line, int column, String path, Wording says) {
            this(line, column, path, says, null);
        }

        /** What is wrong, in English. */
        public String message() {
            return says.in(Wording.ENGLISH);
        }

        /** How to fix it, in English, or null when the mistake is not known exactly. */
        public String fix() {
            return fixSays == null ? null : fixSays.in(Wording.ENGLISH);
        }
    }

    /** A key that appears twice in one object: JSON readers keep only one of them. */
    public record DuplicateKey(String name, int line, int column, String path) {
    }

    public static Result parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return new Result(null, new Malformed(1, 1, "$", Wording.of("json.empty")), List.of());
        }
        LocatedJsonParser parser = new LocatedJsonParser(body);
        try {
            return new Result(parser.document(), null, List.copyOf(parser.duplicates));
        } catch (NotJson stopped) {
            if (parser.afterEnd) {
                String what = parser.current() == '{' || parser.current() == '['
                        ? "json.after.end.document" : "json.after.end.text";
                return new Result(null, new Malformed(parser.line, parser.column(), "$",
                        Wording.of("json.after.end", Wording.of(what))), List.of());
            }
            return new Result(null, explain(body, parser), List.of());
        }
    }

    /** Gson's account of why the text is not JSON; the walk's own position should Gson ever accept it. */
    private static Malformed explain(String body, LocatedJsonParser stopped) {
        Malformed malformed = checkWellFormed(body);
        Malformed chinese = stopped.chinesePunctuation(malformed == null ? "$" : malformed.path());
        if (chinese != null) {
            return chinese;
        }
        if (malformed == null) {
            return new Malformed(stopped.line, stopped.column(), "$", Wording.of("json.unexpected"));
        }
        if (malformed.message().isEmpty()) {
            return new Malformed(malformed.line(), malformed.column(), malformed.path(), notJson(body, malformed));
        }
        return malformed;
    }

    /** Null when Gson's strict reader accepts the text, else what it objects to. */
    private static Malformed checkWellFormed(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        TypeAdapter<JsonElement> adapter = TypeAdapters.JSON_ELEMENT;
        try {
            adapter.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return fromGsonMessage("More text after the end" + locationOf(reader));
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
            return new Malformed(1, 1, "$", plain(message.strip()));
        }
        Wording what = plainWords(m.group(1).replaceAll("\\s*Use JsonReader\\.setStrictness.*$", "").strip());
        return new Malformed(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), what);
    }

    /** Gson's words for what it expected, as staff would put it. */
    private static Wording plainWords(String gson) {
        for (Map.Entry<String, String> known : GSON_WORDS.entrySet()) {
            if (gson.startsWith(known.getKey())) {
                return Wording.of(known.getValue());
            }
        }
        return plain(gson);
    }

    /** Gson's beginnings of a message, and the key of what staff read instead. */
    private static final Map<String, String> GSON_WORDS = Map.of(
            "End of input", "json.ends.early",
            "Unterminated object", "json.object.open",
            "Unterminated array", "json.array.open",
            "Expected name", "json.name.expected",
            "Expected ':'", "json.colon.expected",
            "Unterminated string", "json.string.open",
            "Unescaped control characters", "json.control",
            "Invalid escape sequence", "json.escape",
            "More text after the end", "json.more.text");

    /** A text as it is, in every language. */
    private static Wording plain(String text) {
        return Wording.of("plain", text);
    }

    /**
     * Gson names only the cure ("use lenient mode") for text that strict JSON forbids: say what JSON allows and
     * quote the text there.
     */
    private static Wording notJson(String text, Malformed at) {
        String[] lines = text.split("\n", -1);
        String near = "";
        if (at.line() >= 1 && at.line() <= lines.length) {
            String line = lines[at.line() - 1].stripTrailing();
            int from = Math.max(0, Math.min(line.length(), at.column() - 2));
            near = line.substring(from, Math.min(line.length(), from + 24)).strip();
        }
        return near.isEmpty() ? Wording.of("json.not") : Wording.of("json.not.near", near);
    }

    /** Full-width punctuation an input method for Chinese types in place of JSON's own: its name, JSON's own. */
    private static final Map<Character, String[]> CHINESE_PUNCTUATION = Map.of(
            '\u201C', new String[] {"chinese.quote.open", "\""},
            '\u201D', new String[] {"chinese.quote.close", "\""},
            '\uFF02', new String[] {"chinese.quote", "\""},
            '\uFF0C', new String[] {"chinese.comma", ","},
            '\u3001', new String[] {"chinese.enumeration.comma", ","},
            '\uFF1A', new String[] {"chinese.colon", ":"},
            '\uFF3B', new String[] {"chinese.bracket", "["},
            '\uFF3D', new String[] {"chinese.bracket", "]"},
            '\uFF5B', new String[] {"chinese.brace", "{"},
            '\uFF5D', new String[] {"chinese.brace", "}"});

    /**
     * Where the walk stopped at Chinese punctuation standing for JSON's (“title”：, ，between fields): staff type it
     * with the input method still in full-width mode, and a generic message would never name it.
     */
    private Malformed chinesePunctuation(String path) {
        int at = -1;
        for (int i = Math.min(pos, text.length() - 1); i >= Math.max(0, pos - 1) && at < 0; i--) {
            if (CHINESE_PUNCTUATION.containsKey(text.charAt(i))) {
                at = i;
            }
        }
        if (at < 0 && openQuoteAt >= 0) {
            // a text opened with " that runs to the end of its line: closed with a Chinese ” instead
            int end = text.indexOf('\n', openQuoteAt);
            String rest = text.substring(openQuoteAt, end < 0 ? text.length() : end);
            int closing = Math.max(rest.lastIndexOf('\u201D'), rest.lastIndexOf('\u201C'));
            at = closing < 0 ? -1 : openQuoteAt + closing;
        }
        if (at < 0) {
            return null;
        }
        char found = text.charAt(at);
        int lineOfIt = 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
        int column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
        String[] named = CHINESE_PUNCTUATION.get(found);
        return new Malformed(lineOfIt, column, path, Wording.of("chinese.punctuation", Wording.of(named[0]), found),
                Wording.of("chinese.punctuation.fix", named[1], found));
    }

    // ---- the located walk: strict JSON (RFC 8259), as Gson's strict mode reads it ----

    /** Thrown where the text stops being strict JSON; Gson then words the problem. */
    private static final class NotJson extends RuntimeException {
        NotJson() {
            super(null, null, false, false);
        }
    }

    private JsonNode document() {
        skipWhitespace();
        JsonNode root = value("$", 0);
        skipWhitespace();
        if (pos != text.length()) {
            afterEnd = true;
            throw new NotJson();
        }
        return root;
    }

    private JsonNode value(String path, int depth) {
        int l = line;
        int c = column();
        switch (current()) {
            case '{':
                return object(path, l, c, depth + 1);
            case '[':
                return array(path, l, c, depth + 1);
            case '"':
                return new JsonNode.StringNode(l, c, path, string());
            case 't':
                keyword("true");
                return new JsonNode.BooleanNode(l, c, path, true);
            case 'f':
                keyword("false");
                return new JsonNode.BooleanNode(l, c, path, false);
            case 'n':
                keyword("null");
                return new JsonNode.NullNode(l, c, path);
            default:
                return new JsonNode.NumberNode(l, c, path, number());
        }
    }

    private JsonNode object(String path, int l, int c, int depth) {
        refuseDeeperThanGson(depth);
        pos++;
        Map<String, JsonNode.Member> members = new LinkedHashMap<>();
        skipWhitespace();
        if (current() == '}') {
            pos++;
            return new JsonNode.ObjectNode(l, c, path, members);
        }
        while (true) {
            skipWhitespace();
            int keyLine = line;
            int keyColumn = column();
            if (current() != '"') {
                throw new NotJson();
            }
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            String childPath = path + (PLAIN_NAME.matcher(key).matches() ? "." + key : "['" + key + "']");
            JsonNode child = value(childPath, depth);
            if (members.containsKey(key)) {
                duplicates.add(new DuplicateKey(key, keyLine, keyColumn, childPath));
            }
            members.put(key, new JsonNode.Member(key, keyLine, keyColumn, child));
            skipWhitespace();
            char next = current();
            pos++;
            if (next == '}') {
                return new JsonNode.ObjectNode(l, c, path, members);
            }
            if (next != ',') {
                throw new NotJson();
            }
        }
    }

    private JsonNode array(String path, int l, int c, int depth) {
        refuseDeeperThanGson(depth);
        pos++;
        List<JsonNode> items = new ArrayList<>();
        skipWhitespace();
        if (current() == ']') {
            pos++;
            return new JsonNode.ArrayNode(l, c, path, items);
        }
        while (true) {
            skipWhitespace();
            items.add(value(path + "[" + items.size() + "]", depth));
            skipWhitespace();
            char next = current();
            pos++;
            if (next == ']') {
                return new JsonNode.ArrayNode(l, c, path, items);
            }
            if (next != ',') {
                throw new NotJson();
            }
        }
    }

    private static void refuseDeeperThanGson(int depth) {
        if (depth > NESTING_LIMIT) {
            throw new NotJson();
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        openQuoteAt = pos;
        pos++; // opening quote
        while (true) {
            char ch = current();
            pos++;
            if (ch == '"') {
                openQuoteAt = -1;
                return out.toString();
            }
            if (ch < 0x20) {
                throw new NotJson(); // line breaks and tabs must be escaped
            }
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char esc = current();
            pos++;
            switch (esc) {
                case '"', '\\', '/' -> out.append(esc);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> out.append(unicodeEscape());
                default -> throw new NotJson();
            }
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw new NotJson();
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw new NotJson();
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private String number() {
        int start = pos;
        if (at('-')) {
            pos++;
        }
        if (at('0')) {
            pos++;
        } else {
            digits();
        }
        if (at('.')) {
            pos++;
            digits();
        }
        if (at('e') || at('E')) {
            pos++;
            if (at('+') || at('-')) {
                pos++;
            }
            digits();
        }
        return text.substring(start, pos);
    }

    /** One digit or more. */
    private void digits() {
        if (!isDigit()) {
            throw new NotJson();
        }
        while (isDigit()) {
            pos++;
        }
    }

    private boolean isDigit() {
        return pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9';
    }

    private void keyword(String word) {
        if (!text.startsWith(word, pos)) {
            throw new NotJson();
        }
        pos += word.length();
    }

    private void expect(char ch) {
        if (current() != ch) {
            throw new NotJson();
        }
        pos++;
    }

    private boolean at(char ch) {
        return pos < text.length() && text.charAt(pos) == ch;
    }

    /** The character at the walk's position; the end of the text is never JSON's end inside a value. */
    private char current() {
        if (pos >= text.length()) {
            throw new NotJson();
        }
        return text.charAt(pos);
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
