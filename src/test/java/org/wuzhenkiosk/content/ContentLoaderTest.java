package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @Test
    void filesSavedByWindowsNotepadWithAByteOrderMarkAndCrLfLoad(@TempDir Path dir) throws Exception {
        Path base = Path.of(ContentLoaderTest.class.getResource("/broken/valid-base").toURI());
        BundledCopy.of(base, dir);
        for (String name : new String[] {"exhibition.json", "events.json", "cases.json"}) {
            Path file = dir.resolve(name);
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\r\n");
            Files.writeString(file, "\uFEFF" + text, StandardCharsets.UTF_8);
        }

        ContentLoader.Result result = ContentLoader.load(dir);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().exhibition().title().in("en", "zh")).isEqualTo("Test exhibition");
        assertThat(result.content().events()).extracting(TimelineEvent::id).containsExactly("wic-2021");
    }

    @Test
    void aProblemFoundAfterABomStillPointsAtTheRightLineAndColumn(@TempDir Path dir) throws Exception {
        Path base = Path.of(ContentLoaderTest.class.getResource("/broken/unknown-event-kind").toURI());
        BundledCopy.of(base, dir);
        Path events = dir.resolve("events.json");
        Files.writeString(events, "\uFEFF" + Files.readString(events, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(ContentLoader.load(dir).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).startsWith("events.json:7:15: $.events[0].kind: error:"));
    }

    @Test
    void eachFileIsReadOnceSoAnEditSavedMidLoadCannotSlipPastTheCheck(@TempDir Path dir) throws Exception {
        BundledCopy.of(Path.of(ContentLoaderTest.class.getResource("/broken/valid-base").toURI()), dir);
        Map<String, Integer> reads = new TreeMap<>();

        ContentLoader.Result result = ContentLoader.load(dir, (ContentValidator.ByteSource) file -> {
            String name = dir.relativize(file).toString();
            reads.merge(name, 1, Integer::sum);
            byte[] checked = Files.readAllBytes(file);
            if (name.equals("events.json")) {
                // an editor saves a half-written file just after the kiosk read the good one
                Files.writeString(file, "{\"events\": [{\"id\": \"half-writ", StandardCharsets.UTF_8);
            }
            return checked;
        });

        assertThat(reads).containsExactly(entry("cases.json", 1), entry("countries.json", 1),
                entry("events.json", 1), entry("exhibition.json", 1));
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().events()).extracting(TimelineEvent::id).containsExactly("wic-2021");
        assertThat(result.content().events().get(0).place().lat()).isEqualTo(30.7454);
    }
}
