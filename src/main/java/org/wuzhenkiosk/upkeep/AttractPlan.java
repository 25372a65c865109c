package org.wuzhenkiosk.upkeep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.TimelineEvent;

/**
 * What the attract loop shows, taken from the content itself: the exhibition's title, then every case,
 * each followed by a milestone of the timeline (the first of each year) while milestones last.
 */
record AttractPlan(List<Slide> slides) {

    /** One slide: the title ({@code caseStudy} and {@code event} null), a case, or a milestone. */
    record Slide(CaseStudy caseStudy, TimelineEvent event) {
        boolean isTitle() {
            return caseStudy == null && event == null;
        }
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
