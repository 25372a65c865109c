package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.content.SyntheticContent;

/** With two thousand cases, the grid keeps cards only for the rows on screen, from the first case to the last. */
@ExtendWith(ApplicationExtension.class)
class CasesScaleTest {

    private static final int CASES = 2000;
    @TempDir
    static Path dir;
    private KioskFixture fixture;
    private CasesScreen screen;

    @Start
    void start(Stage stage) throws IOException {
        SyntheticContent.write(dir, 20, CASES, 7);
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases().withContentDir(dir));
        screen = CasesKiosk.screen(fixture.kiosk());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void onlyTheRowsOnScreenHaveCards(FxRobot robot) {
        assertThat(fixture.kiosk().content().showingFallback()).isFalse();
        assertThat(screen.model().visible()).hasSize(CASES);
        Node grid = robot.lookup("#cases-grid").query();
        String first = screen.model().visible().get(0).id();
        String last = screen.model().visible().get(CASES - 1).id();
        assertThat(CasesKiosk.card(robot, first)).isPresent();
        int atTop = count(robot, grid);

        robot.interact(() -> CasesKiosk.gridFlow(robot).setPosition(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(CasesKiosk.card(robot, last)).as("the last case at the bottom").isPresent();
        int atBottom = count(robot, grid);
        long cards = robot.lookup(".case-card").queryAll().size();
        System.out.printf("cases: grid nodes %d at the top, %d at the bottom; %d cards in all%n", atTop, atBottom,
                cards);
        assertThat(cards).as("cards built").isLessThan(40);
        assertThat(Math.max(atTop, atBottom)).as("grid nodes").isLessThan(1500);
    }

    private static int count(FxRobot robot, Node grid) {
        int[] nodes = new int[1];
        robot.interact(() -> nodes[0] = SceneGraph.count(grid));
        return nodes[0];
    }
}
