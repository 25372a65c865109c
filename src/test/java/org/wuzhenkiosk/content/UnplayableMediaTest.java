package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clip or narration this computer cannot play is a warning that names the file, the record, the field and what
 * to do; the same files on a computer that plays them pass. The bundled exhibition's real H.264 clip and WAV
 * narrations are checked against both answers, so no decoder is needed to run this.
 */
class UnplayableMediaTest {

    @TempDir
    static Path content;

    @BeforeAll
    static void copyTheExhibition() throws IOException {
        BundledCopy.into(content);
    }

    /** A computer that plays every format but those given, as JavaFX would say. */
    private static Playback playsAllBut(Set<String> formats) {
        return format -> formats.contains(format) ? Optional.of(new Playback.Refusal(format.equals("wav")
                ? Playback.Cause.NO_SOUND_DEVICE : Playback.Cause.NO_DECODER,
                "MEDIA_UNSUPPORTED : Unrecognized file signature!")) : Optional.empty();
    }

    /** Where cases.json names the clip, as staff would find it in their editor. */
    private static String clipLine() throws IOException {
        List<String> lines = Files.readAllLines(content.resolve("cases.json"));
        int index = lines.indexOf(lines.stream().filter(l -> l.contains("\"media/cases/cbers-amazon-orbit.mp4\""))
                .findFirst().orElseThrow());
        return "cases.json:" + (index + 1) + ":19: ";
    }

    @Test
    void anH264ClipThisComputerCannotPlayIsAWarningThatNamesItsRecordAndTheFix() throws IOException {
        String where = clipLine();
        List<Problem> problems = ContentValidator.validate(content, playsAllBut(Set.of("mp4"))).problems();

        assertThat(problems).filteredOn(p -> p.message().contains("cannot play")).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.describe("en")).startsWith(where + "case 3 (cbers-amazon), media 1, file: warning: "
                            + "media file \"media/cases/cbers-amazon-orbit.mp4\" is MP4, which this "
                            + "computer cannot play (MEDIA_UNSUPPORTED : Unrecognized file signature!); visitors see "
                            + "its poster")
                    .contains("Fix: this kiosk cannot play MP4 (H.264) video here: on Linux install FFmpeg's "
                            + "libavcodec and libavformat");
            assertThat(p.describe("zh")).startsWith(where + "第 3 个案例（cbers-amazon），第 1 个媒体，file: "
                    + "警告：媒体文件“media/cases/cbers-amazon-orbit.mp4”是 MP4 格式，这台电脑无法播放")
                    .contains("修改：这台展台无法播放 MP4（H.264）视频");
        });
    }

    @Test
    void narrationWithoutASoundDeviceIsAWarningForEachFileAskingForSpeakers() {
        List<Problem> problems = ContentValidator.validate(content, playsAllBut(Set.of("wav"))).problems();

        assertThat(problems).filteredOn(p -> p.message().contains("cannot play")).hasSize(4).allSatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("-narration-").contains("is WAV");
            assertThat(p.fix()).contains("connect speakers or headphones");
        });
    }

    @Test
    void onAComputerThatPlaysEveryFormatTheSameFilesPassWithoutAWord() {
        ContentValidator.Report report = ContentValidator.validate(content, playsAllBut(Set.of()));

        assertThat(report.problems()).noneSatisfy(p -> assertThat(p.message()).contains("cannot play"));
        assertThat(ContentLoader.load(content, playsAllBut(Set.of("mp4"))).ok())
                .as("a clip that cannot play is shown as its poster: the content still loads").isTrue();
    }
}
