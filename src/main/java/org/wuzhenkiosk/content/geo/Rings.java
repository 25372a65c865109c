package org.wuzhenkiosk.content.geo;

import java.util.List;

/**
 * Closed rings given as flat points {@code x0, y0, x1, y1, …} (last point = first): whether a point is inside,
 * their area, and a point well inside for a label.
 */
public final class Rings {

    private Rings() {
    }

    /** Whether (x, y) lies inside the ring (crossing rule; a point on the edge may fall either way). */
    public static boolean contains(double[] ring, double x, double y) {
        boolean inside = false;
        int n = ring.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Whether (x, y) lies inside an area of outer rings and holes: inside an odd number of its rings. */
    public static boolean contains(List<double[]> rings, double x, double y) {
        boolean inside = false;
        for (double[] ring : rings) {
            inside ^= contains(ring, x, y);
        }
        return inside;
    }

    /** Planar area of a closed ring, positive when it runs anticlockwise (with y up). */
    public static double signedArea(double[] ring) {
        double sum = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
        }
        return sum / 2;
    }

    /** A point well inside a ring (far from its edges), where a label reads as belonging to it. */
    public static double[] insidePoint(double[] ring) {
        Bounds b = Bounds.of(ring);
        double[] best = {b.centreX(), b.centreY()};
        double bestDistance = contains(ring, best[0], best[1]) ? edgeDistance(ring, best[0], best[1]) : -1;
        double w = b.width();
        double h = b.height();
        double cx = best[0];
        double cy = best[1];
        for (int pass = 0; pass < 2; pass++) {
            int steps = 16;
            for (int i = 0; i <= steps; i++) {
                for (int j = 0; j <= steps; j++) {
                    double x = cx - w / 2 + w * i / steps;
                    double y = cy - h / 2 + h * j / steps;
                    if (contains(ring, x, y)) {
                        double d = edgeDistance(ring, x, y);
                        if (d > bestDistance) {
                            bestDistance = d;
                            best = new double[] {x, y};
                        }
                    }
                }
            }
            cx = best[0];
            cy = best[1];
            w /= steps / 2.0;
            h /= steps / 2.0;
        }
        return best;
    }

    /** Distance from (x, y) to the ring's nearest edge. */
    static double edgeDistance(double[] ring, double x, double y) {
        double min = Double.MAX_VALUE;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double ax = ring[i];
            double ay = ring[i + 1];
            double dx = ring[i + 2] - ax;
            double dy = ring[i + 3] - ay;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
            double ex = x - ax - t * dx;
            double ey = y - ay - t * dy;
            min = Math.min(min, ex * ex + ey * ey);
        }
        return Math.sqrt(min);
    }
}
