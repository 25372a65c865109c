package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.content.CaseStudy;

/**
 * A day of visitors opens hundreds of case pages: each page, with its pictures, is let go when the visitor leaves
 * it, or a kiosk that runs ten hours a day fills its memory.
 */
@ExtendWith(ApplicationExtension.class)
class CasePagesLetGoTest {

    private KioskFixture fixture;
    private CasesScreen screen;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases());
        screen = CasesKiosk.screen(fixture.kiosk());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> screen.players().disposeAll());
        fixture.close();
    }

    @Test
    void casePagesAVisitorLeftAreLetGo(FxRobot robot) {
        List<CaseStudy> cases = fixture.kiosk().content().content().cases();
        List<WeakReference<CaseDetail>> pages = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (CaseStudy c : cases) {
                robot.interact(() -> screen.model().open(c.id()));
                WaitForAsyncUtils.waitForFxEvents();
                pages.add(new WeakReference<>(screen.detail()));
                robot.interact(() -> screen.model().close());
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(pages).as("pages opened").hasSizeGreaterThan(3);
        assertThat(pages.stream().filter(page -> page.get() != null).count()).as("closed pages still held")
                .isLessThanOrEqualTo(1);
    }
}
