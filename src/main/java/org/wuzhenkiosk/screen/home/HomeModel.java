package org.wuzhenkiosk.screen.home;

import java.util.Locale;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Place;

/**
 * What the home screen counts: events, cases, and the distinct places and countries they reach (Wuzhen is one
 * place however many cases meet there; an international organisation is no country).
 */
record HomeModel(int events, int cases, int places, int countries, int firstYear, int lastYear) {

    static HomeModel of(Content content) {
        int first = content.events().isEmpty() ? 0 : content.events().get(0).date().year();
        int last = content.events().stream().mapToInt(e -> (e.endDate() == null ? e.date() : e.endDate()).year())
                .max().orElse(first);
        int places = (int) content.cases().stream().flatMap(c -> c.places().stream()).map(HomeModel::placeKey)
                .distinct().count();
        int countries = (int) content.cases().stream().flatMap(c -> c.countries().stream()).distinct().count();
        return new HomeModel(content.events().size(), content.cases().size(), places, countries, first, last);
    }

    /** One place for one id at one spot, as the map draws one pin for it. */
    private static String placeKey(Place place) {
        return place.id() + String.format(Locale.ROOT, "@%.3f,%.3f", place.lat(), place.lon());
    }
}
