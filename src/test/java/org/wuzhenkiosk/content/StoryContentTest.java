package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.StoryStop.Shows;

/** The guided tour is read from story.json into the content, and an exhibition without one offers no tour. */
class StoryContentTest {

    @Test
    void theBundledTourHasTwelveStopsEachPointingAtWhatItShows() {
        Content content = ContentLoader.load(Path.of("resources")).content();

        Story story = content.story();
        assertThat(content.hasStory()).isTrue();
        assertThat(story.stops()).hasSize(12);
        assertThat(story.title().in("en", "zh")).isEqualTo("Ten Years, Stop by Stop");
        StoryStop first = story.stops().get(0);
        assertThat(first.show()).isEqualTo(Shows.TIMELINE);
        assertThat(content.event(first.event())).isPresent();
        assertThat(story.stops()).filteredOn(s -> s.show() == Shows.CASE)
                .allSatisfy(s -> assertThat(content.caseStudy(s.caseId())).isPresent());
        StoryStop last = story.stops().get(11);
        assertThat(last.show()).isEqualTo(Shows.MAP);
        assertThat(last.view()).isEqualTo(new StoryStop.MapView(15, 20, 1));
        assertThat(story.stops()).allSatisfy(stop -> {
            assertThat(stop.text().has("zh")).as(stop.id()).isTrue();
            assertThat(stop.text().has("en")).as(stop.id()).isTrue();
            assertThat(stop.sources()).as(stop.id()).isNotEmpty();
        });
    }

    @Test
    void aMapStopKeepsThePlacesItFrames() {
        Content content = ContentLoader.load(fixture("story-text-missing-in-offered-language")).content();

        StoryStop map = content.story().stops().get(1);
        assertThat(map.show()).isEqualTo(Shows.MAP);
        assertThat(map.caseId()).isEqualTo("th-5g-smart-hospital");
        assertThat(map.places()).containsExactly("bangkok");
    }

    @Test
    void anExhibitionWithoutStoryJsonOffersNoTour() {
        Content content = ContentLoader.load(fixture("valid-base")).content();

        assertThat(content.hasStory()).isFalse();
        assertThat(content.story().stops()).isEmpty();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(StoryContentTest.class.getResource("/broken/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
