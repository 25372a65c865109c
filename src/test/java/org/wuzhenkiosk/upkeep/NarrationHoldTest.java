package org.wuzhenkiosk.upkeep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.ui.MediaPlayerView;
import org.wuzhenkiosk.ui.MediaSupport;
import org.wuzhenkiosk.ui.NarrationEvent;

/**
 * A visitor listening to a narration touches nothing: the kiosk does not ask "Still there?" until it ends, and its
 * words show as they are read.
 */
@ExtendWith(ApplicationExtension.class)
class NarrationHoldTest {

    private static final Duration TIMEOUT = KioskSettings.DEFAULTS.idleTimeout();
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private boolean asking(FxRobot robot) {
        return SceneGraph.showing(robot.lookup("#idle-overlay").query());
    }

    @Test
    void aNarrationPlayingHoldsTheIdleQuestionUntilItEnds(FxRobot robot) {
        IdleTimer idle = fixture.kiosk().upkeep().idle();
        fixture.interact(() -> fixture.kiosk().navigator().go(ScreenName.CASES));
        fixture.interact(idle::touched);
        SimpleBooleanProperty playing = new SimpleBooleanProperty(true);
        Node somewhere = robot.lookup("#cases-grid").query();
        fixture.interact(() -> somewhere.fireEvent(new NarrationEvent(playing)));

        fixture.advance(TIMEOUT.multipliedBy(3));
        assertThat(asking(robot)).as("a visitor listening is not asked").isFalse();
        assertThat(idle.phase()).isEqualTo(IdleTimer.Phase.IN_USE);

        fixture.interact(() -> playing.set(false));
        fixture.advance(TIMEOUT.minusSeconds(1));
        assertThat(asking(robot)).as("the whole timeout again after the narration").isFalse();
        fixture.advance(Duration.ofSeconds(2));
        assertThat(asking(robot)).isTrue();
    }

    @Test
    void aPlayingNarrationShowsItsWordsAndHoldsTheKiosk(FxRobot robot) throws TimeoutException {
        assumeTrue(MediaSupport.canPlaySound(), MediaSupport::whyNoSound);
        fixture.interact(() -> fixture.kiosk().i18n().setLanguage("en"));
        fixture.interact(() -> fixture.kiosk().navigator().show(ScreenName.CASES, "th-5g-smart-hospital"));
        WaitForAsyncUtils.waitForFxEvents();
        MediaPlayerView narration = robot.lookup("#case-narration").queryAs(MediaPlayerView.class);
        Label captions = robot.lookup("#case-narration-captions").queryAs(Label.class);
        List<String> shownWhilePlaying = new CopyOnWriteArrayList<>();
        List<IdleTimer.Phase> phases = new CopyOnWriteArrayList<>();
        fixture.interact(() -> narration.stateProperty().addListener((obs, old, now) -> {
            if (now == MediaPlayerView.State.PLAYING) {
                shownWhilePlaying.add(captions.isVisible() ? captions.getText() : "");
                // twice the timeout without a touch, while it plays
                IdleTimer idle = fixture.kiosk().upkeep().idle();
                idle.touched();
                fixture.clock().advance(TIMEOUT.multipliedBy(2));
                fixture.kiosk().upkeep().tick();
                phases.add(idle.phase());
            }
        }));
        assertThat(captions.isVisible()).as("no words before it plays").isFalse();
        // the native player answers on its own threads: this waits for it, not for the kiosk's clocks
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> narration.state() == MediaPlayerView.State.READY);
        fixture.interact(narration::play);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shownWhilePlaying.isEmpty());
        String summary = fixture.kiosk().content().content().caseStudy("th-5g-smart-hospital").orElseThrow()
                .summary().in("en", "en");
        assertThat(shownWhilePlaying.get(0)).as("its words as it starts").isNotBlank().isEqualTo(summary);
        assertThat(phases.get(0)).as("not asked while it plays").isEqualTo(IdleTimer.Phase.IN_USE);
    }
}
