package org.wuzhenkiosk.content.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts rings that cross the antimeridian (longitude ±180) into pieces that stay within -180..180. GeoJSON made
 * for globes (such as Natural Earth through TopoJSON) lets Russia, Fiji and Antarctica jump from 180 to -180;
 * drawn flat, such a ring would smear across the whole map.
 */
public final class Antimeridian {

    private Antimeridian() {
    }

    /** The ring as one or more rings inside -180..180; a ring that does not cross comes back unchanged. */
    public static List<double[]> split(double[] ring) {
        int n = ring.length / 2;
        boolean crosses = false;
        for (int i = 1; i < n && !crosses; i++) {
            crosses = Math.abs(ring[2 * i] - ring[2 * i - 2]) > 180;
        }
        if (!crosses) {
            return List.of(ring);
        }
        // unwrap: longitudes continue past 180 instead of jumping back
        List<double[]> points = new ArrayList<>();
        double offset = 0;
        double previous = ring[0];
        for (int i = 0; i < n; i++) {
            double lon = ring[2 * i];
            if (i > 0) {
                double step = lon - previous;
                if (step > 180) {
                    offset -= 360;
                } else if (step < -180) {
                    offset += 360;
                }
            }
            previous = lon;
            points.add(new double[] {lon + offset, ring[2 * i + 1]});
        }
        if (offset != 0) {
            // the ring goes once around a pole (Antarctica): close it along that pole
            double[] last = points.get(points.size() - 1);
            double[] first = points.get(0);
            double pole = meanLatitude(points) < 0 ? -90 : 90;
            points.add(new double[] {last[0], pole});
            points.add(new double[] {first[0], pole});
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double[] p : points) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        List<double[]> pieces = new ArrayList<>();
        for (int k = (int) Math.floor((min + 180) / 360); k <= (int) Math.floor((max + 180) / 360); k++) {
            double west = -180 + 360.0 * k;
            List<double[]> clipped = clip(clip(points, west, true), west + 360, false);
            if (clipped.size() >= 3) {
                double[] piece = new double[clipped.size() * 2 + 2];
                for (int i = 0; i < clipped.size(); i++) {
                    piece[2 * i] = clipped.get(i)[0] - 360.0 * k;
                    piece[2 * i + 1] = clipped.get(i)[1];
                }
                piece[piece.length - 2] = piece[0];
                piece[piece.length - 1] = piece[1];
                if (Math.abs(Rings.signedArea(piece)) > 1e-9) {
                    pieces.add(piece);
                }
            }
        }
        return pieces;
    }

    private static double meanLatitude(List<double[]> points) {
        double sum = 0;
        for (double[] p : points) {
            sum += p[1];
        }
        return sum / points.size();
    }

    /** Sutherland–Hodgman against one vertical line: keeps the east side ({@code keepEast}) or the west side. */
    private static List<double[]> clip(List<double[]> points, double lon, boolean keepEast) {
        List<double[]> out = new ArrayList<>();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            double[] a = points.get(i);
            double[] b = points.get((i + 1) % n);
            boolean aIn = keepEast ? a[0] >= lon : a[0] <= lon;
            boolean bIn = keepEast ? b[0] >= lon : b[0] <= lon;
            if (aIn) {
                out.add(a);
            }
            if (aIn != bIn) {
                double t = (lon - a[0]) / (b[0] - a[0]);
                out.add(new double[] {lon, a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }
}
