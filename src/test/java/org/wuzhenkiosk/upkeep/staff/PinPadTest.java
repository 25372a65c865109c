package org.wuzhenkiosk.upkeep.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.config.PinHash;
import org.wuzhenkiosk.upkeep.ManualClock;

/** Staff find every wrong PIN in the log, and never its digits. */
@ExtendWith(ApplicationExtension.class)
class PinPadTest {

    private static final String PIN = "482916";
    private final Logger log = Logger.getLogger(PinPad.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ManualClock clock = new ManualClock();
    private final int[] opened = new int[1];

    @Start
    void start(Stage stage) {
    }

    @BeforeEach
    void listen() {
        log.addHandler(collect);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(collect);
    }

    private void enter(PinPad pad, String digits) {
        digits.chars().forEach(c -> pad.type(c - '0'));
        pad.submit();
    }

    @Test
    void wrongPinsAreLoggedWithTheirCountButNeverWithTheirDigits(FxRobot robot) {
        robot.interact(() -> {
            PinPad pad = new PinPad(PinHash.of(PIN, 1_000), new PinLock(clock), TaskRunner.sameThread(),
                    new I18n("en", "zh"), () -> opened[0]++, () -> { }, () -> { });
            enter(pad, "777333");
            clock.advanceSeconds(5);
            pad.refresh();
            enter(pad, "482917");
            clock.advanceSeconds(10);
            pad.refresh();
            enter(pad, PIN);
        });
        assertThat(opened[0]).isEqualTo(1);
        List<String> wrong = records.stream().filter(r -> r.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage).toList();
        assertThat(wrong).hasSize(2);
        assertThat(wrong.get(0)).contains("wrong staff PIN", "1 in a row", "5 s");
        assertThat(wrong.get(1)).contains("wrong staff PIN", "2 in a row", "10 s");
        assertThat(records).map(LogRecord::getMessage).anySatisfy(m -> assertThat(m).contains("after 2 wrong"))
                .allSatisfy(m -> assertThat(m).doesNotContain("777333", "482917", PIN, "4829"));
    }
}
