package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.eventually;
import static org.wuzhenkiosk.screen.cases.CasesKiosk.showing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javafx.scene.Node;
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
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.ui.MediaPlayerView;

/**
 * Real broken media in an otherwise good exhibition: a clip cut short, a WAV full of noise, files deleted while
 * the kiosk runs, a clip in a codec JavaFX has no decoder for. Each shows its poster and a short message, and
 * the rest of the page keeps working.
 */
@ExtendWith(ApplicationExtension.class)
class CaseMediaFallbackTest {

    @TempDir
    static Path folder;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private CasesScreen screen;
    private Path content;

    @Start
    void start(Stage stage) throws IOException {
        content = Files.createTempDirectory(folder, "content");
        BundledCopy.into(content);
        Path media = content.resolve("media/cases");
        byte[] clip = Files.readAllBytes(media.resolve("cbers-amazon-orbit.mp4"));
        Files.write(media.resolve("cut-short.mp4"), Arrays.copyOf(clip, 1500)); // a copy that stopped in its index
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        byte[] header = "RIFF\u0000\u0010\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, noise, 0, header.length);
        Files.write(media.resolve("noise-en.wav"), noise); // a WAV header, then nothing a player can read
        Files.write(media.resolve("deleted-clip.mp4"), clip);
        Files.copy(media.resolve("cbers-amazon-narration-en.wav"), media.resolve("deleted-en.wav"));
        try (InputStream in = CaseMediaFallbackTest.class.getResourceAsStream("unsupported-codec.mp4")) {
            Files.write(media.resolve("unsupported-codec.mp4"), in.readAllBytes()); // MPEG-4 Part 2 video
        }
        Path cases = content.resolve("cases.json");
        JsonObject json = JsonParser.parseString(Files.readString(cases)).getAsJsonObject();
        for (var element : json.getAsJsonArray("cases")) {
            JsonObject c = element.getAsJsonObject();
            String id = c.get("id").getAsString();
            if (id.equals("digital-uganda")) {
                c.add("media", media(video("cut-short.mp4"), audio("noise-en.wav")));
            } else if (id.equals("beidou-sarez-lake")) {
                c.add("media", media(video("deleted-clip.mp4"), audio("deleted-en.wav")));
            } else if (id.equals("macao-eu-research-data")) {
                c.add("media", media(video("unsupported-codec.mp4")));
            }
        }
        Files.writeString(cases, json.toString());
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases().withContentDir(content));
        kiosk = fixture.kiosk();
        screen = CasesKiosk.screen(kiosk);
        assertThat(kiosk.content().showingFallback()).as("the test content is valid: %s",
                kiosk.content().problems()).isFalse();
        // staff deleted these while the kiosk was running
        Files.delete(media.resolve("deleted-clip.mp4"));
        Files.delete(media.resolve("deleted-en.wav"));
    }

    @AfterEach
    void releasePlayers(FxRobot robot) {
        robot.interact(() -> screen.players().disposeAll());
        fixture.close();
    }

    private static JsonArray media(JsonObject... items) {
        JsonArray array = new JsonArray();
        Arrays.stream(items).forEach(array::add);
        return array;
    }

    private static JsonObject video(String file) {
        JsonObject video = new JsonObject();
        video.addProperty("file", "media/cases/" + file);
        video.addProperty("type", "video");
        return video;
    }

    private static JsonObject audio(String file) {
        JsonObject audio = new JsonObject();
        audio.addProperty("file", "media/cases/" + file);
        audio.addProperty("type", "audio");
        audio.addProperty("language", "en");
        return audio;
    }

    private CaseDetail open(FxRobot robot, String id) {
        robot.interact(() -> screen.model().open(id));
        WaitForAsyncUtils.waitForFxEvents();
        return screen.detail();
    }

    private static boolean failed(MediaPlayerView view) {
        return eventually(10, () -> view.state() == MediaPlayerView.State.FAILED);
    }

    private String message(FxRobot robot, Node within, String query) {
        Labeled label = robot.from(within).lookup(query).queryAs(Labeled.class);
        assertThat(showing(label)).as(query + " showing").isTrue();
        return label.getText();
    }

    @Test
    void aClipCutShortShowsItsPosterAndAShortMessage(FxRobot robot) throws Exception {
        CaseDetail detail = open(robot, "digital-uganda");
        MediaPlayerView video = detail.videos().get(0);
        assertThat(failed(video)).as("video state %s", video.stateProperty()).isTrue();
        // where no H.264 decoder is installed the player gives up before it reads far enough to see the damage
        assertThat(video.failureProperty().get()).isIn(MediaPlayerView.Failure.DAMAGED,
                MediaPlayerView.Failure.FORMAT);
        assertThat(message(robot, video, "#media-video-failed")).isEqualTo("This video cannot play here.");
        assertThat(message(robot, video, ".media-failed-reason")).isIn("The file is missing or damaged.",
                "This computer cannot play its format.");
        assertThat(robot.from(video).lookup(".media-poster").tryQuery()).hasValueSatisfying(
                poster -> assertThat(showing(poster)).as("the poster shows under the message").isTrue());
        assertThat(robot.from(video).lookup(".media-big-play").query().isVisible()).isFalse();
        assertThat(screen.players().openCount()).as("a failed player is released at once").isZero();

        // the rest of the page works
        assertThat(robot.lookup("#case-detail-title").queryAs(Labeled.class).getText())
                .isEqualTo("Towards a Digital Uganda");
        assertThat(CasesKiosk.decodeQr(robot, robot.lookup("#case-qr").query())).startsWith("https://");
        robot.clickOn("#case-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot.lookup("#cases-grid").query())).isTrue();
    }

    @Test
    void aWavFullOfNoiseSaysTheNarrationCannotPlay(FxRobot robot) {
        MediaPlayerView narration = open(robot, "digital-uganda").narration().orElseThrow();
        assertThat(failed(narration)).isTrue();
        assertThat(message(robot, narration, "#media-audio-failed")).isEqualTo("The narration cannot play here.");
        assertThat(narration.toggleButton().isVisible() && showing(narration.toggleButton()))
                .as("no play button that does nothing").isFalse();
    }

    @Test
    void filesDeletedWhileTheKioskRunsShowTheFallbackAtOnce(FxRobot robot) {
        CaseDetail detail = open(robot, "beidou-sarez-lake");
        MediaPlayerView video = detail.videos().get(0);
        MediaPlayerView narration = detail.narration().orElseThrow();
        assertThat(video.state()).isEqualTo(MediaPlayerView.State.FAILED);
        assertThat(video.failureProperty().get()).isEqualTo(MediaPlayerView.Failure.DAMAGED);
        assertThat(narration.state()).isEqualTo(MediaPlayerView.State.FAILED);
        assertThat(message(robot, video, ".media-failed-reason")).isEqualTo("The file is missing or damaged.");
        assertThat(screen.players().createdCount()).as("no player for a file that is not there").isZero();
    }

    @Test
    void aCodecWithoutDecoderSaysTheFormatCannotPlayHereInEitherLanguage(FxRobot robot) {
        MediaPlayerView video = open(robot, "macao-eu-research-data").videos().get(0);
        assertThat(failed(video)).isTrue();
        assertThat(video.failureProperty().get()).isEqualTo(MediaPlayerView.Failure.FORMAT);
        assertThat(message(robot, video, ".media-failed-reason")).isEqualTo("This computer cannot play its format.");
        robot.clickOn("#lang-zh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(robot, video, "#media-video-failed")).isEqualTo("此视频无法在本机播放。");
        assertThat(message(robot, video, ".media-failed-reason")).isEqualTo("本机不支持该文件格式。");
    }
}
