package org.wuzhenkiosk.screen.map;

/**
 * The Equal Earth map projection (Šavrič, Patterson &amp; Jenny, 2018) on a sphere of radius 1: equal-area, so
 * no continent looks bigger than it is, with straight parallels and a pleasing outline. Pure functions, no JavaFX.
 * Forward gives {x, y} with y north; x spans ±2.7066, y ±1.3174.
 */
final class EqualEarth {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    /** Half the width and half the height of the whole world. */
    static final double MAX_X = forward(180, 0)[0];
    static final double MAX_Y = forward(0, 90)[1];

    private EqualEarth() {
    }

    /** Longitude and latitude in degrees to projected {x, y}. */
    static double[] forward(double lon, double lat) {
        double lambda = Math.toRadians(lon);
        double theta = Math.asin(M * Math.sin(Math.toRadians(lat)));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = 2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * derivative(t2, t6));
        double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return new double[] {x, y};
    }

    /** Projected {x, y} back to {longitude, latitude} in degrees (Newton's method on the polynomial in theta). */
    static double[] inverse(double x, double y) {
        double theta = y / A1;
        for (int i = 0; i < 20; i++) {
            double t2 = theta * theta;
            double t6 = t2 * t2 * t2;
            double delta = (theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y) / derivative(t2, t6);
            theta -= delta;
            if (Math.abs(delta) < 1e-12) {
                break;
            }
        }
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double lambda = 3 * x * derivative(t2, t6) / (2 * Math.sqrt(3) * Math.cos(theta));
        double phi = Math.asin(Math.max(-1, Math.min(1, Math.sin(theta) / M)));
        return new double[] {Math.toDegrees(lambda), Math.toDegrees(phi)};
    }

    private static double derivative(double t2, double t6) {
        return A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
    }
}
