package org.wuzhenkiosk.content;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** For tests that edit content: a copy of the bundled exhibition (without its fonts) in a folder of their own. */
public final class BundledCopy {

    private BundledCopy() {
    }

    public static void into(Path target) throws IOException {
        copy(BundledContent.root(), target, p -> !p.toString().contains("fonts"));
    }

    /**
     * As {@link #into}, the exhibition offering the six UN languages (fr, es, ru, ar added after zh and en, Arabic
     * right to left) before its texts are translated: their texts fall back to the default language.
     */
    public static void withUnLanguages(Path target) throws IOException {
        into(target);
        Path file = target.resolve("exhibition.json");
        JsonObject exhibition = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        JsonArray languages = exhibition.getAsJsonArray("languages");
        Set<String> offered = new HashSet<>();
        languages.forEach(l -> offered.add(l.getAsJsonObject().get("code").getAsString()));
        String[][] added = {{"fr", "Français", "ltr"}, {"es", "Español", "ltr"}, {"ru", "Русский", "ltr"},
            {"ar", "العربية", "rtl"}};
        for (String[] language : added) {
            if (offered.add(language[0])) {
                JsonObject entry = new JsonObject();
                entry.addProperty("code", language[0]);
                entry.addProperty("name", language[1]);
                entry.addProperty("direction", language[2]);
                languages.add(entry);
            }
        }
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(exhibition));
    }

    /** As {@link #into}, for a test's own content folder (e.g. one under src/test/resources), copied whole. */
    public static void of(Path folder, Path target) throws IOException {
        copy(folder, target, p -> true);
    }

    private static void copy(Path root, Path target, Predicate<Path> wanted) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path source : files.filter(wanted).toList()) {
                Path copy = target.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
