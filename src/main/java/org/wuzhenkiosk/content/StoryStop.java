package org.wuzhenkiosk.content;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * One stop of the tour: what it shows (an event on the timeline, a case's places or a view on the map, a case's
 * page) and what a visitor reads meanwhile. The validator makes sure each reference leads somewhere.
 *
 * @param places ids of the case's places the map frames; empty: all of them
 * @param view   where the map looks when the stop names no case
 */
public record StoryStop(String id, Shows show, String event, @SerializedName("case") String caseId,
                        List<String> places, MapView view, LocalizedText title, LocalizedText text,
                        List<Source> sources) {

    /** The screen a stop drives. */
    public enum Shows {
        @SerializedName("timeline") TIMELINE,
        @SerializedName("map") MAP,
        @SerializedName("case") CASE
    }

    /** A spot on the map: its middle, and how far in (1 is the whole world). */
    public record MapView(double lat, double lon, double zoom) {
    }

    public StoryStop {
        places = places == null ? List.of() : List.copyOf(places);
        title = title == null ? LocalizedText.EMPTY : title;
        text = text == null ? LocalizedText.EMPTY : text;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
