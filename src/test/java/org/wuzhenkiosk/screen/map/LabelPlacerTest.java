package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void placedLabelsNeverOverlapEachOtherOrTheObstacles() {
        Random random = new Random(3);
        List<LabelPlacer.Candidate<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            candidates.add(new LabelPlacer.Candidate<>(i, LabelPlacer.Box.centredOn(random.nextDouble() * 1920,
                    random.nextDouble() * 1000, 60 + random.nextDouble() * 160, 28)));
        }
        List<LabelPlacer.Box> pins = List.of(LabelPlacer.Box.centredOn(960, 500, 52, 52),
                LabelPlacer.Box.centredOn(300, 300, 24, 24));
        List<LabelPlacer.Candidate<Integer>> placed = LabelPlacer.place(candidates, pins, 6);
        assertThat(placed).hasSizeBetween(20, 299);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().overlaps(placed.get(j).box(), 0))
                        .as("labels %s and %s", placed.get(i).item(), placed.get(j).item()).isFalse();
            }
            for (LabelPlacer.Box pin : pins) {
                assertThat(placed.get(i).box().overlaps(pin, 0)).isFalse();
            }
        }
    }

    @Test
    void theBiggerCountryKeepsItsNameWhenTwoCollide() {
        var russia = new LabelPlacer.Candidate<>("Russia", LabelPlacer.Box.centredOn(1000, 200, 90, 28));
        var kazakhstan = new LabelPlacer.Candidate<>("Kazakhstan", LabelPlacer.Box.centredOn(1010, 215, 130, 28));
        var australia = new LabelPlacer.Candidate<>("Australia", LabelPlacer.Box.centredOn(1600, 700, 100, 28));
        assertThat(LabelPlacer.place(List.of(russia, kazakhstan, australia), List.of(), 6))
                .extracting(LabelPlacer.Candidate::item).containsExactly("Russia", "Australia");
    }
}
