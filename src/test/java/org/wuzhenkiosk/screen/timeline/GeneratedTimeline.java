package org.wuzhenkiosk.screen.timeline;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;

/**
 * Writes a valid content folder with as many timeline events as asked, for the scale tests, the benchmark and
 * screenshots: the bundled exhibition, cases, pictures and events, topped up with generated events clustered as
 * real ones are (summit weeks), some spans, some dated to the month only. The same seed writes the same files.
 *
 * <p>Run {@code main DIR COUNT} to write one for the kiosk's {@code --content DIR}.
 */
public final class GeneratedTimeline {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final List<String> KINDS = List.of("summit", "initiative", "document", "forum", "dialogue",
            "cases-release", "organization");
    private static final String[][] TOPICS = {
        {"数字丝路", "Digital Silk Road"}, {"智慧城市", "Smart Cities"}, {"网络安全", "Cybersecurity"},
        {"跨境电商", "Cross-border E-commerce"}, {"人工智能治理", "AI Governance"}, {"数据安全", "Data Security"},
        {"数字教育", "Digital Education"}, {"远程医疗", "Telemedicine"}, {"北斗应用", "BeiDou Applications"},
        {"数字乡村", "Digital Villages"}, {"开源合作", "Open Source Cooperation"}, {"5G应用", "5G Applications"},
        {"互联网普及", "Internet Access for All"}, {"数字文化遗产", "Digital Cultural Heritage"},
        {"青年数字创新", "Youth Digital Innovation"}, {"绿色数据中心", "Green Data Centres"},
    };
    private static final String[][] FORMS = {
        {"论坛", "Forum"}, {"对话", "Dialogue"}, {"倡议", "Initiative"}, {"合作文件", "Cooperation Paper"},
        {"成果发布", "Results Announced"}, {"工作组会议", "Working Group Meets"}, {"展览", "Exhibition"},
    };
    private static final String[][] PLACES = {
        {"乌镇", "Wuzhen"}, {"北京", "Beijing"}, {"曼谷", "Bangkok"}, {"内罗毕", "Nairobi"}, {"圣保罗", "São Paulo"},
        {"日内瓦", "Geneva"}, {"雅加达", "Jakarta"}, {"开罗", "Cairo"},
    };
    private static final List<String> CASES = List.of("th-5g-smart-hospital", "digital-uganda", "cbers-amazon",
            "beidou-sarez-lake", "belt-road-digital-economy", "straight-to-wuzhen");

    private GeneratedTimeline() {
    }

    /** Writes the content folder and loads it, failing loudly if the generator ever writes something invalid. */
    public static Content load(Path dir, int events, long seed) {
        write(dir, events, seed);
        ContentLoader.Result result = ContentLoader.load(dir);
        if (!result.ok()) {
            throw new IllegalStateException("generated content does not validate: " + result.errors());
        }
        return result.content();
    }

    public static void write(Path dir, int events, long seed) {
        try {
            copyBundled(dir);
            JsonObject file = GSON.fromJson(Files.readString(BundledContent.root().resolve("events.json"),
                    StandardCharsets.UTF_8), JsonObject.class);
            JsonArray all = file.getAsJsonArray("events");
            all.addAll(events(Math.max(0, events - all.size()), new Random(seed)));
            Files.writeString(dir.resolve("events.json"), GSON.toJson(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyBundled(Path dir) throws IOException {
        Path bundled = BundledContent.root();
        Files.createDirectories(dir);
        for (String name : List.of("exhibition.json", "cases.json", "countries.json")) {
            Files.copy(bundled.resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> files = Files.walk(bundled.resolve("media"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(bundled.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static JsonArray events(int count, Random random) {
        JsonArray events = new JsonArray();
        LocalDate first = LocalDate.of(2014, 1, 1);
        int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(2023, 12, 31));
        LocalDate burst = first;
        for (int i = 0; i < count; i++) {
            // a third of the events crowd into a week around a summit, the rest spread over the years
            LocalDate date;
            if (i % 3 == 0 || i % 40 == 0) {
                burst = first.plusDays(random.nextInt(days - 10));
                date = burst;
            } else if (i % 3 == 1) {
                date = burst.plusDays(random.nextInt(7));
            } else {
                date = first.plusDays(random.nextInt(days));
            }
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            String[] form = FORMS[random.nextInt(FORMS.length)];
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            JsonObject event = new JsonObject();
            event.addProperty("id", String.format("generated-%04d", i + 1));
            int shape = random.nextInt(20);
            if (shape == 0) {
                event.addProperty("date", String.format("%04d-%02d", date.getYear(), date.getMonthValue()));
            } else {
                event.addProperty("date", date.toString());
            }
            if (shape >= 1 && shape <= 4) {
                LocalDate end = date.plusDays(1 + random.nextInt(shape == 4 ? 90 : 4));
                event.addProperty("endDate", end.toString());
            }
            event.addProperty("kind", kind);
            event.add("title", text(place[0] + topic[0] + form[0], topic[1] + " " + form[1] + " in " + place[1]));
            event.add("summary", text(place[0] + "举办" + topic[0] + form[0] + "，各方交流经验、商定下一步合作。",
                    "Partners met in " + place[1] + " to compare notes on " + topic[1].toLowerCase(java.util.Locale.ROOT)
                            + " and agree on next steps."));
            event.add("body", text(("这是第" + (i + 1) + "条生成的里程碑，用于检验时间轴在内容很多时是否依然流畅、清晰。").repeat(3),
                    ("This is generated milestone number " + (i + 1) + ", written to check that the timeline stays "
                            + "smooth and legible with a great deal of content. ").repeat(3)));
            if (random.nextInt(6) == 0) {
                JsonArray cases = new JsonArray();
                cases.add(CASES.get(random.nextInt(CASES.size())));
                event.add("cases", cases);
            }
            if (random.nextInt(5) == 0) {
                JsonObject image = new JsonObject();
                image.addProperty("file", "media/cases/" + CASES.get(random.nextInt(CASES.size())) + ".png");
                image.addProperty("type", "image");
                image.add("caption", text("示意图", "Illustration"));
                image.add("credit", text("展项自绘", "Drawn for the kiosk"));
                event.add("image", image);
            }
            JsonArray sources = new JsonArray();
            JsonObject source = new JsonObject();
            source.addProperty("title", "Generated for the timeline's scale tests");
            source.addProperty("note", "not a real event");
            sources.add(source);
            event.add("sources", sources);
            events.add(event);
        }
        return events;
    }

    private static JsonObject text(String zh, String en) {
        JsonObject text = new JsonObject();
        text.addProperty("zh", zh);
        text.addProperty("en", en);
        return text;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/generated-timeline");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Content content = load(dir, count, 2014);
        System.out.println("wrote " + content.events().size() + " events to " + dir.toAbsolutePath());
    }
}
