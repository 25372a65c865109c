package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language of the kiosk's own strings says everything the others say, and I18n reads every bundle. */
class I18nConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Each bundle (its path without the language) and its files, e.g. org/wuzhenkiosk/app/messages -> en, zh. */
    private static Map<String, List<Path>> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().matches("messages_[a-zA-Z_]+\\.properties"))
                    .sorted()
                    .collect(Collectors.groupingBy(p -> RESOURCES.relativize(p.getParent()).toString()
                            .replace('\\', '/') + "/messages", TreeMap::new, Collectors.toList()));
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyLanguageOfABundleHoldsTheSameKeys() throws IOException {
        Map<String, List<Path>> bundles = bundles();
        assertThat(bundles).as("bundles under " + RESOURCES).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (List<Path> files : bundles.values()) {
            Set<String> all = new TreeSet<>();
            for (Path file : files) {
                all.addAll(keys(file));
            }
            for (Path file : files) {
                Set<String> lacking = new TreeSet<>(all);
                lacking.removeAll(keys(file));
                lacking.forEach(key -> missing.add(key + " is missing from " + RESOURCES.relativize(file)));
            }
        }
        assertThat(missing).as("keys that one language of a bundle has and another lacks").isEmpty();
    }

    @Test
    void everyBundleOnDiskIsOneThatI18nReads() throws IOException {
        Set<String> read = I18n.BUNDLES.stream().map(name -> name.replace('.', '/')).collect(Collectors.toSet());
        assertThat(bundles().keySet()).as("bundles that no screen would ever show").isSubsetOf(read);
    }

    @Test
    void everyBundleHasEnglishTheLanguageOfLastResort() throws IOException {
        bundles().forEach((bundle, files) -> assertThat(files).as(bundle)
                .anySatisfy(file -> assertThat(file.getFileName()).hasToString("messages_en.properties")));
    }
}
