package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Labeled;
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
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.content.BundledCopy;

/**
 * Staff (or a sync tool) save the content folder every 100 ms for a minute, in good, half-written and broken
 * states: visitors only ever see whole, valid content, the last good one, and the staff panel names what is wrong.
 */
@ExtendWith(ApplicationExtension.class)
class LiveReloadUnderFireTest {

    private static final String PIN = "2468";
    private static final String TITLE = "携手构建网络空间命运共同体";
    private KioskFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private String title(FxRobot robot) {
        return robot.lookup("#home-title").queryAs(Labeled.class).getText();
    }

    private void openStaffPanel(FxRobot robot) {
        Point2D corner = robot.point(fixture.kiosk().root()).atPosition(Pos.TOP_LEFT)
                .atOffset(new Point2D(24, 24)).query();
        for (int i = 0; i < 5; i++) {
            robot.clickOn(corner);
        }
        robot.interact(() -> {
            for (char digit : PIN.toCharArray()) {
                robot.lookup("#pin-" + digit).queryButton().fire();
            }
            robot.lookup("#pin-ok").queryButton().fire();
        });
    }

    @Test
    void aFolderSavedEvery100MsForAMinuteShowsOnlyGoodStatesAndEndsOnTheLastGoodOne(FxRobot robot, @TempDir Path dir)
            throws IOException {
        BundledCopy.into(dir);
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(dir)
                .withOperations(KioskSettings.Operations.DEFAULTS.withStaffPin(PinHash.of(PIN, 1_000))));
        Path exhibition = dir.resolve("exhibition.json");
        Path events = dir.resolve("events.json");
        String original = Files.readString(exhibition, StandardCharsets.UTF_8);
        String originalEvents = Files.readString(events, StandardCharsets.UTF_8);
        assertThat(title(robot)).isEqualTo(TITLE);

        Random random = new Random(17);
        String shown = TITLE;
        String lastWritten = TITLE;
        boolean lastWasGood = true;
        int good = 0;
        int halfWritten = 0;
        int broken = 0;
        int reloadsSeen = 0;
        int brokenChecksSeen = 0;
        for (int step = 0; step < 600; step++) {
            boolean pause = step % 40 >= 28; // 2.8 s of saves, then 1.2 s of quiet in which the kiosk reloads
            if (!pause) {
                int kind = step == 587 ? 9 : random.nextInt(10); // the very last save is a broken one
                Path file = exhibition;
                if (kind < 5) {
                    lastWritten = "第" + step + "版";
                    Files.writeString(exhibition, original.replace(TITLE, lastWritten), StandardCharsets.UTF_8);
                    Files.writeString(events, originalEvents, StandardCharsets.UTF_8);
                    lastWasGood = true;
                    good++;
                } else if (kind < 8) {
                    // a save caught halfway: either file ends in the middle, or is still empty
                    file = kind == 5 ? events : exhibition;
                    String whole = file == events ? originalEvents : original;
                    Files.writeString(file, whole.substring(0, random.nextInt(whole.length())),
                            StandardCharsets.UTF_8);
                    lastWasGood = false;
                    halfWritten++;
                } else {
                    // whole, but wrong: a misspelt field
                    Files.writeString(exhibition, original.replace("\"subtitle\"", "\"subtitel\""),
                            StandardCharsets.UTF_8);
                    lastWasGood = false;
                    broken++;
                }
                fixture.kiosk().upkeep().watcher().changed(file);
            }
            fixture.advance(Duration.ofMillis(100));
            if (step % 40 == 36) {
                // a second after the last save (step 27 of 40): the folder was read and, if valid, is on show
                reloadsSeen++;
                if (lastWasGood) {
                    shown = lastWritten;
                } else {
                    assertThat(fixture.kiosk().content().lastCheck().applied()).isFalse();
                    assertThat(fixture.kiosk().content().lastCheck().problems()).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.toString()).matches("(exhibition|events)\\.json:.*"));
                    brokenChecksSeen++;
                }
            }
            assertThat(title(robot)).as("step %d", step).isEqualTo(shown);
        }
        assertThat(good).isGreaterThan(100);
        assertThat(halfWritten + broken).isGreaterThan(100);
        assertThat(reloadsSeen).isEqualTo(15);
        assertThat(brokenChecksSeen).isPositive();
        assertThat(lastWasGood).as("the last save was a broken one").isFalse();
        assertThat(title(robot)).isNotEqualTo(TITLE).isEqualTo(shown);

        openStaffPanel(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#staff-problems .staff-problem").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).isNotEmpty()
                .allSatisfy(t -> assertThat(t).matches("(exhibition|events)\\.json:.*"));
    }
}
