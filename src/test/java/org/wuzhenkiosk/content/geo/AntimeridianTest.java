package org.wuzhenkiosk.content.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class AntimeridianTest {

    @Test
    void aRingAroundThePoleIsClosedAlongThePole() {
        // a cap around the south pole, written as a globe would: from -180 eastwards back to 180, then a jump
        double[] ring = {-180, -70, -90, -72, 0, -70, 90, -72, 180, -70, -180, -70};
        List<double[]> pieces = Antimeridian.split(ring);
        assertThat(pieces).hasSize(1);
        double[] cap = pieces.get(0);
        double minLat = 0;
        for (int i = 1; i < cap.length; i += 2) {
            minLat = Math.min(minLat, cap[i]);
        }
        assertThat(minLat).isEqualTo(-90);
        assertThat(Math.abs(Rings.signedArea(cap))).isCloseTo(360 * 19.0, offset(400.0));
    }

    @Test
    void aRingThatStaysOnOneSideComesBackUnchanged() {
        double[] ring = {10, 10, 20, 10, 20, 20, 10, 20, 10, 10};
        assertThat(Antimeridian.split(ring)).singleElement().isSameAs(ring);
    }

    @Test
    void anIslandAcrossTheDateLineBecomesAPieceAtEachEdgeOfTheMap() {
        // a box from 178 E to 178 W, as Fiji is written: the longitude jumps from 180 to -180
        double[] ring = {178, -16, -178, -16, -178, -18, 178, -18, 178, -16};
        List<double[]> pieces = Antimeridian.split(ring);
        assertThat(pieces).hasSize(2);
        assertThat(pieces).anySatisfy(p -> {
            assertThat(Bounds.of(p).minX()).isEqualTo(178);
            assertThat(Bounds.of(p).maxX()).isEqualTo(180);
        });
        assertThat(pieces).anySatisfy(p -> {
            assertThat(Bounds.of(p).minX()).isEqualTo(-180);
            assertThat(Bounds.of(p).maxX()).isEqualTo(-178);
        });
        double total = pieces.stream().mapToDouble(p -> Math.abs(Rings.signedArea(p))).sum();
        assertThat(total).isCloseTo(4 * 2, offset(1e-9)); // four degrees wide, two high: nothing lost
    }
}
