package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an editor flags with the JSON Schemas is what --validate says, checked by an independent JSON Schema
 * validator (networknt, draft 2020-12): the schemas reject every broken fixture whose mistake a schema can state,
 * and never reject content that --validate accepts.
 */
class SchemaAgreesWithValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** Mistakes no JSON Schema can state, and why; --validate finds them (BrokenContentTest). */
    private static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
            Map.entry("malformed-json-missing-comma", "not JSON: no schema applies"),
            Map.entry("truncated-file", "not JSON: no schema applies"),
            Map.entry("empty-file", "not JSON: no schema applies"),
            Map.entry("chinese-quotes-around-a-field", "not JSON: no schema applies"),
            Map.entry("chinese-quote-closing-a-text", "not JSON: no schema applies"),
            Map.entry("chinese-comma-between-fields", "not JSON: no schema applies"),
            Map.entry("chinese-colon-after-a-field", "not JSON: no schema applies"),
            Map.entry("chinese-brackets-around-a-list", "not JSON: no schema applies"),
            Map.entry("not-utf8", "not text: no schema applies"),
            Map.entry("missing-required-file", "a schema checks a file, not a folder"),
            Map.entry("duplicate-json-key", "a JSON reader keeps one of the two"),
            Map.entry("duplicate-event-id", "uniqueness of one field among records"),
            Map.entry("duplicate-case-id", "uniqueness of one field among records"),
            Map.entry("unknown-case-reference", "a link into another file"),
            Map.entry("unknown-event-reference", "a link into another file"),
            Map.entry("end-date-before-start", "a comparison of two fields"),
            Map.entry("day-not-in-month", "the length of each month"),
            Map.entry("missing-media-file", "the files on disk"),
            Map.entry("media-file-name-case", "the files on disk"),
            Map.entry("media-not-an-image", "the files on disk"),
            Map.entry("media-truncated-png", "the files on disk"),
            Map.entry("story-unknown-event", "a link into another file"),
            Map.entry("story-unknown-case", "a link into another file"),
            Map.entry("story-unknown-place", "a link into another file"),
            Map.entry("story-duplicate-stop-id", "uniqueness of one field among records"));

    /** The words of the folder the fixtures were made from, as its schemas would list them. */
    private static final Vocabulary WORDS = Vocabulary.of(broken("valid-base"));

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(broken("."))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theSchemasRejectWhatTheValidatorRejectsWhereASchemaCanSayIt(String fixture) throws IOException {
        Path folder = broken(fixture);
        ContentValidator.Report report = ContentValidator.validate(folder);
        List<String> flagged = schemaErrors(folder, file -> JsonSchemaWriter.schema(file, WORDS));

        if (!report.hasErrors()) {
            assertThat(flagged).as("--validate accepts " + fixture + "; the schemas must too").isEmpty();
        } else if (BEYOND_A_SCHEMA.containsKey(fixture)) {
            assertThat(flagged).as(fixture + ": " + BEYOND_A_SCHEMA.get(fixture)
                    + ", and the rest of the folder is valid").isEmpty();
        } else {
            String file = report.errors().get(0).file();
            assertThat(flagged).as(fixture + ": " + report.errors()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(file + ": "));
        }
    }

    @Test
    void theShippedSchemasAcceptTheBundledExhibition() throws IOException {
        Path bundled = Path.of("resources");
        assertThat(ContentValidator.validate(bundled).errors()).isEmpty();

        assertThat(schemaErrors(bundled, file -> Files.readString(bundled.resolve(file.schemaPath()))))
                .isEmpty();
    }

    @Test
    void theSchemasOfGeneratedContentAcceptIt(@TempDir Path dir) throws IOException {
        SyntheticContent.write(dir, 120, 40, 7);
        assertThat(ContentValidator.validate(dir).errors()).isEmpty();

        assertThat(schemaErrors(dir, file -> Files.readString(dir.resolve(file.schemaPath())))).isEmpty();
    }

    @Test
    void theExamplesAndTheNewRecordSnippetsAreValidRecords() throws IOException {
        Path bundled = Path.of("resources");
        for (ContentFile file : List.of(ContentSchema.EVENTS_JSON, ContentSchema.CASES_JSON)) {
            JsonNode schema = JSON.readTree(Files.readString(bundled.resolve(file.schemaPath())));
            String list = file == ContentSchema.EVENTS_JSON ? "events" : "cases";
            JsonNode definition = schema.get("$defs").get(file == ContentSchema.EVENTS_JSON ? "event" : "case");
            List<JsonNode> records = new ArrayList<>();
            definition.get("examples").forEach(records::add);
            definition.get("defaultSnippets").forEach(s -> records.add(filledIn(s.get("body"))));
            assertThat(records).hasSizeGreaterThanOrEqualTo(2);

            for (JsonNode record : records) {
                ObjectNode document = JSON.createObjectNode();
                document.putArray(list).add(record);
                assertThat(SCHEMAS.getSchema(schema).validate(document)).as(file.name() + ": " + record).isEmpty();
            }
        }
    }

    /** A snippet as VS Code inserts it when staff accept every tab stop: ${n:x} is x, "^x" is x unquoted. */
    private static JsonNode filledIn(JsonNode snippet) {
        String text = snippet.toString().replaceAll("\"\\^\\$\\{\\d+:([^}]*)}\"", "$1")
                .replaceAll("\\$\\{\\d+:([^}]*)}", "$1");
        return JSON.readTree(text);
    }

    @FunctionalInterface
    private interface SchemaText {
        String of(ContentFile file) throws IOException;
    }

    /** "file: /path: message" for everything the schemas flag in the folder's files that are JSON at all. */
    private static List<String> schemaErrors(Path folder, SchemaText schemas) throws IOException {
        List<String> flagged = new ArrayList<>();
        for (ContentFile file : ContentSchema.FILES) {
            Path path = folder.resolve(file.name());
            JsonNode document;
            try {
                document = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException | JacksonException e) {
                continue; // missing, not text or not JSON: the validator's business (BEYOND_A_SCHEMA)
            }
            if (document == null || document.isMissingNode()) {
                continue;
            }
            Schema schema = SCHEMAS.getSchema(schemas.of(file), InputFormat.JSON);
            for (Error error : schema.validate(document)) {
                flagged.add(file.name() + ": " + error.getInstanceLocation() + ": " + error.getMessage());
            }
        }
        return flagged;
    }

    private static Path broken(String fixture) {
        try {
            return Path.of(SchemaAgreesWithValidatorTest.class.getResource("/broken").toURI()).resolve(fixture)
                    .normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
