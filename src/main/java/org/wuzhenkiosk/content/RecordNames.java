package org.wuzhenkiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;

/**
 * Names a place in a content file the way staff see the content: {@code $.cases[2].title.en} is "case 3
 * (th-5g-smart-hospital), title.en", counted from 1 and with the record's id, not a JSONPath counted from 0.
 */
final class RecordNames {

    /** {@code .name}, {@code ['name']} or {@code [3]}. */
    private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\['([^']*)']|\\[(\\d+)]");
    /** Lists of records, and what one of their records is called (the key of its word in the bundles). */
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("events", "event"), Map.entry("cases", "case"), Map.entry("places", "place"),
            Map.entry("partners", "partner"), Map.entry("media", "media"), Map.entry("sources", "source"),
            Map.entry("languages", "language"), Map.entry("eventKinds", "category"),
            Map.entry("themes", "category"), Map.entry("regions", "category"),
            Map.entry("countries", "country"), Map.entry("stops", "stop"));

    private RecordNames() {
    }

    /**
     * The name of the value at {@code path} inside {@code root}; without a tree (a file that is not JSON) the
     * records are counted but not named. Null for the file as a whole.
     */
    static Wording of(JsonNode root, String path) {
        if (path == null || !path.startsWith("$") || path.length() == 1) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        JsonNode node = root;
        String list = null;
        Matcher step = STEP.matcher(path);
        int at = 1;
        while (at < path.length() && step.find(at) && step.start() == at) {
            at = step.end();
            if (step.group(3) == null) {
                list = step.group(1) != null ? step.group(1) : step.group(2);
                fields.add(list);
                node = node instanceof ObjectNode object ? object.get(list) : null;
                continue;
            }
            int index = Integer.parseInt(step.group(3));
            JsonNode item = node instanceof ArrayNode array && index < array.items().size()
                    ? array.items().get(index) : null;
            String record = list == null ? null : RECORDS.get(list);
            // a list of ids (an event's "cases") holds no records: its items are counted, not named
            if (record != null && !fields.isEmpty() && (item == null || item instanceof ObjectNode)) {
                fields.remove(fields.size() - 1);
                flush(fields, parts);
                String id = idOf(item);
                parts.add(id == null ? Wording.of("record." + record, index + 1)
                        : Wording.of("record." + record + ".id", index + 1, id));
            } else {
                fields.add(Wording.of("record.item", fields.isEmpty() ? "" : fields.remove(fields.size() - 1),
                        index + 1).in(Wording.ENGLISH));
            }
            node = item;
            list = null;
        }
        flush(fields, parts);
        return parts.isEmpty() ? null : Wording.joined(parts);
    }

    private static void flush(List<String> fields, List<Object> parts) {
        if (!fields.isEmpty()) {
            parts.add(String.join(".", fields));
            fields.clear();
        }
    }

    private static String idOf(JsonNode item) {
        if (item instanceof ObjectNode object) {
            for (String key : List.of("id", "code")) {
                // an id with a control character in it is reported as such; its name shows what can be read
                if (object.get(key) instanceof StringNode id && !ControlCharacters.strip(id.value()).isBlank()) {
                    return ControlCharacters.strip(id.value());
                }
            }
        }
        return null;
    }
}
