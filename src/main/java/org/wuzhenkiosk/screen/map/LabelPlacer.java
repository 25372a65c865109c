package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which country labels fit: candidates come most important first (partner countries, then bigger ones),
 * and each is kept in the first of its places (its own, then its alternatives) that touches no box kept before
 * it, nor any obstacle (pins, the heading, the panel). Greedy, so the important names always win.
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

    /** A label that wants to be drawn in {@code box}, or else in the first free one of {@code alternatives}. */
    record Candidate<T>(T item, Box box, List<Box> alternatives) {
        Candidate {
            alternatives = List.copyOf(alternatives);
        }

        Candidate(T item, Box box) {
            this(item, box, List.of());
        }
    }

    /** The candidates that found room, each with the box it got. */
    static <T> List<Candidate<T>> place(List<Candidate<T>> candidates, List<Box> obstacles, double gap) {
        List<Candidate<T>> placed = new ArrayList<>();
        for (Candidate<T> candidate : candidates) {
            List<Box> options = new ArrayList<>();
            options.add(candidate.box());
            options.addAll(candidate.alternatives());
            for (Box box : options) {
                boolean free = obstacles.stream().noneMatch(o -> o.overlaps(box, gap))
                        && placed.stream().noneMatch(p -> p.box().overlaps(box, gap));
                if (free) {
                    placed.add(new Candidate<>(candidate.item(), box));
                    break;
                }
            }
        }
        return placed;
    }
}
