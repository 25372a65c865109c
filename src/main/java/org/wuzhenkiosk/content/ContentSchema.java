package org.wuzhenkiosk.content;

import static org.wuzhenkiosk.content.FieldType.Format.ANY;
import static org.wuzhenkiosk.content.FieldType.Format.COUNTRY;
import static org.wuzhenkiosk.content.FieldType.Format.DATE;
import static org.wuzhenkiosk.content.FieldType.Format.ID;
import static org.wuzhenkiosk.content.FieldType.Format.LANGUAGE;
import static org.wuzhenkiosk.content.FieldType.Format.MEDIA_PATH;
import static org.wuzhenkiosk.content.FieldType.Format.URL;

import java.util.List;
import org.wuzhenkiosk.content.FieldType.Choice;
import org.wuzhenkiosk.content.FieldType.Decimal;
import org.wuzhenkiosk.content.FieldType.Field;
import org.wuzhenkiosk.content.FieldType.Flag;
import org.wuzhenkiosk.content.FieldType.ListOf;
import org.wuzhenkiosk.content.FieldType.Localized;
import org.wuzhenkiosk.content.FieldType.Shape;
import org.wuzhenkiosk.content.FieldType.Text;
import org.wuzhenkiosk.content.FieldType.Whole;
import org.wuzhenkiosk.content.FieldType.Word;
import org.wuzhenkiosk.content.Vocabulary.Kind;

/**
 * The shape of every content file, in one place: the validator checks files against it and the JSON Schemas
 * shipped in {@code resources/schema/} are written from it, so the two never disagree.
 */
public final class ContentSchema {

    private ContentSchema() {
    }

    private static Field required(String name, FieldType type, String description, String example) {
        return new Field(name, type, true, description, example);
    }

    private static Field optional(String name, FieldType type, String description, String example) {
        return new Field(name, type, false, description, example);
    }

    /** What no JSON Schema can say: the schemas' descriptions tell staff that --validate checks it. */
    private static final String VALIDATOR_CHECKS = "; --validate checks that no two are the same";
    private static final String DAY_CHECKED = "; --validate checks that the day exists in its month (no February 30)";

    private static final Localized TEXT = new Localized();
    private static final Word COUNTRY_CODE = new Word(Kind.COUNTRY);
    private static final Word OFFERED_LANGUAGE = new Word(Kind.LANGUAGE);
    private static final Field SCHEMA_LINK = optional("$schema", new Text(ANY),
            "Path of the JSON Schema, for editors", "\"schema/events.schema.json\"");

    public static final Shape SOURCE = new Shape("source", "Where a fact comes from, so anyone can check it.", List.of(
            required("title", TEXT, "Title of the article or document, as visitors read it in each language",
                    "{\"zh\": \"…\", \"en\": \"…\"}"),
            optional("publisher", TEXT, "Who published it, in each language",
                    "{\"zh\": \"中国日报\", \"en\": \"China Daily\"}"),
            optional("date", new Text(DATE), "When it was published" + DAY_CHECKED, "\"2022-12-07\""),
            optional("url", new Text(URL), "Web address of the article itself", "\"https://example.org/article\""),
            optional("note", new Text(ANY), "For staff only: no visitor screen shows it",
                    "\"date archive page; search for CBERS-6\"")));

    public static final Shape PLACE = new Shape("place", "A point on the map.", List.of(
            required("id", new Text(ID), "Unique within its case" + VALIDATOR_CHECKS, "\"bangkok\""),
            required("name", TEXT, "Place name in every offered language", "{\"zh\": \"曼谷\", \"en\": \"Bangkok\"}"),
            required("lat", new Decimal(-90, 90, "latitude"), "Latitude in degrees, -90 to 90", "13.754"),
            required("lon", new Decimal(-180, 180, "longitude"), "Longitude in degrees, -180 to 180", "100.5014"),
            required("country", COUNTRY_CODE, "ISO 3166-1 alpha-2 code", "\"TH\""),
            optional("editorial", new Flag(), "true when the pin stands for a wider area", "false")));

    public static final Shape MEDIA = media("media", "A picture, video clip or audio narration.",
            List.of("image", "video", "audio"));

    /** A cover or an event's picture: media that must be an image. */
    public static final Shape PICTURE = media("picture", "A picture.", List.of("image"));

    private static Shape media(String name, String description, List<String> types) {
        return new Shape(name, description, List.of(
                required("file", new Text(MEDIA_PATH), "Path relative to the content folder, with / between "
                        + "folders; --validate checks that the file exists with exactly this spelling (upper and "
                        + "lower case too) and is what \"type\" says", "\"media/cases/x.png\""),
                required("type", new Choice(types), "What the file is", "\"image\""),
                optional("caption", TEXT, "What it shows", "{\"zh\": \"…\", \"en\": \"…\"}"),
                optional("credit", TEXT, "Who made it / licence", "{\"zh\": \"…\", \"en\": \"…\"}"),
                optional("language", OFFERED_LANGUAGE, "For audio: the language spoken", "\"en\""),
                optional("poster", new Text(MEDIA_PATH), "For video: still image shown before playing",
                        "\"media/cases/x-poster.png\"")));
    }

    public static final Shape PARTNER = new Shape("partner", "An organisation taking part in a case.", List.of(
            required("name", TEXT, "Organisation name", "{\"zh\": \"诗里拉吉医院\", \"en\": \"Siriraj Hospital\"}"),
            optional("kind", new Choice(List.of("national", Partner.ORGANIZATION)),
                    "\"organization\" for an international organisation, which has no country; else \"national\"",
                    "\"national\""),
            optional("country", COUNTRY_CODE,
                    "ISO 3166-1 alpha-2 code of its country; required unless kind is \"organization\"", "\"TH\"")));

    public static final Shape CATEGORY = new Shape("category", "A kind of event, a theme or a region.", List.of(
            required("id", new Text(ID), "Unique within its list" + VALIDATOR_CHECKS, "\"summit\""),
            required("label", TEXT, "Label on filter chips", "{\"zh\": \"峰会\", \"en\": \"Summit\"}")));

    public static final Shape LANGUAGE_SHAPE = new Shape("language", "A language the exhibition offers.", List.of(
            required("code", new Text(LANGUAGE), "BCP 47 code, in lower case", "\"zh\""),
            required("name", new Text(ANY), "The language's own name, shown on the language button", "\"中文\""),
            optional("direction", new Choice(List.of("ltr", "rtl")), "Writing direction", "\"ltr\"")));

    public static final Shape EXHIBITION = new Shape("exhibition", "The exhibition: title, languages, categories.",
            List.of(SCHEMA_LINK,
                    required("id", new Text(ID), "Identifier of the exhibition", "\"wuzhen-wic\""),
                    required("title", TEXT, "Title on the home screen", "{\"zh\": \"…\", \"en\": \"…\"}"),
                    optional("subtitle", TEXT, "Line under the title", "{\"zh\": \"…\", \"en\": \"…\"}"),
                    optional("intro", TEXT, "One or two sentences on the home screen",
                            "{\"zh\": \"…\", \"en\": \"…\"}"),
                    required("languages", new ListOf(LANGUAGE_SHAPE, 1), "Offered languages, in button order",
                            "[{\"code\": \"zh\", \"name\": \"中文\"}]"),
                    required("defaultLanguage", OFFERED_LANGUAGE, "Language shown after a reset; one of languages",
                            "\"zh\""),
                    required("eventKinds", new ListOf(CATEGORY, 1), "Kinds of timeline event", "[…]"),
                    required("themes", new ListOf(CATEGORY, 1), "Themes of cases", "[…]"),
                    required("regions", new ListOf(CATEGORY, 1), "Regions of cases", "[…]"),
                    optional("sources", new ListOf(SOURCE, 0), "Sources for the exhibition as a whole", "[…]")));

    public static final Shape EVENT = new Shape("event", "A milestone on the timeline.", List.of(
            required("id", new Text(ID), "Unique among events" + VALIDATOR_CHECKS, "\"wic-2014\""),
            required("date", new Text(DATE), "When it happened (or began)" + DAY_CHECKED, "\"2014-11-19\""),
            optional("endDate", new Text(DATE), "When a span ended; --validate checks that it is not before date"
                    + " and that the day exists in its month", "\"2014-11-21\""),
            required("kind", new Word(Kind.EVENT_KIND), "One of exhibition.json eventKinds", "\"summit\""),
            required("title", TEXT, "Short title", "{\"zh\": \"…\", \"en\": \"…\"}"),
            required("summary", TEXT, "One sentence", "{\"zh\": \"…\", \"en\": \"…\"}"),
            optional("body", TEXT, "Full text of the detail panel", "{\"zh\": \"…\", \"en\": \"…\"}"),
            optional("place", PLACE, "Where it happened", "{…}"),
            optional("image", PICTURE, "Picture for the detail panel", "{…}"),
            optional("cases", new ListOf(new Text(ID), 0), "Ids of related cases; --validate checks that each is "
                    + "in cases.json", "[\"digital-uganda\"]"),
            required("sources", new ListOf(SOURCE, 1), "Where the facts come from", "[{\"title\": \"…\"}]")));

    public static final Shape CASE = new Shape("case", "A cooperation project.", List.of(
            required("id", new Text(ID), "Unique among cases" + VALIDATOR_CHECKS, "\"digital-uganda\""),
            optional("year", new Whole(1900, 2100), "Year of the case", "2021"),
            required("theme", new Word(Kind.THEME), "One of exhibition.json themes", "\"health\""),
            required("region", new Word(Kind.REGION), "One of exhibition.json regions", "\"africa\""),
            required("title", TEXT, "Card title", "{\"zh\": \"…\", \"en\": \"…\"}"),
            required("summary", TEXT, "One sentence on the card", "{\"zh\": \"…\", \"en\": \"…\"}"),
            optional("body", TEXT, "Full story", "{\"zh\": \"…\", \"en\": \"…\"}"),
            optional("partners", new ListOf(PARTNER, 0), "Organisations taking part", "[{…}]"),
            required("places", new ListOf(PLACE, 1), "Where it happens, for the map", "[{…}]"),
            optional("cover", PICTURE, "Cover picture; without one the kiosk draws a cover", "{…}"),
            optional("media", new ListOf(MEDIA, 0), "More pictures, video, narration", "[{…}]"),
            optional("example", new Flag(),
                    "true when the project is an example of cooperation, not a case the conference released", "false"),
            optional("link", new Text(URL), "Article about the case, for the take-home QR code", "\"https://…\""),
            optional("events", new ListOf(new Text(ID), 0), "Ids of related timeline events; --validate checks that "
                    + "each is in events.json", "[\"wic-2021\"]"),
            required("sources", new ListOf(SOURCE, 1), "Where the facts come from", "[{\"title\": \"…\"}]")));

    public static final Shape COUNTRY_SHAPE = new Shape("country", "A country and its names.", List.of(
            required("code", new Text(COUNTRY), "ISO 3166-1 alpha-2" + VALIDATOR_CHECKS, "\"TH\""),
            optional("alpha3", new Text(ANY), "ISO 3166-1 alpha-3", "\"THA\""),
            optional("numeric", new Text(ANY), "ISO 3166-1 numeric, 3 digits", "\"764\""),
            required("name", TEXT, "Name in every offered language", "{\"zh\": \"泰国\", \"en\": \"Thailand\"}"),
            optional("partOf", COUNTRY_CODE, "For a territory: the code of the country it is part of; the map "
                    + "colours, names and taps it with that country", "\"CN\"")));

    public static final Shape EVENTS_FILE = new Shape("events-file", "The timeline.", List.of(SCHEMA_LINK,
            required("events", new ListOf(EVENT, 0), "Timeline events, any order", "[{…}]")));

    public static final Shape CASES_FILE = new Shape("cases-file", "The cooperation cases.", List.of(SCHEMA_LINK,
            required("cases", new ListOf(CASE, 0), "Cases, in the order the grid shows them", "[{…}]")));

    public static final Shape COUNTRIES_FILE = new Shape("countries-file", "Country names for labels.", List.of(
            SCHEMA_LINK,
            optional("source", new Text(ANY), "Where the names come from", "\"i18n-iso-countries\""),
            required("countries", new ListOf(COUNTRY_SHAPE, 1), "Countries", "[{…}]")));

    public static final Shape MAP_VIEW = new Shape("map-view", "Where the map looks.", List.of(
            required("lat", new Decimal(-90, 90, "latitude"), "Latitude of the middle, -90 to 90", "20"),
            required("lon", new Decimal(-180, 180, "longitude"), "Longitude of the middle, -180 to 180", "30"),
            required("zoom", new Decimal(1, 24, "zoom"), "How far in: 1 is the whole world, up to 24", "1")));

    public static final Shape STOP = new Shape("stop", "One stop of the guided tour.", List.of(
            required("id", new Text(ID), "Unique among stops" + VALIDATOR_CHECKS, "\"first-conference\""),
            required("show", new Choice(List.of("timeline", "map", "case")), "What the stop shows: an event on the "
                    + "timeline (needs \"event\"), a case's places or a view on the map (needs \"case\" or "
                    + "\"view\"), or a case's page (needs \"case\")", "\"timeline\""),
            optional("event", new Text(ID), "For \"timeline\": the id of the event; --validate checks that it is in "
                    + "events.json", "\"wic-2014\""),
            optional("case", new Text(ID), "For \"case\" and \"map\": the id of the case; --validate checks that it "
                    + "is in cases.json", "\"digital-uganda\""),
            optional("places", new ListOf(new Text(ID), 1), "For \"map\" with a case: the ids of the case's places "
                    + "to frame (without it, all of them); --validate checks that the case has each",
                    "[\"manaus\"]"),
            optional("view", MAP_VIEW, "For \"map\" without a case: where the map looks",
                    "{\"lat\": 20, \"lon\": 30, \"zoom\": 1}"),
            required("title", TEXT, "Heading of the stop's text", "{\"zh\": \"…\", \"en\": \"…\"}"),
            required("text", TEXT, "Two or three sentences visitors read at this stop",
                    "{\"zh\": \"…\", \"en\": \"…\"}"),
            required("sources", new ListOf(SOURCE, 1), "Where the facts come from", "[{\"title\": \"…\"}]")));

    public static final Shape STORY_FILE = new Shape("story-file", "The guided tour.", List.of(SCHEMA_LINK,
            required("title", TEXT, "Name of the tour on the home screen", "{\"zh\": \"…\", \"en\": \"…\"}"),
            required("stops", new ListOf(STOP, 1), "The stops, in the order visitors step through them", "[{…}]"),
            optional("sources", new ListOf(SOURCE, 0), "Sources for the tour as a whole", "[…]")));

    /** A content file: its name in the content folder, its shape, and whether the folder must have it. */
    public record ContentFile(String name, Shape shape, boolean required) {
        public String schemaPath() {
            return "schema/" + name.replace(".json", ".schema.json");
        }
    }

    public static final ContentFile EXHIBITION_JSON = new ContentFile("exhibition.json", EXHIBITION, true);
    public static final ContentFile EVENTS_JSON = new ContentFile("events.json", EVENTS_FILE, true);
    public static final ContentFile CASES_JSON = new ContentFile("cases.json", CASES_FILE, true);
    public static final ContentFile COUNTRIES_JSON = new ContentFile("countries.json", COUNTRIES_FILE, false);

    /** Optional: without it the exhibition offers no guided tour. */
    public static final ContentFile STORY_JSON = new ContentFile("story.json", STORY_FILE, false);

    public static final List<ContentFile> FILES = List.of(EXHIBITION_JSON, EVENTS_JSON, CASES_JSON, COUNTRIES_JSON,
            STORY_JSON);
}
