package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.NumberNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;

class LocatedJsonParserTest {

    private static ObjectNode parseObject(String text) {
        LocatedJsonParser.Result result = LocatedJsonParser.parse(text);
        assertThat(result.malformed()).isNull();
        return (ObjectNode) result.root();
    }

    @Test
    void everyValueKnowsTheLineAndColumnWhereItStartsAndItsPath() {
        ObjectNode root = parseObject("""
                {
                  "events": [
                    {"id": "wic-2014", "lat": -30.5},
                    {"title": {"zh": "乌镇", "en": "Wuzhen"}}
                  ]
                }
                """);

        ArrayNode events = (ArrayNode) root.get("events");
        assertThat(events.line()).isEqualTo(2);
        assertThat(events.column()).isEqualTo(13);
        JsonNode id = ((ObjectNode) events.items().get(0)).get("id");
        assertThat(id).isEqualTo(new StringNode(3, 12, "$.events[0].id", "wic-2014"));
        NumberNode lat = (NumberNode) ((ObjectNode) events.items().get(0)).get("lat");
        assertThat(lat).isEqualTo(new NumberNode(3, 31, "$.events[0].lat", "-30.5"));
        ObjectNode title = (ObjectNode) ((ObjectNode) events.items().get(1)).get("title");
        assertThat(title.get("en")).isEqualTo(new StringNode(4, 34, "$.events[1].title.en", "Wuzhen"));
        assertThat(title.members().get("en").column()).as("column of the key").isEqualTo(28);
    }

    @Test
    void aByteOrderMarkIsSkippedAndDoesNotShiftColumns() {
        ObjectNode root = parseObject("\uFEFF{\"id\": \"x\"}");

        assertThat(root.column()).isEqualTo(1);
        assertThat(root.get("id").column()).isEqualTo(8);
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() {
        ObjectNode root = parseObject("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n");

        assertThat(root.get("b")).isEqualTo(new NumberNode(3, 8, "$.b", "2"));
    }

    @Test
    void escapesAreDecodedAndDoNotShiftLaterColumns() {
        ObjectNode root = parseObject("{\"a\": \"say \\\"hi\\\"\\n\\u4e4c\\u9547\\\\\", \"b\": true}");

        assertThat(((StringNode) root.get("a")).value()).isEqualTo("say \"hi\"\n乌镇\\");
        assertThat(root.get("b").column()).isEqualTo(42);
    }

    @Test
    void keysThatAreNotPlainNamesAreQuotedInThePath() {
        ObjectNode root = parseObject("{\"zh-Hant\": {\"a b\": 1}}");

        assertThat(((ObjectNode) root.get("zh-Hant")).get("a b").path()).isEqualTo("$['zh-Hant']['a b']");
    }

    @Test
    void aKeyWrittenTwiceIsReportedAtItsSecondOccurrenceAndTheLastValueCounts() {
        LocatedJsonParser.Result result =
                LocatedJsonParser.parse("{\n  \"kind\": \"summit\",\n  \"kind\": \"forum\"\n}");

        assertThat(result.duplicateKeys()).containsExactly(
                new LocatedJsonParser.DuplicateKey("kind", 3, 3, "$.kind"));
        assertThat(((StringNode) ((ObjectNode) result.root()).get("kind")).value()).isEqualTo("forum");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"a": 1 "b": 2}   | 1 | a comma or a closing } is missing
            {"a": [1 2]}      | 1 | a comma or a closing ] is missing
            {"a": 1,}         | 1 | a field name in double quotes should come here
            {"a" 1}           | 1 | a colon is missing
            {"a": tru}        | 1 | "tru}" is not JSON
            {"a": 'x'}        | 1 | texts go in double quotes
            {"a": 01}         | 1 | numbers without leading zeros
            '{"a":\n'         | 2 | the file ends too early
            '  '              | 1 | the file is empty
            """)
    void textThatIsNotJsonIsExplainedInPlainWordsWithItsLine(String text, int line, String says) {
        LocatedJsonParser.Result result = LocatedJsonParser.parse(text.replace("\\n", "\n"));

        assertThat(result.ok()).isFalse();
        assertThat(result.malformed().line()).isEqualTo(line);
        assertThat(result.malformed().message()).contains(says).doesNotContain("setStrictness");
    }

    @Test
    void aLineBreakInsideATextIsRejectedRatherThanMiscountingTheLinesAfterIt() {
        LocatedJsonParser.Result result = LocatedJsonParser.parse("{\"a\": \"two\nlines\", \"b\": 1}");

        assertThat(result.ok()).isFalse();
        assertThat(result.malformed().message()).contains("line break");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {}
            []
            "text"
            -0.5e+10
            [1, 2.0, -3e2, 0, true, false, null]
            {"a": {"b": [{}, []]}}
            {"a": "\\u4e4c \\" \\\\ \\/ \\b \\f \\n \\r \\t"}
            {"a": 1, "a": 2}
            [1,]
            [,1]
            [1 2]
            {"a":1,}
            {"a"=1}
            {'a': 1}
            {a: 1}
            [TRUE]
            [True]
            [nul]
            [truex]
            [NaN]
            [Infinity]
            [-Infinity]
            [1.]
            [.5]
            [+1]
            [01]
            [-01]
            [1e]
            [1e+]
            [1-2]
            [0x10]
            ["a\\x"]
            ["a\\'"]
            ["\\u12G4"]
            ["\\u12"]
            [1] [2]
            [1] x
            [1]]
            [1 // comment
            [1 /* comment */]
            # comment
            [1;2]
            {"a":1;"b":2}
            ["a"
            {"a"
            {"a":
            [
            """)
    void theWalkAcceptsTextExactlyWhenGsonsStrictReaderDoes(String text) {
        assertThat(LocatedJsonParser.parse(text).ok()).as(text).isEqualTo(gsonAccepts(text));
    }

    @Test
    void controlCharactersDeepNestingAndCutOffTextAreJudgedAsGsonJudgesThem() {
        List<String> texts = new ArrayList<>();
        for (char control = 0; control < 0x20; control++) {
            texts.add("[\"a" + control + "b\"]");
            texts.add("[1," + control + "2]");
        }
        texts.add("[".repeat(255) + "]".repeat(255));
        texts.add("[".repeat(256) + "]".repeat(256));
        texts.add("{\"a\":".repeat(254) + "[1]" + "}".repeat(254));
        texts.add("{\"a\":".repeat(255) + "[1]" + "}".repeat(255));
        String sample = "{\"id\": \"wic-2014\", \"lat\": -30.5, \"tags\": [true, null, \"\\u4e4c\"], \"n\": 1e3}";
        for (int end = 1; end < sample.length(); end++) {
            texts.add(sample.substring(0, end));
        }
        assertThat(texts).allSatisfy(text ->
                assertThat(LocatedJsonParser.parse(text).ok()).as(text).isEqualTo(gsonAccepts(text)));
    }

    @Test
    void randomlyDamagedFilesAreRefusedExactlyWhenGsonRefusesThem() throws IOException {
        String file = Files.readString(Path.of(BundledContent.root().resolve("exhibition.json").toUri()));
        String alphabet = "{}[]:,\"\\/ \n\t0123456789-+.eEtruefalsn'#;=x\u0001";
        Random random = new Random(2014);
        int refused = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder damaged = new StringBuilder(file);
            for (int edit = 0; edit <= random.nextInt(3); edit++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = damaged.toString();
            boolean gson = gsonAccepts(text);
            assertThat(LocatedJsonParser.parse(text).ok()).as("round %d: %s", round, text).isEqualTo(gson);
            refused += gson ? 0 : 1;
        }
        assertThat(refused).as("damaged files refused").isGreaterThan(1000);
    }

    private static boolean gsonAccepts(String text) {
        if (text.isBlank()) {
            return false;
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            new Gson().getAdapter(JsonElement.class).read(reader);
            return reader.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
