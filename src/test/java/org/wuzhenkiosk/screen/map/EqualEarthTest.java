package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EqualEarthTest {

    private static final double EPS = 1e-6;

    @Test
    void theWorldsEdgesAreWhereThePaperPutsThem() {
        // Šavrič, Patterson & Jenny (2018): on a unit sphere the map is 2 x 2.706630 wide and 2 x 1.317363 high
        assertThat(EqualEarth.forward(180, 0)[0]).isCloseTo(2.706630, within(EPS));
        assertThat(EqualEarth.forward(180, 0)[1]).isCloseTo(0, within(EPS));
        assertThat(EqualEarth.forward(0, 90)[1]).isCloseTo(1.317363, within(EPS));
        assertThat(EqualEarth.forward(0, 0)).containsExactly(0, 0);
        // the pole is a line, 0.5925 of the equator's length
        assertThat(EqualEarth.forward(180, 90)[0]).isCloseTo(1.603589, within(EPS));
        assertThat(EqualEarth.forward(-180, -90)).containsExactly(-EqualEarth.forward(180, 90)[0],
                -EqualEarth.forward(180, 90)[1]);
    }

    @Test
    void knownPlacesLandWhereTheFormulaPutsThem() {
        // values computed independently from the published formulas
        assertThat(EqualEarth.forward(120.4851, 30.7454)).satisfies(p -> {   // Wuzhen
            assertThat(p[0]).isCloseTo(1.688816251, within(EPS));
            assertThat(p[1]).isCloseTo(0.606886906, within(EPS));
        });
        assertThat(EqualEarth.forward(-47.9297, -15.7797)).satisfies(p -> { // Brasília
            assertThat(p[0]).isCloseTo(-0.707700216, within(EPS));
            assertThat(p[1]).isCloseTo(-0.317543974, within(EPS));
        });
        assertThat(EqualEarth.forward(100.5014, 13.754)).satisfies(p -> {   // Bangkok
            assertThat(p[0]).isCloseTo(1.490478478, within(EPS));
            assertThat(p[1]).isCloseTo(0.277226045, within(EPS));
        });
    }

    @Test
    void inverseTakesEveryPointBackToItsPlace() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            double lon = random.nextDouble() * 360 - 180;
            double lat = random.nextDouble() * 178 - 89;
            double[] p = EqualEarth.forward(lon, lat);
            double[] back = EqualEarth.inverse(p[0], p[1]);
            assertThat(back[0]).as("longitude of %s, %s", lon, lat).isCloseTo(lon, within(1e-7));
            assertThat(back[1]).as("latitude of %s, %s", lon, lat).isCloseTo(lat, within(1e-7));
        }
        assertThat(EqualEarth.inverse(0, EqualEarth.MAX_Y)[1]).isCloseTo(90, within(1e-6));
    }

    @Test
    void equalAreasStayEqual() {
        // a 10° x 10° cell near the equator and one at 60° north cover the sphere's areas in the same ratio
        double equator = cellArea(0, 0);
        double north = cellArea(0, 60);
        double expected = (Math.sin(Math.toRadians(70)) - Math.sin(Math.toRadians(60)))
                / (Math.sin(Math.toRadians(10)) - Math.sin(Math.toRadians(0)));
        assertThat(north / equator).isCloseTo(expected, within(0.01));
    }

    private static double cellArea(double lon, double lat) {
        double[][] corners = {EqualEarth.forward(lon, lat), EqualEarth.forward(lon + 10, lat),
            EqualEarth.forward(lon + 10, lat + 10), EqualEarth.forward(lon, lat + 10)};
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double[] a = corners[i];
            double[] b = corners[(i + 1) % 4];
            sum += a[0] * b[1] - b[0] * a[1];
        }
        return Math.abs(sum / 2);
    }
}
