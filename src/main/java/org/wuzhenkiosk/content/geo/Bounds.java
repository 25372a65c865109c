package org.wuzhenkiosk.content.geo;

import java.util.List;

/** An axis-aligned box around points, in whatever plane they are given (degrees, or projected world units). */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    /** The box around a flat list of points {@code x0, y0, x1, y1, …}. */
    public static Bounds of(double[] points) {
        return ofAll(List.of(points));
    }

    /** The box around every point of every flat list (rings, or single {x, y} points). */
    public static Bounds ofAll(List<double[]> pointLists) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] points : pointLists) {
            for (int i = 0; i + 1 < points.length; i += 2) {
                minX = Math.min(minX, points[i]);
                minY = Math.min(minY, points[i + 1]);
                maxX = Math.max(maxX, points[i]);
                maxY = Math.max(maxY, points[i + 1]);
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    /** Whether (x, y) lies in the box or on its edge. */
    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public double centreX() {
        return (minX + maxX) / 2;
    }

    public double centreY() {
        return (minY + maxY) / 2;
    }
}
