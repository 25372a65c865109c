package org.wuzhenkiosk.screen.home;

import org.wuzhenkiosk.content.Content;

/** What the home screen counts: events, cases and places in the current content. */
record HomeModel(int events, int cases, int places, int countries, int firstYear, int lastYear) {

    static HomeModel of(Content content) {
        int first = content.events().isEmpty() ? 0 : content.events().get(0).date().year();
        int last = content.events().stream().mapToInt(e -> (e.endDate() == null ? e.date() : e.endDate()).year())
                .max().orElse(first);
        int places = content.cases().stream().mapToInt(c -> c.places().size()).sum();
        int countries = (int) content.cases().stream().flatMap(c -> c.countries().stream()).distinct().count();
        return new HomeModel(content.events().size(), content.cases().size(), places, countries, first, last);
    }
}
