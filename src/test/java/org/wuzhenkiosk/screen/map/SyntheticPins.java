package org.wuzhenkiosk.screen.map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.Basemap;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;

/**
 * Writes a content folder like the bundled one with many more cases: four places each, on land, spread over the
 * world like real capitals are. For the 1,000-pin benchmark and screenshots; run {@code main(folder, cases)}.
 */
final class SyntheticPins {

    private SyntheticPins() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/thousand-pins");
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        write(folder, cases, 4, 2014);
        System.out.println("wrote " + cases + " extra cases (" + cases * 4 + " pins) to " + folder.toAbsolutePath());
    }

    /** The bundled content with {@code cases} extra cases of {@code places} places each, written into {@code folder}. */
    static Path write(Path folder, int cases, int places, long seed) {
        try {
            Path bundled = BundledContent.root();
            Files.createDirectories(folder);
            for (String file : List.of("exhibition.json", "events.json", "countries.json")) {
                Files.writeString(folder.resolve(file), Files.readString(bundled.resolve(file), StandardCharsets.UTF_8));
            }
            try (Stream<Path> media = Files.walk(bundled.resolve("media"))) {
                for (Path from : media.toList()) {
                    Path to = folder.resolve(bundled.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            JsonObject casesFile = JsonParser.parseString(Files.readString(bundled.resolve("cases.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject exhibition = JsonParser.parseString(Files.readString(bundled.resolve("exhibition.json"),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            List<String> themes = ids(exhibition.getAsJsonArray("themes"));
            List<String> regions = ids(exhibition.getAsJsonArray("regions"));
            Basemap world = BasemapLoader.load(BasemapLoader.bundled()).basemap();
            Content bundledContent = ContentLoader.load(bundled).content();
            MapModel land = new MapModel(world, bundledContent);
            Random random = new Random(seed);
            JsonArray list = casesFile.getAsJsonArray("cases");
            for (int i = 1; i <= cases; i++) {
                JsonObject c = new JsonObject();
                c.addProperty("id", "synthetic-" + i);
                c.addProperty("year", 2014 + random.nextInt(10));
                c.addProperty("theme", themes.get(random.nextInt(themes.size())));
                c.addProperty("region", regions.get(random.nextInt(regions.size())));
                c.add("title", text("合作项目 " + i, "Cooperation project " + i));
                c.add("summary", text("用于检验地图能否流畅显示一千个地点的示例项目。",
                        "A sample project that checks the map stays smooth with a thousand places."));
                JsonArray placeList = new JsonArray();
                for (int p = 1; p <= places; p++) {
                    placeList.add(place(land, random, "place-" + i + "-" + p));
                }
                c.add("places", placeList);
                JsonArray sources = new JsonArray();
                JsonObject source = new JsonObject();
                source.addProperty("title", "Synthetic data for the map benchmark");
                sources.add(source);
                c.add("sources", sources);
                list.add(c);
            }
            Files.writeString(folder.resolve("cases.json"),
                    new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(casesFile));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A random point on land, more often in the bands where most people live. */
    private static JsonObject place(MapModel land, Random random, String id) {
        while (true) {
            double lon = random.nextDouble() * 360 - 180;
            double lat = Math.max(-55, Math.min(70, 25 + random.nextGaussian() * 22));
            double[] w = MapModel.world(lon, lat);
            MapModel.MapCountry country = land.countries().stream().filter(c -> c.contains(w[0], w[1]))
                    .filter(c -> c.code() != null).findFirst().orElse(null);
            if (country != null) {
                JsonObject place = new JsonObject();
                place.addProperty("id", id);
                place.add("name", text("地点 " + id.substring(6), "Place " + id.substring(6)));
                place.addProperty("lat", Math.round(lat * 1e4) / 1e4);
                place.addProperty("lon", Math.round(lon * 1e4) / 1e4);
                place.addProperty("country", country.code());
                return place;
            }
        }
    }

    private static JsonObject text(String zh, String en) {
        JsonObject text = new JsonObject();
        text.addProperty("zh", zh);
        text.addProperty("en", en);
        return text;
    }

    private static List<String> ids(JsonArray categories) {
        return categories.asList().stream().map(JsonElement::getAsJsonObject).map(o -> o.get("id").getAsString())
                .toList();
    }
}
