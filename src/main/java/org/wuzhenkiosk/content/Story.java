package org.wuzhenkiosk.content;

import java.util.List;

/**
 * A guided tour through the exhibition ({@code story.json}): its title on the home screen, and the stops a
 * visitor steps through, each showing one thing on the timeline, the map or the cases screen with a short text.
 */
public record Story(LocalizedText title, List<StoryStop> stops, List<Source> sources) {

    public Story {
        title = title == null ? LocalizedText.EMPTY : title;
        stops = stops == null ? List.of() : List.copyOf(stops);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
