package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;

/**
 * A kiosk's memory stays flat however often visitors go from screen to screen and open and close cases: its
 * stylesheets are parsed once per window size, not again on each visit (JavaFX's style cache keeps what it matched
 * from every parse, so a parse per visit grew the heap by some 50 MB an hour of a visitor who never stops).
 */
@ExtendWith(ApplicationExtension.class)
class StylesheetsParsedOnceTest {

    private static final String RULE = "javafx.css.Rule";
    private static final List<ScreenName> SCREENS = List.of(ScreenName.TIMELINE, ScreenName.CASES, ScreenName.MAP,
            ScreenName.STORY, ScreenName.HOME);
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Region(), 320, 240));
        stage.show();
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void goingRoundEveryScreenAndCaseAgainAddsNoParsedStyleRules() {
        List<String> cases = fixture.interact(() -> fixture.kiosk().content().content().cases().stream()
                .map(c -> c.id()).toList());
        visitAll(cases); // every screen, case page and widget built and styled once
        long before = ClassHistogram.instances(RULE);
        for (int round = 0; round < 5; round++) {
            visitAll(cases);
        }
        long after = ClassHistogram.instances(RULE);
        assertThat(before).as("parsed style rules live after the first round").isPositive();
        assertThat(after - before).as("parsed style rules added by five more rounds (%d after the first)", before)
                .isLessThanOrEqualTo(before / 100);
    }

    private void visitAll(List<String> cases) {
        for (ScreenName screen : SCREENS) {
            fixture.interact(() -> fixture.kiosk().navigator().go(screen));
            fixture.advance(Duration.ofSeconds(1));
        }
        for (String id : cases) {
            fixture.interact(() -> fixture.kiosk().navigator().show(ScreenName.CASES, id));
            fixture.advance(Duration.ofSeconds(1));
            fixture.interact(() -> fixture.kiosk().navigator().home());
            fixture.advance(Duration.ofSeconds(1));
        }
    }
}
