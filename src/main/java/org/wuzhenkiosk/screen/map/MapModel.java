package org.wuzhenkiosk.screen.map;

import java.util.List;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Place;

/** Every case place as a pin, and the plate carrée projection that places it on a width x height map. */
final class MapModel {

    record Pin(CaseStudy caseStudy, Place place) {
    }

    private final List<Pin> pins;

    MapModel(Content content) {
        pins = content.cases().stream().flatMap(c -> c.places().stream().map(p -> new Pin(c, p))).toList();
    }

    List<Pin> pins() {
        return pins;
    }

    static double x(double lon, double width) {
        return (lon + 180) / 360 * width;
    }

    static double y(double lat, double height) {
        return (90 - lat) / 180 * height;
    }
}
