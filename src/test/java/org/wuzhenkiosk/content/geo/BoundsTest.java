package org.wuzhenkiosk.content.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void theBoxOfSeveralRingsHoldsThemAllAndItsEdges() {
        Bounds b = Bounds.ofAll(List.of(new double[] {0, 0, 4, 1, 2, 3}, new double[] {-2, 5}));
        assertThat(b).isEqualTo(new Bounds(-2, 0, 4, 5));
        assertThat(b.width()).isEqualTo(6);
        assertThat(b.height()).isEqualTo(5);
        assertThat(b.centreX()).isEqualTo(1);
        assertThat(b.centreY()).isEqualTo(2.5);
        assertThat(b.contains(4, 5)).isTrue();
        assertThat(b.contains(4.01, 5)).isFalse();
        assertThat(Bounds.of(new double[] {1, 2, 3, 4})).isEqualTo(new Bounds(1, 2, 3, 4));
    }
}
