package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.InternalMarkers;

/** The kiosk's own words, in every screen's messages_*.properties, carry no working notes and are translated. */
class UiStringsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void noUiStringCarriesAnInternalMarkerOrIsLeftUntranslated() throws IOException {
        List<Path> chinese;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            chinese = files.filter(p -> p.getFileName().toString().equals("messages_zh.properties")).toList();
        }
        assertThat(chinese).as("UI string files").hasSizeGreaterThanOrEqualTo(4);
        List<String> found = new ArrayList<>();
        for (Path zhFile : chinese) {
            Properties zh = read(zhFile);
            Properties en = read(zhFile.resolveSibling("messages_en.properties"));
            for (Properties strings : List.of(zh, en)) {
                strings.forEach((key, text) -> InternalMarkers.in((String) text)
                        .forEach(m -> found.add(zhFile.getParent() + " " + key + ": " + m)));
            }
            zh.forEach((key, text) -> {
                if (InternalMarkers.untranslated("zh", (String) text, "en", en.getProperty((String) key))) {
                    found.add(zhFile.getParent() + " " + key + ": the same in Chinese and English");
                }
            });
        }
        assertThat(found).isEmpty();
    }

    private static Properties read(Path file) throws IOException {
        Properties strings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            strings.load(in);
        }
        return strings;
    }
}
