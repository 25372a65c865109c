package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.List;

/** Points along the shortest way between two places on the globe, for drawing cooperation arcs. */
final class GreatCircle {

    private GreatCircle() {
    }

    /**
     * {@code segments + 1} points from (lon1, lat1) to (lon2, lat2) along the great circle, as {lon, lat} in
     * degrees, found by spherical linear interpolation of the two unit vectors.
     */
    static List<double[]> points(double lon1, double lat1, double lon2, double lat2, int segments) {
        double[] a = vector(lon1, lat1);
        double[] b = vector(lon2, lat2);
        double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
        double omega = Math.acos(dot);
        List<double[]> points = new ArrayList<>(segments + 1);
        for (int i = 0; i <= segments; i++) {
            double t = (double) i / segments;
            double wa;
            double wb;
            if (omega < 1e-9) {
                wa = 1 - t;
                wb = t;
            } else {
                wa = Math.sin((1 - t) * omega) / Math.sin(omega);
                wb = Math.sin(t * omega) / Math.sin(omega);
            }
            double x = wa * a[0] + wb * b[0];
            double y = wa * a[1] + wb * b[1];
            double z = wa * a[2] + wb * b[2];
            points.add(new double[] {Math.toDegrees(Math.atan2(y, x)),
                Math.toDegrees(Math.atan2(z, Math.hypot(x, y)))});
        }
        return points;
    }

    /** The angle between two places, in radians (the great-circle distance on a unit sphere). */
    static double angle(double lon1, double lat1, double lon2, double lat2) {
        double[] a = vector(lon1, lat1);
        double[] b = vector(lon2, lat2);
        return Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
    }

    private static double[] vector(double lon, double lat) {
        double l = Math.toRadians(lon);
        double p = Math.toRadians(lat);
        return new double[] {Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)};
    }
}
