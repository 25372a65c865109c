package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wuzhenkiosk.content.ContentSchema.ContentFile;

/** The JSON Schemas that staff editors use never drift from the shapes the validator checks. */
class JsonSchemaWriterTest {

    static Stream<Named<ContentFile>> contentFiles() {
        return ContentSchema.FILES.stream().map(file -> Named.of(file.name(), file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentFiles")
    void theShippedSchemaIsWhatTheWriterProduces(ContentFile file) throws IOException {
        Path shipped = Path.of("resources").resolve(file.schemaPath());

        assertThat(shipped).isRegularFile();
        assertThat(Files.readString(shipped, StandardCharsets.UTF_8))
                .as(shipped + " no longer matches ContentSchema; regenerate all schemas by running "
                        + "org.wuzhenkiosk.content.JsonSchemaWriter.main in the project folder "
                        + "(it writes resources/schema/), then commit them")
                .isEqualTo(JsonSchemaWriter.schema(file, Vocabulary.of(Path.of("resources"))));
    }
}
