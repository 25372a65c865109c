package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.wuzhenkiosk.content.JsonNode.ArrayNode;
import org.wuzhenkiosk.content.JsonNode.NullNode;
import org.wuzhenkiosk.content.JsonNode.NumberNode;
import org.wuzhenkiosk.content.JsonNode.ObjectNode;
import org.wuzhenkiosk.content.JsonNode.StringNode;
import org.wuzhenkiosk.content.Problem.Severity;
import org.wuzhenkiosk.content.geo.Antimeridian;
import org.wuzhenkiosk.content.geo.Bounds;

/**
 * Reads and checks a GeoJSON basemap: a FeatureCollection of Polygon and MultiPolygon countries in longitude and
 * latitude. Every problem comes with its file, line, column and JSON path; a file with errors yields no map, and
 * the kiosk draws its bundled map instead.
 */
public final class BasemapLoader {

    /** The bundled basemap, inside the bundled content folder. */
    public static final String BUNDLED = "map/countries-110m.geojson";
    /** Enough to fix a file; a broken file in a projected system would otherwise print one line per point. */
    static final int MAX_PROBLEMS = 30;
    private static final String WGS84 = "the kiosk needs longitude/latitude in degrees (WGS 84, EPSG:4326); "
            + "if the file is in metres (a projected system), export it again as WGS 84";

    private static final String SIMPLIFY = "use a less detailed map, such as Natural Earth's 1:110m or 1:50m "
            + "countries, or simplify it (mapshaper.org: Simplify, then Export as GeoJSON)";

    private final String file;
    private int positionCount;
    private boolean tooManyPositions;
    private final List<Problem> problems = new ArrayList<>();
    private int suppressed;

    private BasemapLoader(String file) {
        this.file = file;
    }

    /** The map when the file is usable, and every problem found in it. */
    public record Result(Basemap basemap, List<Problem> problems) {
        public boolean ok() {
            return basemap != null;
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }
    }

    /**
     * The map a kiosk shows: the configured file when it is clean, else the bundled one.
     *
     * @param fallback true when the configured file had errors and the bundled map is shown instead
     */
    public record Choice(Basemap basemap, List<Problem> problems, boolean fallback) {
    }

    public static Path bundled() {
        return BundledContent.root().resolve(BUNDLED);
    }

    /** Reads {@code configured} (null: the bundled map); on any error the bundled map, with the problems kept. */
    public static Choice loadOrBundled(Path configured) {
        List<Problem> problems = new ArrayList<>();
        if (configured != null) {
            Result result = load(configured);
            problems.addAll(result.problems());
            if (result.ok()) {
                return new Choice(result.basemap(), List.copyOf(problems), false);
            }
        }
        Result bundled = load(bundled());
        if (!bundled.ok()) {
            throw new IllegalStateException("the bundled basemap is broken, which the build should have caught:\n"
                    + String.join("\n", bundled.errors().stream().map(Problem::toString).toList()));
        }
        return new Choice(bundled.basemap(), List.copyOf(problems), configured != null);
    }

    /** Problems of the configured map file, for {@code --validate}; none when no file is configured. */
    public static List<Problem> check(Path configured) {
        return configured == null ? List.of() : load(configured).problems();
    }

    public static Result load(Path path) {
        BasemapLoader loader = new BasemapLoader(path.toString());
        Basemap basemap;
        try {
            basemap = loader.read(path);
        } catch (RuntimeException e) {
            // whatever the file holds, the kiosk draws its bundled map and staff get a message, not a stack trace
            loader.error(0, 0, "", "the check stopped at this file: " + e, "export the map again as GeoJSON");
            basemap = null;
        }
        if (loader.suppressed > 0) {
            loader.problems.add(new Problem(Severity.ERROR, loader.file, 0, 0, "",
                    loader.suppressed + " more problem(s) of the same kinds are not listed",
                    "fix the ones above and check again"));
        }
        boolean errors = loader.problems.stream().anyMatch(Problem::isError);
        return new Result(errors ? null : basemap, List.copyOf(loader.problems));
    }

    private Basemap read(Path path) {
        if (!Files.isRegularFile(path)) {
            error(0, 0, "", "the map file does not exist",
                    "check map.file in kiosk.properties (relative paths start at the settings file's folder)");
            return null;
        }
        Utf8Text.Decoded text;
        try {
            long size = Files.size(path);
            if (size > Limits.MAP_FILE_BYTES) {
                error(0, 0, "", "the map file is " + Limits.megabytes(size) + "; a map file may be at most "
                        + Limits.megabytes(Limits.MAP_FILE_BYTES), SIMPLIFY);
                return null;
            }
            text = Utf8Text.decode(Files.readAllBytes(path));
        } catch (IOException e) {
            error(0, 0, "", "the map file cannot be read: " + e.getMessage(), "check its permissions");
            return null;
        }
        if (!text.ok()) {
            error(text.line(), text.column(), "", text.message(), "export the GeoJSON as UTF-8");
            return null;
        }
        LocatedJsonParser.Result parsed = LocatedJsonParser.parse(text.text());
        if (!parsed.ok()) {
            LocatedJsonParser.Malformed m = parsed.malformed();
            error(m.line(), m.column(), m.path(), "malformed JSON: " + m.message(),
                    "look just before this point for a missing comma, bracket or quote; or export the map again");
            return null;
        }
        return collection(parsed.root());
    }

    private Basemap collection(JsonNode root) {
        if (!(root instanceof ObjectNode object) || !"FeatureCollection".equals(string(object.get("type")))) {
            error(root, "the map is not a GeoJSON FeatureCollection",
                    "the file must start with {\"type\": \"FeatureCollection\", \"features\": [ …");
            return null;
        }
        if (!(object.get("features") instanceof ArrayNode features)) {
            error(root, "the FeatureCollection has no list \"features\"", "add \"features\": [ … ] with the countries");
            return null;
        }
        List<Basemap.Area> areas = new ArrayList<>();
        for (JsonNode item : features.items()) {
            Basemap.Area area = feature(item);
            if (area != null && !area.polygons().isEmpty()) {
                areas.add(area);
            }
        }
        if (areas.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
            error(features, "the map has no Polygon or MultiPolygon features: there is no land to draw",
                    "use a map of countries (areas), not of points or lines");
        }
        return new Basemap(file, areas);
    }

    private Basemap.Area feature(JsonNode node) {
        if (!(node instanceof ObjectNode feature) || !"Feature".equals(string(feature.get("type")))) {
            error(node, "expected a GeoJSON Feature {\"type\": \"Feature\", …}, found " + node.typeName(),
                    "every entry of \"features\" must be a Feature with \"geometry\" and \"properties\"");
            return null;
        }
        JsonNode properties = feature.get("properties");
        ObjectNode props = properties instanceof ObjectNode p ? p : null;
        String id = code(feature.get("id"));
        if (id == null && props != null) {
            id = firstCode(props, "id", "ISO_N3", "iso_n3", "ISO_N3_EH");
        }
        if (id != null && id.matches("\\d{1,3}")) {
            id = String.format(Locale.ROOT, "%03d", Integer.parseInt(id));
        } else {
            id = null;
        }
        String name = props == null ? null : firstCode(props, "name", "NAME", "name_en", "NAME_EN", "ADMIN");
        String alpha2 = props == null ? null : firstCode(props, "ISO_A2", "iso_a2", "ISO_A2_EH");
        String alpha3 = props == null ? null : firstCode(props, "ISO_A3", "iso_a3", "ISO_A3_EH", "ADM0_A3");
        alpha2 = alpha2 != null && alpha2.matches("[A-Z]{2}") ? alpha2 : null;
        alpha3 = alpha3 != null && alpha3.matches("[A-Z]{3}") ? alpha3 : null;

        JsonNode geometry = feature.get("geometry");
        if (geometry == null || geometry instanceof NullNode) {
            warning(node, "feature " + describe(name, id) + " has no geometry; it is not drawn", null);
            return null;
        }
        if (!(geometry instanceof ObjectNode g)) {
            error(geometry, "\"geometry\" must be an object with \"type\" and \"coordinates\"", null);
            return null;
        }
        String type = string(g.get("type"));
        JsonNode coordinates = g.get("coordinates");
        List<Basemap.Polygon> polygons = new ArrayList<>();
        if (coordinates == null && ("Polygon".equals(type) || "MultiPolygon".equals(type))) {
            error(g, "the " + type + " of " + describe(name, id) + " has no \"coordinates\"",
                    "add \"coordinates\": [ … ] or export the map again");
            return null;
        }
        if ("Polygon".equals(type)) {
            polygon(coordinates, polygons);
        } else if ("MultiPolygon".equals(type)) {
            if (coordinates instanceof ArrayNode list) {
                list.items().forEach(p -> polygon(p, polygons));
            } else {
                shapeError(coordinates, "a MultiPolygon's coordinates",
                        "[[[[lon, lat], …]]]");
            }
        } else {
            warning(g, "feature " + describe(name, id) + " is a " + (type == null ? "geometry without type" : type)
                    + ", not an area; it is not drawn", "a basemap holds Polygon and MultiPolygon features");
            return null;
        }
        return new Basemap.Area(id, name, alpha2, alpha3, polygons);
    }

    private void polygon(JsonNode node, List<Basemap.Polygon> into) {
        if (!(node instanceof ArrayNode rings) || rings.items().isEmpty()) {
            shapeError(node, "a polygon", "[[[lon, lat], [lon, lat], [lon, lat], [lon, lat]]]");
            return;
        }
        List<double[]> read = new ArrayList<>();
        for (JsonNode ringNode : rings.items()) {
            double[] ring = ring(ringNode);
            if (ring == null) {
                return;
            }
            read.add(ring);
        }
        List<double[]> outers = Antimeridian.split(read.get(0));
        for (double[] outer : outers) {
            Bounds around = Bounds.of(outer);
            List<double[]> polygon = new ArrayList<>();
            polygon.add(outer);
            for (double[] hole : read.subList(1, read.size())) {
                for (double[] piece : Antimeridian.split(hole)) {
                    if (outers.size() == 1 || around.contains(piece[0], piece[1])) {
                        polygon.add(piece);
                    }
                }
            }
            into.add(new Basemap.Polygon(polygon));
        }
    }

    private double[] ring(JsonNode node) {
        if (!(node instanceof ArrayNode positions)) {
            shapeError(node, "a ring", "[[lon, lat], [lon, lat], …]");
            return null;
        }
        if (!positions.items().isEmpty() && positions.items().get(0) instanceof NumberNode) {
            error(node, "wrong shape for a ring: found a single position, one level of [ ] is missing",
                    "a Polygon's coordinates nest three lists deep: [[[lon, lat], [lon, lat], …]]");
            return null;
        }
        if (positions.items().size() < 4) {
            error(node, "a ring needs at least 4 positions (a triangle, closed), found " + positions.items().size(),
                    "remove the ring or add its points");
            return null;
        }
        positionCount += positions.items().size();
        if (positionCount > Limits.MAP_POSITIONS) {
            if (!tooManyPositions) {
                tooManyPositions = true;
                error(node, "the map has more than " + Limits.MAP_POSITIONS + " positions (corners of its areas), "
                        + "too many to draw smoothly; the count passes the limit in this ring", SIMPLIFY);
            }
            return null;
        }
        double[] ring = new double[positions.items().size() * 2];
        int i = 0;
        for (JsonNode position : positions.items()) {
            if (!(position instanceof ArrayNode pair) || pair.items().size() < 2
                    || !(pair.items().get(0) instanceof NumberNode lon)
                    || !(pair.items().get(1) instanceof NumberNode lat)) {
                shapeError(position, "a position", "[lon, lat] with two numbers");
                return null;
            }
            double x = lon.doubleValue();
            double y = lat.doubleValue();
            if (x < -180 || x > 180 || y < -90 || y > 90) {
                error(position, "position [" + lon.literal() + ", " + lat.literal()
                        + "] is not a longitude (-180..180) and latitude (-90..90)", WGS84);
                return null;
            }
            ring[i++] = x;
            ring[i++] = y;
        }
        if (ring[0] != ring[ring.length - 2] || ring[1] != ring[ring.length - 1]) {
            warning(node, "the ring is not closed (its last position differs from its first); it is closed for drawing",
                    "repeat the first position at the end");
            double[] closed = Arrays.copyOf(ring, ring.length + 2);
            closed[ring.length] = ring[0];
            closed[ring.length + 1] = ring[1];
            return closed;
        }
        return ring;
    }

    private static String describe(String name, String id) {
        return name != null ? "\"" + name + "\"" : id != null ? id : "without a name";
    }

    private static String string(JsonNode node) {
        return node instanceof StringNode s ? s.value() : null;
    }

    /** A code given as text or as a number; "-99" and blanks (Natural Earth's "none") count as none. */
    private static String code(JsonNode node) {
        String value = null;
        if (node instanceof StringNode s) {
            value = s.value().strip();
        } else if (node instanceof NumberNode n && n.isInteger()) {
            value = n.literal();
        }
        return value == null || value.isEmpty() || value.equals("-99") ? null : value;
    }

    private static String firstCode(ObjectNode props, String... keys) {
        for (String key : keys) {
            String value = code(props.get(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private void shapeError(JsonNode node, String what, String shape) {
        error(node, "wrong shape for " + what + ": found " + node.typeName(),
                "write it as " + shape);
    }

    private void error(JsonNode node, String message, String fix) {
        error(node.line(), node.column(), node.path(), message, fix);
    }

    private void error(int line, int column, String path, String message, String fix) {
        add(new Problem(Severity.ERROR, file, line, column, path, message, fix));
    }

    private void warning(JsonNode node, String message, String fix) {
        add(new Problem(Severity.WARNING, file, node.line(), node.column(), node.path(), message, fix));
    }

    private void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            suppressed++;
        }
    }
}
