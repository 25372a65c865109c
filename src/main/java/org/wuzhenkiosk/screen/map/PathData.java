package org.wuzhenkiosk.screen.map;

import java.util.Locale;

/** SVG path text for the map's outlines and curves, in world units, written the same way by every layer. */
final class PathData {

    private PathData() {
    }

    /** Adds a point to the path: a move to it starts a new line, else a line to it. */
    static void append(StringBuilder d, double x, double y, boolean move) {
        d.append(move ? 'M' : 'L').append(String.format(Locale.ROOT, "%.5f %.5f ", x, y));
    }

    /** Adds the flat points {@code x0, y0, x1, y1, …} as one line. */
    static void appendLine(StringBuilder d, double[] points) {
        for (int i = 0; i < points.length; i += 2) {
            append(d, points[i], points[i + 1], i == 0);
        }
    }

    /** Adds the point at a longitude and latitude, projected. */
    static void appendLonLat(StringBuilder d, double lon, double lat, boolean move) {
        double[] p = MapModel.world(lon, lat);
        append(d, p[0], p[1], move);
    }
}
