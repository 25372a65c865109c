package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A narration's words shown as they are read, driven by a position rather than a playing recording. */
@ExtendWith(ApplicationExtension.class)
class CaptionsTest {

    private static final String ENGLISH = "Satellites watch the forest. They see every new road! Rangers act on it.";
    private static final String CHINESE = "卫星守望雨林。新修的每条路都看得见！护林员据此行动。";

    private final SimpleStringProperty transcript = new SimpleStringProperty(ENGLISH);
    private final SimpleObjectProperty<Duration> position = new SimpleObjectProperty<>(Duration.ZERO);
    private final SimpleObjectProperty<Duration> length = new SimpleObjectProperty<>(Duration.seconds(12));
    private final SimpleBooleanProperty playing = new SimpleBooleanProperty(true);

    @Test
    void sentencesAreCutByTheRulesOfTheirLanguage() {
        assertThat(Captions.sentences(ENGLISH, Locale.ENGLISH)).containsExactly("Satellites watch the forest.",
                "They see every new road!", "Rangers act on it.");
        assertThat(Captions.sentences(CHINESE, Locale.CHINESE)).containsExactly("卫星守望雨林。", "新修的每条路都看得见！",
                "护林员据此行动。");
    }

    @Test
    void theSentenceShownFollowsThePositionInTheRecording() {
        Captions captions = new Captions(transcript, "en", position, length, playing);
        assertThat(captions.getText()).isEqualTo("Satellites watch the forest.");
        position.set(Duration.seconds(6));
        assertThat(captions.getText()).isEqualTo("They see every new road!");
        position.set(Duration.seconds(11.9));
        assertThat(captions.getText()).isEqualTo("Rangers act on it.");
        position.set(Duration.seconds(12));
        assertThat(captions.getText()).as("the last words stay until it stops").isEqualTo("Rangers act on it.");
    }

    @Test
    void nothingShowsUntilItPlaysAndTheWordsFollowTheTranscriptsLanguage() {
        playing.set(false);
        Captions captions = new Captions(transcript, "zh", position, length, playing);
        assertThat(captions.isVisible()).isFalse();
        playing.set(true);
        transcript.set(CHINESE);
        position.set(Duration.seconds(5));
        assertThat(captions.isVisible()).isTrue();
        assertThat(captions.getText()).isEqualTo("新修的每条路都看得见！");
    }

    @Test
    void aRecordingOfUnknownLengthShowsItsFirstSentence() {
        length.set(Duration.UNKNOWN);
        position.set(Duration.seconds(30));
        assertThat(new Captions(transcript, "en", position, length, playing).getText())
                .isEqualTo("Satellites watch the forest.");
    }
}
