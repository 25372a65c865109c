package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wuzhenkiosk.content.Basemap;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Country;
import org.wuzhenkiosk.content.Place;
import org.wuzhenkiosk.content.geo.Bounds;
import org.wuzhenkiosk.content.geo.Rings;

/**
 * The map's state and commands, testable without a window: the basemap projected once (Equal Earth, in world
 * units with y down), the case places as pins, the cooperation arcs, and the view (scale and offset) with the
 * zoom and pan limits that keep the world in sight, and what is lit: a case's pins and arcs, a tapped country.
 */
final class MapModel {

    /** Pins closer than this (design px) on screen merge into a cluster; also the size of a pin's touch target. */
    static final double CLUSTER_RADIUS = 56;
    /** How far in a visitor can zoom, relative to the whole world: beyond it the 1:110m outlines look coarse. */
    static final double MAX_ZOOM = 24;
    /** Relative zoom change after which pins are clustered again. */
    static final double RECLUSTER_STEP = 0.04;
    /** How far down the heading reaches, and up the legend and buttons (design px): fitted pins keep out of both. */
    static final double HEADING_ROOM = 200;
    static final double CONTROLS_ROOM = 130;
    /** Narrower than this (design px) the legend and the buttons do not fit side by side. */
    private static final double NARROW = 1400;
    static final double WORLD_HALF_WIDTH = EqualEarth.MAX_X;
    static final double WORLD_HALF_HEIGHT = EqualEarth.MAX_Y;

    /** A country or territory of the basemap, projected. {@code code} is its ISO alpha-2 code, or null. */
    record MapCountry(String key, String code, Basemap.Area source, List<double[]> rings, Bounds bounds, double area,
                      double anchorX, double anchorY) {
        boolean contains(double x, double y) {
            return bounds.contains(x, y) && Rings.contains(rings, x, y);
        }
    }

    /** One place with every case that happens there. */
    record Location(String key, Place place, double x, double y, List<CaseStudy> cases)
            implements PinClusters.Positioned {
    }

    /** A case's cooperation links: great-circle curves from its first place to each other place, projected. */
    record Arc(CaseStudy caseStudy, List<double[]> pieces) {
    }

    private final List<MapCountry> countries;
    private final String mapSource;
    private Content content;
    private List<Location> locations = List.of();
    private List<Arc> arcs = List.of();
    private Set<String> partnerCodes = Set.of();
    private Map<String, MapCountry> countriesByCode = Map.of();
    private List<MapCountry> joinedCountries = List.of();

    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper translateX = new ReadOnlyDoubleWrapper(this, "translateX");
    private final ReadOnlyDoubleWrapper translateY = new ReadOnlyDoubleWrapper(this, "translateY");
    private final ReadOnlyIntegerWrapper viewVersion = new ReadOnlyIntegerWrapper(this, "viewVersion");
    private final ReadOnlyObjectWrapper<String> highlightedCase = new ReadOnlyObjectWrapper<>(this, "highlightedCase");
    private final ReadOnlyObjectWrapper<String> highlightedCountry =
            new ReadOnlyObjectWrapper<>(this, "highlightedCountry");
    private double viewportWidth = 1920;
    private double viewportHeight = 984;
    private boolean moved;
    /** Scene pixels per design pixel in the window the map is shown in. */
    private double unit = 1;
    /** How far up from the bottom a sheet covers the view (scene px): the world keeps above it. */
    private double coveredBottom;
    private List<PinClusters.Cluster<Location>> clusters;
    private double clusteredAt = Double.NaN;

    MapModel(Basemap basemap, Content content) {
        mapSource = basemap.source();
        countries = basemap.areas().stream().map(MapModel::project).filter(c -> !c.rings().isEmpty()).toList();
        setContent(content);
        startView();
    }

    // ---- projection ----

    /** World coordinates {x, y (down)} of a longitude and latitude. */
    static double[] world(double lon, double lat) {
        double[] p = EqualEarth.forward(lon, lat);
        return new double[] {p[0], -p[1]};
    }

    private static MapCountry project(Basemap.Area area) {
        List<double[]> rings = new ArrayList<>();
        double total = 0;
        double[] largest = null;
        double largestArea = -1;
        for (Basemap.Polygon polygon : area.polygons()) {
            for (int r = 0; r < polygon.rings().size(); r++) {
                double[] lonLat = polygon.rings().get(r);
                double[] xy = new double[lonLat.length];
                for (int i = 0; i < lonLat.length; i += 2) {
                    double[] p = world(lonLat[i], lonLat[i + 1]);
                    xy[i] = p[0];
                    xy[i + 1] = p[1];
                }
                double ringArea = Math.abs(Rings.signedArea(xy));
                total += r == 0 ? ringArea : -ringArea;
                if (r == 0 && ringArea > largestArea) {
                    largestArea = ringArea;
                    largest = xy;
                }
                rings.add(xy);
            }
        }
        double[] anchor = largest == null ? new double[] {0, 0} : Rings.insidePoint(largest);
        String key = area.id() != null ? area.id() : area.alpha2() != null ? area.alpha2()
                : area.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new MapCountry(key, null, area, List.copyOf(rings), Bounds.ofAll(rings), total, anchor[0], anchor[1]);
    }

    // ---- content: pins, arcs, partner countries ----

    void setContent(Content content) {
        this.content = content;
        Map<String, Country> table = content.countries();
        Map<String, String> byNumeric = new HashMap<>();
        Map<String, String> byAlpha3 = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (Country c : table.values()) {
            if (c.numeric() != null) {
                byNumeric.put(c.numeric(), c.code());
            }
            if (c.alpha3() != null) {
                byAlpha3.put(c.alpha3(), c.code());
            }
            c.name().values().values().forEach(n -> byName.put(n.toLowerCase(Locale.ROOT), c.code()));
        }
        Map<String, MapCountry> codes = new LinkedHashMap<>();
        List<MapCountry> joined = new ArrayList<>();
        for (MapCountry country : countries) {
            String own = joinCode(country, table, byNumeric, byAlpha3, byName);
            // a territory is coloured, named and tapped as the country it is part of
            String code = own != null && table.containsKey(own) && table.get(own).partOf() != null
                    ? table.get(own).partOf() : own;
            MapCountry withCode = new MapCountry(country.key(), code, country.source(), country.rings(),
                    country.bounds(), country.area(), country.anchorX(), country.anchorY());
            joined.add(withCode);
            if (code != null && code.equals(own)) {
                codes.put(code, withCode);
            } else if (code != null) {
                codes.putIfAbsent(code, withCode);
            }
        }
        joinedCountries = List.copyOf(joined);
        countriesByCode = codes;

        Map<String, Location> byKey = new LinkedHashMap<>();
        Map<String, List<CaseStudy>> casesAt = new LinkedHashMap<>();
        Set<String> partners = new LinkedHashSet<>();
        List<Arc> links = new ArrayList<>();
        for (CaseStudy c : content.cases()) {
            partners.addAll(c.countries());
            for (Place place : c.places()) {
                String key = locationKey(place);
                casesAt.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                byKey.computeIfAbsent(key, k -> {
                    double[] p = world(place.lon(), place.lat());
                    return new Location(k, place, p[0], p[1], List.of());
                });
            }
            Arc arc = arc(c);
            if (arc != null) {
                links.add(arc);
            }
        }
        locations = byKey.values().stream()
                .map(l -> new Location(l.key(), l.place(), l.x(), l.y(), distinctById(casesAt.get(l.key()))))
                .sorted(Comparator.comparingInt((Location l) -> -l.cases().size()).thenComparing(Location::key))
                .toList();
        arcs = List.copyOf(links);
        partnerCodes = Set.copyOf(partners);
        clusters = null;
    }

    private static String joinCode(MapCountry country, Map<String, Country> table, Map<String, String> byNumeric,
                                   Map<String, String> byAlpha3, Map<String, String> byName) {
        Basemap.Area area = country.source();
        if (area.alpha2() != null && table.containsKey(area.alpha2())) {
            return area.alpha2();
        }
        String code = area.id() == null ? null : byNumeric.get(area.id());
        if (code == null && area.alpha3() != null) {
            code = byAlpha3.get(area.alpha3());
        }
        if (code == null) {
            // Natural Earth leaves a few areas without codes (e.g. Kosovo): a name the table knows still joins
            code = byName.get(area.name().toLowerCase(Locale.ROOT));
        }
        return code;
    }

    private static List<CaseStudy> distinctById(List<CaseStudy> cases) {
        Map<String, CaseStudy> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.putIfAbsent(c.id(), c));
        return List.copyOf(byId.values());
    }

    /** Places with the same id and position are one pin, however many cases happen there. */
    private static String locationKey(Place place) {
        return place.id() + String.format(Locale.ROOT, "@%.3f,%.3f", place.lat(), place.lon());
    }

    private static Arc arc(CaseStudy c) {
        List<Place> places = c.places();
        if (places.size() < 2) {
            return null;
        }
        Place hub = places.get(0);
        List<double[]> pieces = new ArrayList<>();
        for (Place other : places.subList(1, places.size())) {
            double angle = GreatCircle.angle(hub.lon(), hub.lat(), other.lon(), other.lat());
            if (angle < 1e-4) {
                continue;
            }
            int segments = Math.max(4, (int) Math.ceil(Math.toDegrees(angle) / 2));
            List<double[]> points = GreatCircle.points(hub.lon(), hub.lat(), other.lon(), other.lat(), segments);
            List<Double> piece = new ArrayList<>();
            double previousLon = points.get(0)[0];
            for (double[] p : points) {
                if (Math.abs(p[0] - previousLon) > 180 && piece.size() >= 4) {
                    pieces.add(toArray(piece)); // the curve leaves one edge of the map and enters the other
                    piece.clear();
                }
                double[] w = world(p[0], p[1]);
                piece.add(w[0]);
                piece.add(w[1]);
                previousLon = p[0];
            }
            if (piece.size() >= 4) {
                pieces.add(toArray(piece));
            }
        }
        return pieces.isEmpty() ? null : new Arc(c, List.copyOf(pieces));
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    Content content() {
        return content;
    }

    String mapSource() {
        return mapSource;
    }

    List<MapCountry> countries() {
        return joinedCountries;
    }

    List<Location> locations() {
        return locations;
    }

    List<Arc> arcs() {
        return arcs;
    }

    boolean isPartner(MapCountry country) {
        return country.code() != null && partnerCodes.contains(country.code());
    }

    MapCountry country(String code) {
        return countriesByCode.get(code);
    }

    /** The cases that involve a country (a partner there, or a place there). */
    List<CaseStudy> casesOf(String code) {
        return content.cases().stream().filter(c -> c.countries().contains(code)).toList();
    }

    /** The country under a screen point, or null over the sea. */
    MapCountry countryAt(double screenX, double screenY) {
        double x = toWorldX(screenX);
        double y = toWorldY(screenY);
        return joinedCountries.stream().filter(c -> c.contains(x, y)).findFirst().orElse(null);
    }

    /** Every location of a case, in the case's order. */
    List<Location> locationsOf(CaseStudy c) {
        Set<String> keys = new LinkedHashSet<>();
        c.places().forEach(p -> keys.add(locationKey(p)));
        return locations.stream().filter(l -> keys.contains(l.key())).toList();
    }

    // ---- clusters ----

    /**
     * The pins as drawn at the current zoom. Recomputed when the zoom has changed by more than a few percent, so
     * that most frames of a pinch only move markers; clusters live in world units and follow the view anyway.
     */
    List<PinClusters.Cluster<Location>> clusters() {
        if (clusters == null || Math.abs(scale.get() / clusteredAt - 1) > RECLUSTER_STEP) {
            clusters = PinClusters.cluster(locations, scale.get(), clusterRadius());
            clusteredAt = scale.get();
        }
        return clusters;
    }

    /**
     * The least scale, past the current one and up to the closest zoom, at which {@code places} no longer merge
     * into one marker; NaN when they never part (places at one point), so nothing offers to zoom in on them.
     */
    double splittingScale(List<Location> places) {
        if (places.size() < 2) {
            return Double.NaN;
        }
        for (double s = scale.get() * 1.1; s < maxScale() * 1.1; s *= 1.1) {
            double at = Math.min(s, maxScale());
            if (PinClusters.cluster(places, at, clusterRadius()).size() > 1) {
                return at;
            }
        }
        return Double.NaN;
    }

    /** The cases at a cluster's places, each once, in the order of the places. */
    static List<CaseStudy> casesIn(PinClusters.Cluster<Location> cluster) {
        if (cluster.single()) {
            return cluster.members().get(0).cases();
        }
        // keyed by id: hashing whole case records (texts, media, sources) on every pinch frame is slow
        Map<String, CaseStudy> cases = new LinkedHashMap<>();
        cluster.members().forEach(l -> l.cases().forEach(c -> cases.putIfAbsent(c.id(), c)));
        return List.copyOf(cases.values());
    }

    /** The clusters on screen, with a margin so markers slide in rather than pop in at the edges. */
    List<PinClusters.Cluster<Location>> visibleClusters() {
        double margin = clusterRadius();
        return clusters().stream().filter(c -> {
            double sx = toScreenX(c.x());
            double sy = toScreenY(c.y());
            return sx > -margin && sx < viewportWidth + margin && sy > -margin && sy < viewportHeight + margin;
        }).toList();
    }

    // ---- view ----

    ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty translateXProperty() {
        return translateX.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty translateYProperty() {
        return translateY.getReadOnlyProperty();
    }

    double scale() {
        return scale.get();
    }

    double translateX() {
        return translateX.get();
    }

    double translateY() {
        return translateY.get();
    }

    /** The id of the case whose pins and arcs are lit (its card is open), or null. */
    ReadOnlyObjectProperty<String> highlightedCaseProperty() {
        return highlightedCase.getReadOnlyProperty();
    }

    String highlightedCase() {
        return highlightedCase.get();
    }

    /** The key of the country lit because its list of cases is open, or null. */
    ReadOnlyObjectProperty<String> highlightedCountryProperty() {
        return highlightedCountry.getReadOnlyProperty();
    }

    /** Lights a case's pins and arcs; a lit country stays lit. */
    void highlightCase(String caseId) {
        highlightedCase.set(caseId);
    }

    /** Lights the country with this key (a {@link MapCountry#key()}); a lit case stays lit. */
    void highlightCountry(String countryKey) {
        highlightedCountry.set(countryKey);
    }

    /** Nothing lit any more: no case, no country. */
    void clearHighlight() {
        highlightedCase.set(null);
        highlightedCountry.set(null);
    }

    /** Sets the window's scene pixels per design pixel; pins cluster again at the new distance. */
    void setUnit(double unit) {
        if (unit > 0 && unit != this.unit) {
            this.unit = unit;
            clusters = null;
        }
    }

    double unit() {
        return unit;
    }

    /** A length of {@code design} design pixels in scene pixels. */
    double px(double design) {
        return design * unit;
    }

    /** The merge distance and a marker's touch target, in scene pixels. */
    double clusterRadius() {
        return px(CLUSTER_RADIUS);
    }

    /** Whether the view is taller than wide: a portrait screen, where the panel rises from the bottom. */
    boolean portrait() {
        return viewportWidth < viewportHeight;
    }

    /**
     * Whether the view is too narrow for the legend beside the buttons (a portrait screen, or reach mode's lower
     * part of one): the legend then stands above them.
     */
    boolean narrow() {
        return portrait() || viewportWidth < px(NARROW);
    }

    /** How far up from the bottom a sheet covers the view now, in scene pixels (0 when none). */
    double coveredBottom() {
        return coveredBottom;
    }

    /** A sheet now covers {@code px} of the view's bottom: the clamp keeps the world in the part above it. */
    void setCoveredBottom(double px) {
        coveredBottom = Math.max(0, Math.min(px, viewportHeight / 2 + viewportHeight / 4));
    }

    double viewportWidth() {
        return viewportWidth;
    }

    double viewportHeight() {
        return viewportHeight;
    }

    /** The scale at which the whole world just fits: the start view and the farthest a visitor can zoom out. */
    double minScale() {
        return Math.min(viewportWidth / (2 * WORLD_HALF_WIDTH), viewportHeight / (2 * WORLD_HALF_HEIGHT));
    }

    double maxScale() {
        return minScale() * MAX_ZOOM;
    }

    /** How far in the view is zoomed: 1 for the whole world. */
    double zoom() {
        return scale.get() / minScale();
    }

    boolean atStart() {
        return !moved;
    }

    void setViewport(double width, double height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        viewportWidth = width;
        viewportHeight = height;
        if (moved) {
            setView(scale.get(), translateX.get(), translateY.get());
        } else {
            startView();
        }
    }

    /** The whole world, centred. */
    void startView() {
        double[] t = clamp(minScale(), viewportWidth / 2, viewportHeight / 2);
        apply(minScale(), t[0], t[1]);
        moved = false;
    }

    /** Back to the start: whole world, nothing highlighted. */
    void reset() {
        startView();
        clearHighlight();
    }

    /** Zooms by {@code factor} keeping the world point under (sx, sy) where it is, as a pinch does. */
    void zoomAt(double factor, double sx, double sy) {
        double target = Math.max(minScale(), Math.min(maxScale(), scale.get() * factor));
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        setView(target, sx - wx * target, sy - wy * target);
    }

    void panBy(double dx, double dy) {
        setView(scale.get(), translateX.get() + dx, translateY.get() + dy);
    }

    /** Sets the view within the limits: zoom between the whole world and MAX_ZOOM, the world never out of sight. */
    void setView(double newScale, double tx, double ty) {
        double s = Math.max(minScale(), Math.min(maxScale(), newScale));
        double[] t = clamp(s, tx, ty);
        apply(s, t[0], t[1]);
        moved = true;
    }

    /** The translation closest to (tx, ty) that keeps the world filling the view (or centred when smaller). */
    double[] clamp(double s, double tx, double ty) {
        // zoomed in, the world may slide a little past the edges (up to a fifth of the view) but never away
        double slack = 0.2 * (1 - minScale() / s);
        double visible = viewportHeight - coveredBottom;
        return new double[] {clampAxis(tx, s, WORLD_HALF_WIDTH, viewportWidth, slack * viewportWidth),
                clampAxis(ty, s, WORLD_HALF_HEIGHT, visible, slack * visible)};
    }

    private static double clampAxis(double t, double s, double half, double view, double margin) {
        double extent = 2 * half * s;
        if (extent + 2 * margin <= view) {
            return view / 2;
        }
        double min = view - margin - half * s;
        double max = margin + half * s;
        return Math.max(min, Math.min(max, t));
    }

    /**
     * The view (scale, tx, ty) that shows every point with room around it, no closer than {@code maxZoom}: clear
     * of the heading above and the legend and buttons (or a sheet) below, so no pin lands under them. Padding and
     * inset are in scene pixels.
     */
    double[] viewFitting(List<double[]> worldPoints, double paddingPx, double maxZoom, double rightInsetPx) {
        Bounds b = Bounds.ofAll(worldPoints);
        double w = Math.max(1e-6, b.width());
        double h = Math.max(1e-6, b.height());
        double usable = Math.max(viewportWidth / 3, viewportWidth - rightInsetPx);
        double top = Math.max(paddingPx, px(HEADING_ROOM));
        double bottom = coveredBottom > 0 ? coveredBottom + paddingPx / 2 : Math.max(paddingPx, px(CONTROLS_ROOM));
        double s = Math.min((usable - 2 * paddingPx) / w, (viewportHeight - top - bottom) / h);
        s = Math.max(minScale(), Math.min(minScale() * maxZoom, s));
        double cx = b.centreX();
        double cy = b.centreY();
        double[] t = clamp(s, usable / 2 - cx * s, top + (viewportHeight - top - bottom) / 2 - cy * s);
        return new double[] {s, t[0], t[1]};
    }

    private void apply(double s, double tx, double ty) {
        scale.set(s);
        translateX.set(tx);
        translateY.set(ty);
        viewVersion.set(viewVersion.get() + 1);
    }

    /** Changes once per view change (after scale and offset are both set): one redraw per change. */
    ReadOnlyIntegerProperty viewVersionProperty() {
        return viewVersion.getReadOnlyProperty();
    }

    double toScreenX(double worldX) {
        return worldX * scale.get() + translateX.get();
    }

    double toScreenY(double worldY) {
        return worldY * scale.get() + translateY.get();
    }

    double toWorldX(double screenX) {
        return (screenX - translateX.get()) / scale.get();
    }

    double toWorldY(double screenY) {
        return (screenY - translateY.get()) / scale.get();
    }
}
