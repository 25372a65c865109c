package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which country labels fit: candidates come most important first (bigger countries), and each is kept
 * only when its box touches no box kept before it, nor any obstacle (pins). Greedy, so the big names always win.
 */
final class LabelPlacer {

    private LabelPlacer() {
    }

    /** A box on screen: left, top, width, height. */
    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o, double gap) {
            return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
        }

        static Box centredOn(double cx, double cy, double w, double h) {
            return new Box(cx - w / 2, cy - h / 2, w, h);
        }
    }

    /** A label that wants to be drawn in {@code box}. */
    record Candidate<T>(T item, Box box) {
    }

    static <T> List<Candidate<T>> place(List<Candidate<T>> candidates, List<Box> obstacles, double gap) {
        List<Candidate<T>> placed = new ArrayList<>();
        for (Candidate<T> candidate : candidates) {
            boolean free = obstacles.stream().noneMatch(o -> o.overlaps(candidate.box(), gap))
                    && placed.stream().noneMatch(p -> p.box().overlaps(candidate.box(), gap));
            if (free) {
                placed.add(candidate);
            }
        }
        return placed;
    }
}
