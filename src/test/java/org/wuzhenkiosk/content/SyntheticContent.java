package org.wuzhenkiosk.content;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Writes a valid exhibition of any size into a folder, for benchmarks, screenshots and tests of how the screens
 * cope with a thousand events or pins: either one of its own ({@link #write}) or the bundled exhibition topped up
 * with generated events and cases ({@link #besideBundled}). The same seed always writes the same files.
 */
public final class SyntheticContent {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final int FIRST_YEAR = 2014;
    private static final int LAST_YEAR = 2023;
    private static final int COVERS = 6;

    private SyntheticContent() {
    }

    private record City(String id, String zh, String en, double lat, double lon, String country, String region) {
    }

    private record Word(String id, String zh, String en) {
    }

    /** Cities on every inhabited continent, both sides of the equator and of the date line. */
    private static final List<City> CITIES = List.of(
            new City("wuzhen", "乌镇", "Wuzhen", 30.7454, 120.4851, "CN", "east-asia"),
            new City("beijing", "北京", "Beijing", 39.9042, 116.4074, "CN", "east-asia"),
            new City("seoul", "首尔", "Seoul", 37.5665, 126.978, "KR", "east-asia"),
            new City("tokyo", "东京", "Tokyo", 35.6762, 139.6503, "JP", "east-asia"),
            new City("ulaanbaatar", "乌兰巴托", "Ulaanbaatar", 47.8864, 106.9057, "MN", "east-asia"),
            new City("bangkok", "曼谷", "Bangkok", 13.7563, 100.5018, "TH", "southeast-asia"),
            new City("jakarta", "雅加达", "Jakarta", -6.2088, 106.8456, "ID", "southeast-asia"),
            new City("kuala-lumpur", "吉隆坡", "Kuala Lumpur", 3.139, 101.6869, "MY", "southeast-asia"),
            new City("singapore", "新加坡", "Singapore", 1.3521, 103.8198, "SG", "southeast-asia"),
            new City("hanoi", "河内", "Hanoi", 21.0278, 105.8342, "VN", "southeast-asia"),
            new City("vientiane", "万象", "Vientiane", 17.9757, 102.6331, "LA", "southeast-asia"),
            new City("dhaka", "达卡", "Dhaka", 23.8103, 90.4125, "BD", "south-asia"),
            new City("islamabad", "伊斯兰堡", "Islamabad", 33.6844, 73.0479, "PK", "south-asia"),
            new City("kathmandu", "加德满都", "Kathmandu", 27.7172, 85.324, "NP", "south-asia"),
            new City("colombo", "科伦坡", "Colombo", 6.9271, 79.8612, "LK", "south-asia"),
            new City("astana", "阿斯塔纳", "Astana", 51.1694, 71.4491, "KZ", "central-asia"),
            new City("tashkent", "塔什干", "Tashkent", 41.2995, 69.2401, "UZ", "central-asia"),
            new City("dushanbe", "杜尚别", "Dushanbe", 38.5598, 68.787, "TJ", "central-asia"),
            new City("riyadh", "利雅得", "Riyadh", 24.7136, 46.6753, "SA", "middle-east"),
            new City("dubai", "迪拜", "Dubai", 25.2048, 55.2708, "AE", "middle-east"),
            new City("cairo", "开罗", "Cairo", 30.0444, 31.2357, "EG", "africa"),
            new City("nairobi", "内罗毕", "Nairobi", -1.2921, 36.8219, "KE", "africa"),
            new City("kampala", "坎帕拉", "Kampala", 0.3476, 32.5825, "UG", "africa"),
            new City("addis-ababa", "亚的斯亚贝巴", "Addis Ababa", 8.9806, 38.7578, "ET", "africa"),
            new City("lagos", "拉各斯", "Lagos", 6.5244, 3.3792, "NG", "africa"),
            new City("johannesburg", "约翰内斯堡", "Johannesburg", -26.2041, 28.0473, "ZA", "africa"),
            new City("dakar", "达喀尔", "Dakar", 14.7167, -17.4677, "SN", "africa"),
            new City("kigali", "基加利", "Kigali", -1.9441, 30.0619, "RW", "africa"),
            new City("moscow", "莫斯科", "Moscow", 55.7558, 37.6173, "RU", "europe"),
            new City("berlin", "柏林", "Berlin", 52.52, 13.405, "DE", "europe"),
            new City("paris", "巴黎", "Paris", 48.8566, 2.3522, "FR", "europe"),
            new City("london", "伦敦", "London", 51.5074, -0.1278, "GB", "europe"),
            new City("geneva", "日内瓦", "Geneva", 46.2044, 6.1432, "CH", "europe"),
            new City("belgrade", "贝尔格莱德", "Belgrade", 44.7866, 20.4489, "RS", "europe"),
            new City("athens", "雅典", "Athens", 37.9838, 23.7275, "GR", "europe"),
            new City("reykjavik", "雷克雅未克", "Reykjavik", 64.1466, -21.9426, "IS", "europe"),
            new City("sao-paulo", "圣保罗", "São Paulo", -23.5505, -46.6333, "BR", "latin-america"),
            new City("manaus", "马瑙斯", "Manaus", -3.119, -60.0217, "BR", "latin-america"),
            new City("buenos-aires", "布宜诺斯艾利斯", "Buenos Aires", -34.6037, -58.3816, "AR", "latin-america"),
            new City("santiago", "圣地亚哥", "Santiago", -33.4489, -70.6693, "CL", "latin-america"),
            new City("lima", "利马", "Lima", -12.0464, -77.0428, "PE", "latin-america"),
            new City("mexico-city", "墨西哥城", "Mexico City", 19.4326, -99.1332, "MX", "latin-america"),
            new City("havana", "哈瓦那", "Havana", 23.1136, -82.3666, "CU", "latin-america"),
            new City("new-york", "纽约", "New York", 40.7128, -74.006, "US", "north-america"),
            new City("toronto", "多伦多", "Toronto", 43.6532, -79.3832, "CA", "north-america"),
            new City("sydney", "悉尼", "Sydney", -33.8688, 151.2093, "AU", "oceania"),
            new City("auckland", "奥克兰", "Auckland", -36.8485, 174.7633, "NZ", "oceania"),
            new City("suva", "苏瓦", "Suva", -18.1416, 178.4419, "FJ", "oceania"));

    private static final List<Word> KINDS = List.of(
            new Word("summit", "峰会", "Summit"),
            new Word("initiative", "倡议", "Initiative"),
            new Word("document", "文件", "Document"),
            new Word("dialogue", "对话", "Dialogue"),
            new Word("forum", "论坛", "Forum"));

    private static final List<Word> THEMES = List.of(
            new Word("health", "医疗健康", "Health"),
            new Word("environment", "生态环境", "Environment"),
            new Word("culture", "文化艺术", "Culture and art"),
            new Word("digital-economy", "数字经济", "Digital economy"),
            new Word("innovation", "创新", "Innovation"),
            new Word("data-governance", "数据治理", "Data governance"));

    private static final List<Word> REGIONS = List.of(
            new Word("east-asia", "东亚", "East Asia"),
            new Word("southeast-asia", "东南亚", "Southeast Asia"),
            new Word("south-asia", "南亚", "South Asia"),
            new Word("central-asia", "中亚", "Central Asia"),
            new Word("middle-east", "中东", "Middle East"),
            new Word("africa", "非洲", "Africa"),
            new Word("europe", "欧洲", "Europe"),
            new Word("latin-america", "拉丁美洲", "Latin America"),
            new Word("north-america", "北美", "North America"),
            new Word("oceania", "大洋洲", "Oceania"));

    private static final List<Word> TOPICS = List.of(
            new Word("silk-road", "数字丝路", "Digital Silk Road"),
            new Word("security", "网络安全", "Cybersecurity"),
            new Word("ai", "人工智能", "Artificial Intelligence"),
            new Word("data", "数据治理", "Data Governance"),
            new Word("smart-city", "智慧城市", "Smart City"),
            new Word("education", "数字教育", "Digital Education"),
            new Word("green", "绿色计算", "Green Computing"),
            new Word("commerce", "跨境电商", "Cross-border E-commerce"),
            new Word("navigation", "卫星导航", "Satellite Navigation"),
            new Word("health", "数字医疗", "Digital Health"));

    private static final List<Word> PROJECTS = List.of(
            new Word("project", "项目", "Project"),
            new Word("lab", "联合实验室", "Joint Lab"),
            new Word("network", "网络", "Network"),
            new Word("platform", "平台", "Platform"),
            new Word("programme", "计划", "Programme"));

    /** Writes exhibition.json, events.json, cases.json, countries.json, schema/ and media/ into {@code dir}. */
    public static void write(Path dir, int events, int cases, long seed) throws IOException {
        write(dir, events, cases, seed, null, null);
    }

    /**
     * An exhibition of its own whose events spread evenly from {@code first} to {@code last}: a month, a century,
     * five centuries, to see how the timeline reads at any span. Loads it too, failing if it does not validate.
     */
    public static Content spanning(Path dir, LocalDate first, LocalDate last, int events, long seed) {
        try {
            write(dir, events, 12, seed, first, last);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated content into " + dir, e);
        }
        return loadValid(dir);
    }

    private static void write(Path dir, int events, int cases, long seed, LocalDate first, LocalDate last)
            throws IOException {
        if (events < 0 || cases < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + events + " events, " + cases + " cases");
        }
        Random random = new Random(seed);
        Files.createDirectories(dir);
        List<String> covers = writeCovers(dir);
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            eventIds.add(String.format("ev-%04d", i + 1));
        }
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            caseIds.add(String.format("case-%04d", i + 1));
        }
        writeJson(dir.resolve("exhibition.json"), exhibition(events, cases, seed));
        JsonArray eventList = new JsonArray();
        for (int i = 0; i < events; i++) {
            eventList.add(first == null ? event(random, i, events, eventIds.get(i), caseIds, covers)
                    : event(random, dayWithin(random, i, events, first, last), eventIds.get(i), caseIds, covers));
        }
        writeJson(dir.resolve("events.json"), file("events", eventList));
        JsonArray caseList = new JsonArray();
        for (int i = 0; i < cases; i++) {
            caseList.add(caseStudy(random, caseIds.get(i), eventIds, covers));
        }
        writeJson(dir.resolve("cases.json"), file("cases", caseList));
        writeCountries(dir);
        JsonSchemaWriter.writeAll(dir);
    }

    /**
     * The bundled exhibition copied into {@code dir}, to be topped up with generated records: the cases and
     * pictures the kiosk ships with stay, so screenshots show real pictures among the generated events.
     */
    public static BesideBundled besideBundled(Path dir) {
        return new BesideBundled(dir);
    }

    /** What to add to a copy of the bundled exhibition; {@link #write()} writes it, {@link #load()} loads it too. */
    public static final class BesideBundled {
        private final Path dir;
        private int eventsInAll;
        private int pinnedCases;
        private int pinsEach;
        private long seed = 1L;

        private BesideBundled(Path dir) {
            this.dir = dir;
        }

        /** Generated events, linked to the bundled cases and pictured with their covers, until there are this many. */
        public BesideBundled eventsInAll(int events) {
            this.eventsInAll = events;
            return this;
        }

        /** This many more cases, each with {@code pins} places on land spread over the world as people live. */
        public BesideBundled casesWithPins(int cases, int pins) {
            this.pinnedCases = cases;
            this.pinsEach = pins;
            return this;
        }

        public BesideBundled seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Path write() {
            try {
                return writeOrFail();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the generated content into " + dir, e);
            }
        }

        /** Writes the folder and loads it, failing loudly if the generator ever writes something invalid. */
        public Content load() {
            return loadValid(write());
        }

        private Path writeOrFail() throws IOException {
            BundledCopy.into(dir);
            Content bundled = loadValid(dir);
            Random random = new Random(seed);
            int added = Math.max(0, eventsInAll - bundled.events().size());
            List<String> caseIds = bundled.cases().stream().map(CaseStudy::id).toList();
            List<String> covers = bundled.cases().stream().map(CaseStudy::cover).filter(Objects::nonNull)
                    .map(Media::file).distinct().toList();
            JsonObject events = readJson(dir.resolve(ContentSchema.EVENTS_JSON.name()));
            for (int i = 0; i < added; i++) {
                events.getAsJsonArray("events").add(event(random, i, added, String.format("ev-%04d", i + 1),
                        caseIds, covers));
            }
            writeJson(dir.resolve(ContentSchema.EVENTS_JSON.name()), events);
            JsonObject cases = readJson(dir.resolve(ContentSchema.CASES_JSON.name()));
            Land land = Land.bundled(bundled.countries());
            List<String> themes = bundled.exhibition().themes().stream().map(Category::id).toList();
            List<String> regions = bundled.exhibition().regions().stream().map(Category::id).toList();
            for (int i = 1; i <= pinnedCases; i++) {
                cases.getAsJsonArray("cases").add(pinnedCase(random, i, pinsEach, land, themes, regions));
            }
            writeJson(dir.resolve(ContentSchema.CASES_JSON.name()), cases);
            return dir;
        }
    }

    private static Content loadValid(Path dir) {
        ContentLoader.Result result = ContentLoader.load(dir);
        if (!result.ok()) {
            throw new IllegalStateException("generated content in " + dir + " does not validate: " + result.errors());
        }
        return result.content();
    }

    /**
     * {@code folder events cases [seed]} writes an exhibition of its own; {@code --beside-bundled folder events
     * cases [seed]} tops the bundled one up to that many events and adds that many cases with four pins each;
     * {@code --span first last folder events} writes one whose events spread over that span.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 5 && args[0].equals("--span")) {
            // --span 1963-01-01 2012-12-31 folder events: an exhibition of its own over that span
            Content content = spanning(Path.of(args[3]), LocalDate.parse(args[1]), LocalDate.parse(args[2]),
                    Integer.parseInt(args[4]), 1L);
            System.out.printf("wrote %d events from %s to %s into %s%n", content.events().size(), args[1], args[2],
                    args[3]);
            return;
        }
        boolean beside = args.length > 0 && args[0].equals("--beside-bundled");
        String[] rest = beside ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length < 3) {
            System.err.println("usage: SyntheticContent [--beside-bundled] <folder> <events> <cases> [seed]\n"
                    + "       SyntheticContent --span <first day> <last day> <folder> <events>");
            System.exit(2);
        }
        Path dir = Path.of(rest[0]);
        int events = Integer.parseInt(rest[1]);
        int cases = Integer.parseInt(rest[2]);
        long seed = rest.length > 3 ? Long.parseLong(rest[3]) : 1L;
        long start = System.nanoTime();
        if (beside) {
            besideBundled(dir).eventsInAll(events).casesWithPins(cases, 4).seed(seed).write();
        } else {
            write(dir, events, cases, seed);
        }
        System.out.printf("wrote %d events and %d cases into %s in %d ms%n", events, cases, dir.toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000);
    }

    // ---- exhibition ----

    private static JsonObject exhibition(int events, int cases, long seed) {
        JsonObject o = new JsonObject();
        o.addProperty("$schema", ContentSchema.EXHIBITION_JSON.schemaPath());
        o.addProperty("id", "synthetic");
        o.add("title", text("合成测试展览", "Synthetic test exhibition"));
        o.add("subtitle", text(events + "个事件，" + cases + "个案例", events + " events, " + cases + " cases"));
        o.add("intro", text("这是自动生成的测试内容，不是真实的展览。",
                "Generated test content, not a real exhibition."));
        JsonArray languages = new JsonArray();
        languages.add(language("zh", "中文"));
        languages.add(language("en", "English"));
        o.add("languages", languages);
        o.addProperty("defaultLanguage", "zh");
        o.add("eventKinds", categories(KINDS));
        o.add("themes", categories(THEMES));
        o.add("regions", categories(REGIONS));
        JsonArray sources = new JsonArray();
        sources.add(source("SyntheticContent", null, "generated with seed " + seed));
        o.add("sources", sources);
        return o;
    }

    private static JsonObject language(String code, String name) {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("name", name);
        o.addProperty("direction", "ltr");
        return o;
    }

    private static JsonArray categories(List<Word> words) {
        JsonArray list = new JsonArray();
        for (Word word : words) {
            JsonObject o = new JsonObject();
            o.addProperty("id", word.id());
            o.add("label", text(word.zh(), word.en()));
            list.add(o);
        }
        return list;
    }

    // ---- events ----

    /**
     * Events are spread evenly over the ten years, but a third of each year's events crowd into one month, as they
     * do around a summit; most are dated to the day, some only to the month or year, and a fifth last several days.
     */
    private static JsonObject event(Random random, int index, int count, String id, List<String> caseIds,
                                    List<String> covers) {
        int year = FIRST_YEAR + (int) ((long) index * (LAST_YEAR - FIRST_YEAR + 1) / Math.max(1, count));
        int busyMonth = 9 + year % 4;
        int month = random.nextInt(3) == 0 ? busyMonth : 1 + random.nextInt(12);
        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(LocalDate.of(year, month, 1).lengthOfMonth()));
        return event(random, day, id, caseIds, covers);
    }

    /** The index-th of {@code count} days spread evenly from {@code first} to {@code last}, a little jittered. */
    private static LocalDate dayWithin(Random random, int index, int count, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        long offset = (long) Math.floor((index + random.nextDouble()) * (days + 1) / Math.max(1, count));
        return first.plusDays(Math.min(days, offset));
    }

    private static JsonObject event(Random random, LocalDate day, String id, List<String> caseIds,
                                    List<String> covers) {
        int year = day.getYear();
        int month = day.getMonthValue();
        int number = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        int precision = random.nextInt(20);
        String date;
        String endDate = null;
        if (precision == 0) {
            date = String.valueOf(year);
        } else if (precision < 4) {
            date = String.format("%04d-%02d", year, month);
        } else {
            date = day.toString();
            if (random.nextInt(5) == 0) {
                endDate = day.plusDays(1 + random.nextInt(5)).toString();
            }
        }
        Word kind = pick(random, KINDS);
        Word topic = pick(random, TOPICS);
        City city = pick(random, CITIES);

        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("date", date);
        if (endDate != null) {
            o.addProperty("endDate", endDate);
        }
        o.addProperty("kind", kind.id());
        o.add("title", text(topic.zh() + kind.zh() + " " + number, topic.en() + " " + kind.en() + " " + number));
        o.add("summary", text(city.zh() + "举办" + topic.zh() + kind.zh() + "，各方交流合作经验。",
                ("aeiou".indexOf(Character.toLowerCase(kind.en().charAt(0))) >= 0 ? "An " : "A ")
                        + kind.en().toLowerCase(Locale.ROOT) + " on " + topic.en().toLowerCase(Locale.ROOT)
                        + " in " + city.en()
                        + " brought partners together to share experience."));
        o.add("body", text(
                year + "年，" + topic.zh() + kind.zh() + "在" + city.zh() + "举行。来自多个国家的代表参加。"
                        + "与会者讨论了今后的合作方向。",
                "In " + year + ", the " + topic.en() + " " + kind.en() + " took place in " + city.en() + ". "
                        + "Representatives of several countries attended. "
                        + "They discussed where their cooperation should go next."));
        if (random.nextInt(7) != 0) {
            o.add("place", place(random, city, false));
        }
        if (random.nextInt(3) == 0) {
            o.add("image", media(pick(random, covers), topic.zh() + kind.zh() + "（示意图）",
                    topic.en() + " " + kind.en() + " (illustration)"));
        }
        JsonArray links = ids(random, caseIds, random.nextInt(4));
        if (!links.isEmpty()) {
            o.add("cases", links);
        }
        JsonArray sources = new JsonArray();
        sources.add(source("Synthetic news agency, report " + number, "https://example.org/events/" + id, null));
        if (random.nextBoolean()) {
            sources.add(source("Synthetic yearbook " + year, null, "page " + (1 + random.nextInt(400))));
        }
        o.add("sources", sources);
        return o;
    }

    // ---- cases ----

    private static JsonObject caseStudy(Random random, String id, List<String> eventIds, List<String> covers) {
        City home = pick(random, CITIES);
        Word topic = pick(random, TOPICS);
        Word project = pick(random, PROJECTS);
        Word theme = pick(random, THEMES);
        int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);

        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        if (random.nextInt(10) != 0) {
            o.addProperty("year", year);
        }
        o.addProperty("theme", theme.id());
        o.addProperty("region", home.region());
        o.add("title", text(home.zh() + topic.zh() + project.zh(),
                topic.en() + " " + project.en() + " in " + home.en()));
        o.add("summary", text(home.zh() + "与伙伴共同建设" + topic.zh() + project.zh() + "。",
                "Partners in " + home.en() + " built a " + project.en().toLowerCase(Locale.ROOT) + " for "
                        + topic.en().toLowerCase(Locale.ROOT) + " together."));
        o.add("body", text(
                "该" + project.zh() + "于" + year + "年启动。它把" + topic.zh() + "带给当地居民。"
                        + "参与方分享了技术和经验。项目仍在继续。",
                "The " + project.en().toLowerCase(Locale.ROOT) + " started in " + year + ". "
                        + "It brings " + topic.en().toLowerCase(Locale.ROOT) + " to the people of " + home.en() + ". "
                        + "The partners shared technology and experience. The work goes on."));

        List<City> cities = new ArrayList<>(List.of(home));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            City city = pick(random, CITIES);
            if (!cities.contains(city)) {
                cities.add(city);
            }
        }
        JsonArray partners = new JsonArray();
        for (City city : cities) {
            JsonObject partner = new JsonObject();
            partner.add("name", text(city.zh() + "数字合作中心", city.en() + " Digital Cooperation Centre"));
            partner.addProperty("country", city.country());
            partners.add(partner);
        }
        o.add("partners", partners);
        JsonArray places = new JsonArray();
        for (City city : cities) {
            places.add(place(random, city, random.nextInt(6) == 0));
        }
        o.add("places", places);

        o.add("cover", media(pick(random, covers), home.zh() + "的" + topic.zh() + project.zh() + "（示意图）",
                topic.en() + " " + project.en().toLowerCase(Locale.ROOT) + " in " + home.en() + " (illustration)"));
        if (random.nextInt(5) == 0) {
            JsonArray gallery = new JsonArray();
            int pictures = 1 + random.nextInt(2);
            for (int i = 0; i < pictures; i++) {
                gallery.add(media(pick(random, covers), "现场照片 " + (i + 1), "On site, picture " + (i + 1)));
            }
            o.add("media", gallery);
        }
        o.addProperty("link", "https://example.org/cases/" + id);
        JsonArray links = ids(random, eventIds, random.nextInt(3));
        if (!links.isEmpty()) {
            o.add("events", links);
        }
        JsonArray sources = new JsonArray();
        sources.add(source("Synthetic case report " + id, "https://example.org/cases/" + id, null));
        o.add("sources", sources);
        return o;
    }

    /** A case with {@code pins} places on land anywhere, for the map's scale: themes and regions of the exhibition. */
    private static JsonObject pinnedCase(Random random, int number, int pins, Land land, List<String> themes,
                                         List<String> regions) {
        JsonObject o = new JsonObject();
        o.addProperty("id", "pinned-" + number);
        o.addProperty("year", FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1));
        o.addProperty("theme", pick(random, themes));
        o.addProperty("region", pick(random, regions));
        o.add("title", text("合作项目 " + number, "Cooperation project " + number));
        o.add("summary", text("用于检验地图能否流畅显示一千个地点的示例项目。",
                "A sample project that checks the map stays smooth with a thousand places."));
        JsonArray places = new JsonArray();
        for (int p = 1; p <= pins; p++) {
            places.add(land.place(random, number + "-" + p));
        }
        o.add("places", places);
        JsonArray sources = new JsonArray();
        sources.add(source("Synthetic data for the map benchmark", null, null));
        o.add("sources", sources);
        return o;
    }

    /** The countries of the bundled world map that the country table names, to put pins on land. */
    private record Land(List<Map.Entry<String, Basemap.Area>> countries) {

        static Land bundled(Map<String, Country> table) {
            Map<String, String> byNumeric = new HashMap<>();
            Map<String, String> byName = new HashMap<>();
            for (Country country : table.values()) {
                if (country.numeric() != null) {
                    byNumeric.put(country.numeric(), country.code());
                }
                country.name().values().values().forEach(n -> byName.put(n.toLowerCase(Locale.ROOT), country.code()));
            }
            List<Map.Entry<String, Basemap.Area>> countries = new ArrayList<>();
            for (Basemap.Area area : BasemapLoader.load(BasemapLoader.bundled()).basemap().areas()) {
                String code = area.id() != null ? byNumeric.get(area.id()) : null;
                code = code != null ? code : byName.get(area.name().toLowerCase(Locale.ROOT));
                if (code != null) {
                    countries.add(Map.entry(code, area));
                }
            }
            return new Land(countries);
        }

        /** A random point on land, more often in the bands where most people live. */
        JsonObject place(Random random, String number) {
            while (true) {
                double lon = random.nextDouble() * 360 - 180;
                double lat = Math.max(-55, Math.min(70, 25 + random.nextGaussian() * 22));
                String country = countryAt(lon, lat);
                if (country != null) {
                    JsonObject o = new JsonObject();
                    o.addProperty("id", "place-" + number);
                    o.add("name", text("地点 " + number, "Place " + number));
                    o.add("lat", degrees(lat));
                    o.add("lon", degrees(lon));
                    o.addProperty("country", country);
                    return o;
                }
            }
        }

        private String countryAt(double lon, double lat) {
            return countries.stream()
                    .filter(c -> c.getValue().polygons().stream().anyMatch(p -> inside(p, lon, lat)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        /** In the outer ring and in none of the holes (even-odd rule on longitude/latitude). */
        private static boolean inside(Basemap.Polygon polygon, double lon, double lat) {
            List<double[]> rings = polygon.rings();
            if (!inside(rings.get(0), lon, lat)) {
                return false;
            }
            return rings.stream().skip(1).noneMatch(hole -> inside(hole, lon, lat));
        }

        private static boolean inside(double[] ring, double lon, double lat) {
            boolean in = false;
            for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
                double x1 = ring[i];
                double y1 = ring[i + 1];
                double x2 = ring[j];
                double y2 = ring[j + 1];
                if ((y1 > lat) != (y2 > lat) && lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1) {
                    in = !in;
                }
            }
            return in;
        }
    }

    // ---- shared shapes ----

    /** A city's pin; an editorial pin stands for the area around the city and sits a little way off it. */
    private static JsonObject place(Random random, City city, boolean editorial) {
        double lat = city.lat();
        double lon = city.lon();
        if (editorial) {
            lat = Math.max(-89.0, Math.min(89.0, lat + random.nextDouble() * 3 - 1.5));
            lon = lon + random.nextDouble() * 3 - 1.5;
            lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        }
        JsonObject o = new JsonObject();
        o.addProperty("id", editorial ? city.id() + "-area" : city.id());
        o.add("name", editorial ? text(city.zh() + "周边", "Around " + city.en()) : text(city.zh(), city.en()));
        o.add("lat", degrees(lat));
        o.add("lon", degrees(lon));
        o.addProperty("country", city.country());
        o.addProperty("editorial", editorial);
        return o;
    }

    private static JsonObject media(String file, String captionZh, String captionEn) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("type", "image");
        o.add("caption", text(captionZh, captionEn));
        o.add("credit", text("合成测试图片", "Synthetic test picture"));
        return o;
    }

    private static JsonObject source(String title, String url, String note) {
        JsonObject o = new JsonObject();
        o.add("title", text("资料：" + title, title));
        if (url != null) {
            o.addProperty("url", url);
        }
        if (note != null) {
            o.addProperty("note", note);
        }
        return o;
    }

    private static JsonObject text(String zh, String en) {
        JsonObject o = new JsonObject();
        o.addProperty("zh", zh);
        o.addProperty("en", en);
        return o;
    }

    /** Four decimals (about 10 m) and never in exponent notation. */
    private static JsonPrimitive degrees(double value) {
        return new JsonPrimitive(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
    }

    /** Up to {@code count} distinct ids drawn from {@code ids}. */
    private static JsonArray ids(Random random, List<String> ids, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < count && !ids.isEmpty(); i++) {
            chosen.add(pick(random, ids));
        }
        JsonArray array = new JsonArray();
        chosen.forEach(array::add);
        return array;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static JsonObject file(String listName, JsonArray list) {
        JsonObject o = new JsonObject();
        o.addProperty("$schema", "schema/" + listName + ".schema.json");
        o.add(listName, list);
        return o;
    }

    private static JsonObject readJson(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static void writeJson(Path file, JsonElement json) throws IOException {
        Files.writeString(file, GSON.toJson(json) + "\n", StandardCharsets.UTF_8);
    }

    // ---- files next to the JSON ----

    /** A few tiny covers, each a colour field with a band, shared by many records so writing stays fast. */
    private static List<String> writeCovers(Path dir) throws IOException {
        Path folder = dir.resolve("media/covers");
        Files.createDirectories(folder);
        int[] colours = {0x1F6F8B, 0x99A8B2, 0xE6D5B8, 0xC84B31, 0x2D4263, 0x5F7161};
        List<String> files = new ArrayList<>();
        for (int i = 0; i < COVERS; i++) {
            BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
            int colour = colours[i % colours.length];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean band = Math.abs(x - y - i * 8) < 6;
                    image.setRGB(x, y, band ? 0xF4F4F4 : colour);
                }
            }
            String name = "media/covers/cover-" + (i + 1) + ".png";
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            files.add(name);
        }
        return files;
    }

    /**
     * The kiosk's own country table when it is on the class path, so every country has its names; otherwise the
     * countries of the cities used here, so the folder stands on its own.
     */
    private static void writeCountries(Path dir) throws IOException {
        Path target = dir.resolve(ContentSchema.COUNTRIES_JSON.name());
        try {
            Path bundled = BundledContent.root().resolve(ContentSchema.COUNTRIES_JSON.name());
            if (Files.isRegularFile(bundled)) {
                Files.write(target, Files.readAllBytes(bundled));
                return;
            }
        } catch (IllegalStateException e) {
            // no bundled content on the class path: write the small table below
        }
        Map<String, City> byCountry = new LinkedHashMap<>();
        CITIES.forEach(c -> byCountry.putIfAbsent(c.country(), c));
        JsonArray countries = new JsonArray();
        byCountry.keySet().stream().sorted().forEach(code -> {
            JsonObject country = new JsonObject();
            country.addProperty("code", code);
            Locale locale = new Locale("", code);
            country.add("name", text(locale.getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                    locale.getDisplayCountry(Locale.ENGLISH)));
            countries.add(country);
        });
        JsonObject o = new JsonObject();
        o.addProperty("$schema", ContentSchema.COUNTRIES_JSON.schemaPath());
        o.addProperty("source", "java.util.Locale country names");
        o.add("countries", countries);
        writeJson(target, o);
    }
}
