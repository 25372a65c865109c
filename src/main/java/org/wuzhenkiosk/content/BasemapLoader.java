package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private static final Wording WGS84 = Wording.of("map.wgs84");
    private static final Wording SIMPLIFY = Wording.of("map.simplify");

    private final String file;
    /** The content folder, to which a map named inside it must really lead; null: none. */
    private final Path contentDir;
    private int positionCount;
    private boolean tooManyPositions;
    private final List<Problem> problems = new ArrayList<>();
    private int suppressed;

    private BasemapLoader(String file, Path contentDir) {
        this.file = file;
        this.contentDir = contentDir;
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
        return loadOrBundled(configured, null);
    }

    /** As above; a map file named inside {@code contentDir} (null: none) must not be a link out of it. */
    public static Choice loadOrBundled(Path configured, Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        if (configured != null) {
            Result result = load(configured, contentDir);
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
        return check(configured, null);
    }

    /** As above, with the content folder that a map named inside it must really lie in (null: none). */
    public static List<Problem> check(Path configured, Path contentDir) {
        return configured == null ? List.of() : load(configured, contentDir).problems();
    }

    public static Result load(Path path) {
        return load(path, null);
    }

    private static Result load(Path path, Path contentDir) {
        BasemapLoader loader = new BasemapLoader(path.toString(), contentDir);
        Basemap basemap;
        try {
            basemap = loader.read(path);
        } catch (RuntimeException e) {
            // whatever the file holds, the kiosk draws its bundled map and staff get a message, not a stack trace
            loader.error(0, 0, "", Wording.of("map.check.stopped", e), Wording.of("map.export.again"));
            basemap = null;
        }
        if (loader.suppressed > 0) {
            loader.problems.add(Problem.worded(Severity.ERROR, loader.file, 0, 0, "", null,
                    Wording.of("map.more", loader.suppressed), Wording.of("map.more.fix")));
        }
        boolean errors = loader.problems.stream().anyMatch(Problem::isError);
        return new Result(errors ? null : basemap, List.copyOf(loader.problems));
    }

    private Basemap read(Path path) {
        Optional<Path> outside = linkedOutOfContent(path);
        if (outside.isPresent()) {
            error(0, 0, "", Wording.of("map.link", outside.get()), Wording.of("map.link.fix"));
            return null;
        }
        if (!Files.isRegularFile(path)) {
            error(0, 0, "", Wording.of("map.missing"), Wording.of("map.missing.fix"));
            return null;
        }
        Utf8Text.Decoded text;
        try {
            long size = Files.size(path);
            if (size > Limits.MAP_FILE_BYTES) {
                error(0, 0, "", Wording.of("map.big", Limits.megabytes(size), Limits.megabytes(Limits.MAP_FILE_BYTES)),
                        SIMPLIFY);
                return null;
            }
            text = Utf8Text.decode(Files.readAllBytes(path));
        } catch (IOException e) {
            error(0, 0, "", Wording.of("map.unreadable", String.valueOf(e.getMessage())),
                    Wording.of("probe.unreadable.fix"));
            return null;
        }
        if (!text.ok()) {
            error(text.line(), text.column(), "", text.says(), Wording.of("map.utf8.fix"));
            return null;
        }
        LocatedJsonParser.Result parsed = LocatedJsonParser.parse(text.text());
        if (!parsed.ok()) {
            LocatedJsonParser.Malformed m = parsed.malformed();
            error(m.line(), m.column(), m.path(), Wording.of("json.malformed", m.says()),
                    Wording.of("map.malformed.fix"));
            return null;
        }
        return collection(parsed.root());
    }

    /**
     * Where a map named inside the content folder really lies when a link leads out of it: published with the
     * content, it is confined as the content's own files are.
     */
    private Optional<Path> linkedOutOfContent(Path path) {
        if (contentDir == null) {
            return Optional.empty();
        }
        Path folder = contentDir.toAbsolutePath().normalize();
        if (!path.toAbsolutePath().normalize().startsWith(folder)) {
            return Optional.empty();
        }
        try {
            Path real = path.toRealPath();
            return real.startsWith(folder.toRealPath()) ? Optional.empty() : Optional.of(real);
        } catch (IOException e) {
            return Optional.empty(); // a missing file: the check below names it
        }
    }

    private Basemap collection(JsonNode root) {
        if (!(root instanceof ObjectNode object) || !"FeatureCollection".equals(string(object.get("type")))) {
            error(root, Wording.of("map.not.collection"), Wording.of("map.not.collection.fix"));
            return null;
        }
        if (!(object.get("features") instanceof ArrayNode features)) {
            error(root, Wording.of("map.no.features"), Wording.of("map.no.features.fix"));
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
            error(features, Wording.of("map.no.land"), Wording.of("map.no.land.fix"));
        }
        return new Basemap(file, areas);
    }

    private Basemap.Area feature(JsonNode node) {
        if (!(node instanceof ObjectNode feature) || !"Feature".equals(string(feature.get("type")))) {
            error(node, Wording.of("map.not.feature", ContentValidator.found(node)), Wording.of("map.not.feature.fix"));
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
            warning(node, Wording.of("map.no.geometry", describe(name, id)), null);
            return null;
        }
        if (!(geometry instanceof ObjectNode g)) {
            error(geometry, Wording.of("map.geometry.shape"), null);
            return null;
        }
        String type = string(g.get("type"));
        JsonNode coordinates = g.get("coordinates");
        List<Basemap.Polygon> polygons = new ArrayList<>();
        if (coordinates == null && ("Polygon".equals(type) || "MultiPolygon".equals(type))) {
            error(g, Wording.of("map.no.coordinates", type, describe(name, id)), Wording.of("map.no.coordinates.fix"));
            return null;
        }
        if ("Polygon".equals(type)) {
            polygon(coordinates, polygons);
        } else if ("MultiPolygon".equals(type)) {
            if (coordinates instanceof ArrayNode list) {
                list.items().forEach(p -> polygon(p, polygons));
            } else {
                shapeError(coordinates, Wording.of("map.what.multipolygon"), "[[[[lon, lat], …]]]");
            }
        } else {
            warning(g, type == null ? Wording.of("map.untyped", describe(name, id))
                    : Wording.of("map.not.area", describe(name, id), type), Wording.of("map.not.area.fix"));
            return null;
        }
        return new Basemap.Area(id, name, alpha2, alpha3, polygons);
    }

    private void polygon(JsonNode node, List<Basemap.Polygon> into) {
        if (!(node instanceof ArrayNode rings) || rings.items().isEmpty()) {
            shapeError(node, Wording.of("map.what.polygon"), "[[[lon, lat], [lon, lat], [lon, lat], [lon, lat]]]");
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
            shapeError(node, Wording.of("map.what.ring"), "[[lon, lat], [lon, lat], …]");
            return null;
        }
        if (!positions.items().isEmpty() && positions.items().get(0) instanceof NumberNode) {
            error(node, Wording.of("map.ring.flat"), Wording.of("map.ring.flat.fix"));
            return null;
        }
        if (positions.items().size() < 4) {
            error(node, Wording.of("map.ring.short", positions.items().size()), Wording.of("map.ring.short.fix"));
            return null;
        }
        positionCount += positions.items().size();
        if (positionCount > Limits.MAP_POSITIONS) {
            if (!tooManyPositions) {
                tooManyPositions = true;
                error(node, Wording.of("map.positions", Limits.MAP_POSITIONS), SIMPLIFY);
            }
            return null;
        }
        double[] ring = new double[positions.items().size() * 2];
        int i = 0;
        for (JsonNode position : positions.items()) {
            if (!(position instanceof ArrayNode pair) || pair.items().size() < 2
                    || !(pair.items().get(0) instanceof NumberNode lon)
                    || !(pair.items().get(1) instanceof NumberNode lat)) {
                shapeError(position, Wording.of("map.what.position"), Wording.of("map.position.shape"));
                return null;
            }
            double x = lon.doubleValue();
            double y = lat.doubleValue();
            if (x < -180 || x > 180 || y < -90 || y > 90) {
                error(position, Wording.of("map.degrees", lon.literal(), lat.literal()), WGS84);
                return null;
            }
            ring[i++] = x;
            ring[i++] = y;
        }
        if (ring[0] != ring[ring.length - 2] || ring[1] != ring[ring.length - 1]) {
            warning(node, Wording.of("map.ring.open"), Wording.of("map.ring.open.fix"));
            double[] closed = Arrays.copyOf(ring, ring.length + 2);
            closed[ring.length] = ring[0];
            closed[ring.length + 1] = ring[1];
            return closed;
        }
        return ring;
    }

    private static Object describe(String name, String id) {
        return name != null ? Wording.quoted(List.of(name)) : id != null ? id : Wording.of("map.unnamed");
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

    private void shapeError(JsonNode node, Wording what, Object shape) {
        error(node, Wording.of("map.shape", what, ContentValidator.found(node)), Wording.of("map.shape.fix", shape));
    }

    private void error(JsonNode node, Wording says, Wording fix) {
        error(node.line(), node.column(), node.path(), says, fix);
    }

    private void error(int line, int column, String path, Wording says, Wording fix) {
        add(Problem.worded(Severity.ERROR, file, line, column, path, null, says, fix));
    }

    private void warning(JsonNode node, Wording says, Wording fix) {
        add(Problem.worded(Severity.WARNING, file, node.line(), node.column(), node.path(), null, says, fix));
    }

    private void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            suppressed++;
        }
    }
}
