package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The random-touch soak of {@code MonkeyTest}, for an hour (or {@code -Dmonkey.minutes=N}) from a seed
 * ({@code -Dmonkey.seed=N}): prints its actions, the faults nothing caught, the live heap after collections at the
 * end of the first quarter and at the end, and the resident memory; fails if a fault got through or the live heap
 * grew by 10 % or more.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class MonkeyBenchmark {

    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Region(), 320, 240));
        stage.show();
        fixture = KioskFixture.show(stage, MonkeyTest.HALL);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anHourOfRandomTouchesLeavesTheKioskWholeAndItsHeapFlat(FxRobot robot) {
        long seed = Long.getLong("monkey.seed", 20261202L);
        Duration length = Duration.ofMinutes(Long.getLong("monkey.minutes", 60L));
        Monkey.Figures figures = new Monkey(fixture, seed).runFor(length);
        System.out.println("monkey, seed " + seed + ", " + length.toMinutes() + " min: " + figures);
        figures.faults().forEach(Throwable::printStackTrace);
        MonkeyTest.everyScreenStillOpens(fixture, robot);
        assertThat(figures.faults()).isEmpty();
        assertThat(figures.heapGrowthPercent())
                .as("live heap growth in percent, from the end of the first quarter to the end").isLessThan(10);
    }
}
