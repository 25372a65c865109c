package org.wuzhenkiosk.content.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class RingsTest {

    /** A 10 x 10 square with corners at (0, 0) and (10, 10), closed, anticlockwise with y up. */
    private static final double[] SQUARE = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    /** A 4 x 4 hole in its middle. */
    private static final double[] HOLE = {3, 3, 7, 3, 7, 7, 3, 7, 3, 3};

    @Test
    void aPointInsideARingIsFoundAndOneOutsideIsNot() {
        assertThat(Rings.contains(SQUARE, 5, 5)).isTrue();
        assertThat(Rings.contains(SQUARE, 11, 5)).isFalse();
        assertThat(Rings.contains(SQUARE, 5, -1)).isFalse();
    }

    @Test
    void aPointInAHoleIsOutsideTheArea() {
        List<double[]> area = List.of(SQUARE, HOLE);
        assertThat(Rings.contains(area, 1, 1)).isTrue();
        assertThat(Rings.contains(area, 5, 5)).isFalse();
        assertThat(Rings.contains(area, 20, 20)).isFalse();
    }

    @Test
    void theAreaIsSignedByTheWayTheRingRuns() {
        assertThat(Rings.signedArea(SQUARE)).isCloseTo(100, offset(1e-9));
        double[] clockwise = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
        assertThat(Rings.signedArea(clockwise)).isCloseTo(-100, offset(1e-9));
    }

    @Test
    void theInsidePointOfAnLShapeIsInsideAndAwayFromItsEdges() {
        // an L whose box centre (5, 5) lies outside it: the label point must move into the L
        double[] ell = {0, 0, 10, 0, 10, 3, 3, 3, 3, 10, 0, 10, 0, 0};
        double[] p = Rings.insidePoint(ell);
        assertThat(Rings.contains(ell, p[0], p[1])).isTrue();
        assertThat(Rings.edgeDistance(ell, p[0], p[1])).isGreaterThan(1);
        double[] centre = Rings.insidePoint(SQUARE);
        assertThat(centre[0]).isCloseTo(5, offset(1e-9));
        assertThat(centre[1]).isCloseTo(5, offset(1e-9));
    }
}
