package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges pins that would overlap on screen at the current zoom: greedy clustering on a grid of cells one merge
 * radius wide, so a thousand pins cost one pass. A cluster splits again as soon as zooming in puts its pins
 * more than the radius apart.
 */
final class PinClusters {

    private PinClusters() {
    }

    /** Something with a position in world units (the projection's units, y down). */
    interface Positioned {
        double x();

        double y();
    }

    /** Pins drawn as one marker, at their centre. */
    record Cluster<T extends Positioned>(double x, double y, List<T> members) {
        boolean single() {
            return members.size() == 1;
        }
    }

    /**
     * Clusters {@code pins} for {@code scale} screen pixels per world unit: each pin not yet taken, in the given
     * order (most important first), gathers every free pin closer than {@code radiusPx} on screen.
     */
    static <T extends Positioned> List<Cluster<T>> cluster(List<T> pins, double scale, double radiusPx) {
        double cell = radiusPx / scale;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            grid.computeIfAbsent(key(cellOf(pins.get(i).x(), cell), cellOf(pins.get(i).y(), cell)),
                    k -> new ArrayList<>()).add(i);
        }
        boolean[] taken = new boolean[pins.size()];
        double limit = cell * cell;
        List<Cluster<T>> clusters = new ArrayList<>();
        for (int i = 0; i < pins.size(); i++) {
            if (taken[i]) {
                continue;
            }
            T seed = pins.get(i);
            taken[i] = true;
            List<T> members = new ArrayList<>();
            members.add(seed);
            long cx = cellOf(seed.x(), cell);
            long cy = cellOf(seed.y(), cell);
            double sumX = seed.x();
            double sumY = seed.y();
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int j : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        T other = pins.get(j);
                        double ex = other.x() - seed.x();
                        double ey = other.y() - seed.y();
                        if (!taken[j] && ex * ex + ey * ey < limit) {
                            taken[j] = true;
                            members.add(other);
                            sumX += other.x();
                            sumY += other.y();
                        }
                    }
                }
            }
            clusters.add(new Cluster<>(sumX / members.size(), sumY / members.size(), List.copyOf(members)));
        }
        return clusters;
    }

    private static long cellOf(double value, double cell) {
        return (long) Math.floor(value / cell);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }
}
