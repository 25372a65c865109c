package org.wuzhenkiosk.upkeep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.StoryStop;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * What the attract loop shows, taken from the content itself: the exhibition's title, then every case,
 * each followed by a milestone of the timeline (the first of each year) while milestones last; or, when it plays
 * the guided tour, the title and then the tour's stops in order.
 */
record AttractPlan(List<Slide> slides) {

    /** One slide: the title (all null), a case, a milestone, or a stop of the tour. */
    record Slide(CaseStudy caseStudy, TimelineEvent event, StoryStop stop) {
        Slide(CaseStudy caseStudy, TimelineEvent event) {
            this(caseStudy, event, null);
        }

        boolean isTitle() {
            return caseStudy == null && event == null && stop == null;
        }
    }

    /** The tour's stops when {@code story} asks for them and the content has a tour; else cases and milestones. */
    static AttractPlan of(Content content, boolean story) {
        if (!story || !content.hasStory()) {
            return of(content);
        }
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide(null, null));
        content.story().stops().forEach(stop -> slides.add(new Slide(null, null, stop)));
        return new AttractPlan(List.copyOf(slides));
    }

    static AttractPlan of(Content content) {
        List<TimelineEvent> highlights = highlights(content);
        List<Slide> slides = new ArrayList<>();
        slides.add(new Slide(null, null));
        int cases = content.cases().size();
        int rounds = Math.max(cases, highlights.size());
        for (int i = 0; i < rounds; i++) {
            if (i < cases) {
                slides.add(new Slide(content.cases().get(i), null));
            }
            if (i < highlights.size()) {
                slides.add(new Slide(null, highlights.get(i)));
            }
        }
        return new AttractPlan(List.copyOf(slides));
    }

    /** The first milestone of each year, in date order. */
    static List<TimelineEvent> highlights(Content content) {
        Map<Integer, TimelineEvent> firstOfYear = new LinkedHashMap<>();
        content.events().forEach(e -> firstOfYear.putIfAbsent(e.date().year(), e));
        return List.copyOf(firstOfYear.values());
    }
}
