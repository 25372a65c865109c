package org.wuzhenkiosk.content;

import java.util.List;

/**
 * The world map's land: one area per country or territory, as polygons in longitude/latitude (WGS 84) that never
 * cross the antimeridian, so a flat projection can draw them as they are.
 *
 * @param source where the map was read from, for staff and logs
 */
public record Basemap(String source, List<Area> areas) {

    public Basemap {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /**
     * A country or territory of the map file.
     *
     * @param id      ISO 3166-1 numeric code ("156") when the file gives one, else null
     * @param name    the name the file gives (usually English), else ""
     * @param alpha2  ISO 3166-1 alpha-2 code when the file gives one, else null
     * @param alpha3  ISO 3166-1 alpha-3 code when the file gives one, else null
     */
    public record Area(String id, String name, String alpha2, String alpha3, List<Polygon> polygons) {
        public Area {
            name = name == null ? "" : name;
            polygons = List.copyOf(polygons);
        }
    }

    /** An outer ring and its holes; each ring is {@code lon0, lat0, lon1, lat1, …}, closed (last point = first). */
    public record Polygon(List<double[]> rings) {
        public Polygon {
            rings = List.copyOf(rings);
        }

        public double[] outer() {
            return rings.get(0);
        }
    }
}
