package org.wuzhenkiosk.app;

import java.util.List;

/**
 * What a guided tour asks a screen to show: one thing moved into view and lit, as a visitor exploring would find
 * it, so that "Explore from here" can leave the screen just so.
 */
public sealed interface Spotlight {

    /**
     * An event on the timeline, a case's page, or on the map a case's places (only {@code places} framed, when
     * given) with its arcs.
     */
    record Item(String id, List<String> places) implements Spotlight {
        public Item {
            places = places == null ? List.of() : List.copyOf(places);
        }

        public Item(String id) {
            this(id, List.of());
        }
    }

    /** A spot on the map: its middle, and how far in (1 is the whole world). */
    record Area(double lat, double lon, double zoom) implements Spotlight {
    }
}
