package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PinClustersTest {

    record Pin(String name, double x, double y) implements PinClusters.Positioned {
    }

    private static final double RADIUS = 56;

    @Test
    void twoPinsMergeWhileCloserThanTheRadiusOnScreenAndSplitWhenZoomedIn() {
        // 0.1 world units apart: 40 px at scale 400 (merged), 80 px at scale 800 (apart)
        List<Pin> pins = List.of(new Pin("beijing", 0, 0), new Pin("wuzhen", 0.1, 0));
        assertThat(PinClusters.cluster(pins, 400, RADIUS)).singleElement().satisfies(c -> {
            assertThat(c.members()).extracting(Pin::name).containsExactly("beijing", "wuzhen");
            assertThat(c.x()).isEqualTo(0.05);
        });
        assertThat(PinClusters.cluster(pins, 800, RADIUS)).hasSize(2).allSatisfy(c -> assertThat(c.single()).isTrue());
        // the split happens exactly where 0.1 units become 56 px
        assertThat(PinClusters.cluster(pins, 559, RADIUS)).hasSize(1);
        assertThat(PinClusters.cluster(pins, 561, RADIUS)).hasSize(2);
    }

    @Test
    void zoomingInNeverMergesAndEveryPinBelongsToExactlyOneCluster() {
        Random random = new Random(7);
        List<Pin> pins = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            pins.add(new Pin("p" + i, random.nextGaussian() * 0.8, random.nextGaussian() * 0.4));
        }
        int previous = 0;
        for (double scale = 300; scale < 10_000; scale *= 1.5) {
            List<PinClusters.Cluster<Pin>> clusters = PinClusters.cluster(pins, scale, RADIUS);
            assertThat(clusters.stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(1000);
            assertThat(clusters.stream().flatMap(c -> c.members().stream()).distinct().count()).isEqualTo(1000);
            assertThat(clusters.size()).as("clusters at scale %s", scale).isGreaterThanOrEqualTo(previous);
            for (PinClusters.Cluster<Pin> c : clusters) {
                Pin seed = c.members().get(0);
                // every member is within the radius on screen of the pin that gathered it
                for (Pin m : c.members()) {
                    assertThat(Math.hypot(m.x() - seed.x(), m.y() - seed.y()) * scale).isLessThan(RADIUS);
                }
            }
            previous = clusters.size();
        }
        assertThat(PinClusters.cluster(pins, 300, RADIUS).size()).isLessThan(120);
    }

    @Test
    void pinsAtTheSamePlaceStayTogetherAtAnyZoom() {
        List<Pin> pins = List.of(new Pin("a", 1, 1), new Pin("b", 1, 1));
        assertThat(PinClusters.cluster(pins, 1e6, RADIUS)).hasSize(1);
    }
}
