package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language of the kiosk's own strings (visitors' {@code messages_*}, staff's {@code problems_*}) says
 * everything English says, in its own words, and I18n reads every bundle. The languages checked are those present.
 */
class I18nConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern BUNDLE_FILE = Pattern.compile("(messages|problems)_([a-zA-Z_]+)\\.properties");
    /** A value with no letters once its {0}-style arguments are gone is the same in every language. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");
    /**
     * Values that are rightly the English ones in some languages: JSON literals staff type, and words the
     * language shares with English (French "Sources", "latitude", "zoom"; Spanish "error", "zoom").
     */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "*", Set.of("content/problems:found.boolean", "content/problems:found.null"),
            "fr", Set.of("screen/cases/messages:case.sources", "screen/timeline/messages:timeline.sources",
                    "content/problems:quantity.latitude", "content/problems:quantity.longitude",
                    "content/problems:record.source", "content/problems:record.source.id",
                    "content/problems:shape.source", "content/problems:quantity.zoom"),
            "es", Set.of("content/problems:problem.error", "content/problems:exchange.failed",
                    "content/problems:quantity.zoom"));

    /** Each bundle (its path without the language) and its files, e.g. org/wuzhenkiosk/app/messages -> en, zh. */
    private static Map<String, List<Path>> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> BUNDLE_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .collect(Collectors.groupingBy(p -> RESOURCES.relativize(p.getParent()).toString()
                            .replace('\\', '/') + "/" + p.getFileName().toString().replaceAll("_.*", ""),
                            TreeMap::new, Collectors.toList()));
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static String language(Path file) {
        Matcher m = BUNDLE_FILE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(2) : "";
    }

    /** The bundle's English file. */
    private static Path english(List<Path> files) {
        return files.stream().filter(f -> language(f).equals("en")).findFirst().orElseThrow();
    }

    @Test
    void everyTranslationHoldsEveryEnglishKeyAndNoOther() throws IOException {
        Map<String, List<Path>> bundles = bundles();
        assertThat(bundles).as("bundles under " + RESOURCES).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (List<Path> files : bundles.values()) {
            Set<String> english = keys(english(files));
            for (Path file : files) {
                Set<String> lacking = new TreeSet<>(english);
                lacking.removeAll(keys(file));
                Set<String> unknown = new TreeSet<>(keys(file));
                unknown.removeAll(english);
                lacking.forEach(key -> wrong.add(RESOURCES.relativize(file) + " lacks " + key));
                unknown.forEach(key -> wrong.add(RESOURCES.relativize(file) + " has " + key + ", unknown in English"));
            }
        }
        assertThat(wrong).as("keys missing from a translation, or not in English").isEmpty();
    }

    @Test
    void noTranslationIsACopyOfTheEnglishUnlessItMustBe() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Map.Entry<String, List<Path>> bundle : bundles().entrySet()) {
            String name = bundle.getKey().replaceFirst("^org/wuzhenkiosk/", "");
            Properties english = load(english(bundle.getValue()));
            for (Path file : bundle.getValue()) {
                String language = language(file);
                if (language.equals("en")) {
                    continue;
                }
                Properties translated = load(file);
                for (String key : english.stringPropertyNames()) {
                    String value = english.getProperty(key);
                    boolean neutral = ARGUMENT.matcher(value).replaceAll("").chars().noneMatch(Character::isLetter);
                    boolean listed = SAME_AS_ENGLISH.get("*").contains(name + ":" + key)
                            || SAME_AS_ENGLISH.getOrDefault(language, Set.of()).contains(name + ":" + key);
                    if (value.equals(translated.getProperty(key)) && !neutral && !listed) {
                        copies.add(RESOURCES.relativize(file) + ": " + key + "=" + value);
                    }
                }
            }
        }
        assertThat(copies).as("values left in English in a translation").isEmpty();
    }

    /**
     * Visitors' strings go through MessageFormat, where a lone apostrophe hides what follows it: every argument
     * the English shows must show in each translation (staff messages may leave out English-only ones, such as
     * the "s" of a plural, by design).
     */
    @Test
    void everyArgumentOfTheEnglishShowsInEachVisitorTranslation() throws IOException {
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, List<Path>> bundle : bundles().entrySet()) {
            if (!bundle.getKey().endsWith("/messages")) {
                continue;
            }
            Properties english = load(english(bundle.getValue()));
            for (Path file : bundle.getValue()) {
                Properties translated = load(file);
                for (String key : english.stringPropertyNames()) {
                    Matcher m = Pattern.compile("\\{(\\d+)").matcher(english.getProperty(key));
                    Set<Integer> wanted = new TreeSet<>();
                    while (m.find()) {
                        wanted.add(Integer.parseInt(m.group(1)));
                    }
                    String value = translated.getProperty(key);
                    if (value == null || wanted.isEmpty()) {
                        continue;
                    }
                    String shown = formatted(value, wanted);
                    for (int n : wanted) {
                        if (!shown.contains(String.valueOf(marker(n)))) {
                            lost.add(RESOURCES.relativize(file) + ": " + key + " loses {" + n + "}: " + value);
                        }
                    }
                }
            }
        }
        assertThat(lost).as("arguments a translation drops").isEmpty();
    }

    /** The number standing for argument {@code n}: counts and years alike format as numbers, and plurals pick it. */
    private static int marker(int n) {
        return 47 + 11 * n;
    }

    private static String formatted(String pattern, Set<Integer> arguments) {
        int count = arguments.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = marker(i);
        }
        try {
            return new MessageFormat(pattern, Locale.ROOT).format(args);
        } catch (IllegalArgumentException e) {
            return "not a MessageFormat pattern: " + e.getMessage();
        }
    }

    @Test
    void everyBundleOnDiskIsOneThatI18nReads() throws IOException {
        Set<String> read = I18n.BUNDLES.stream().map(name -> name.replace('.', '/')).collect(Collectors.toSet());
        Set<String> visitorBundles = new TreeSet<>(bundles().keySet());
        visitorBundles.removeIf(b -> !b.endsWith("/messages"));
        assertThat(visitorBundles).as("bundles that no screen would ever show").isSubsetOf(read);
    }

    @Test
    void everyBundleHasEnglishTheLanguageOfLastResort() throws IOException {
        bundles().forEach((bundle, files) -> assertThat(files).as(bundle)
                .anySatisfy(file -> assertThat(language(file)).isEqualTo("en")));
    }
}
