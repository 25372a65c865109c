package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaProbeTest {

    @TempDir
    Path dir;

    @Test
    void aWholePictureCanBeShown() throws IOException {
        assertThat(MediaProbe.probe(write("cover.png", picture("png")), "image").ok()).isTrue();
        assertThat(MediaProbe.probe(write("cover.jpg", picture("jpg")), "image").ok()).isTrue();
    }

    @Test
    void aPictureCutShortWhileCopyingIsRefusedThoughItsHeaderIsIntact() throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            byte[] whole = picture(format);
            Path cut = write("cut." + format, Arrays.copyOf(whole, whole.length / 2));

            MediaProbe.Verdict verdict = MediaProbe.probe(cut, "image");

            assertThat(verdict.ok()).as(format).isFalse();
            assertThat(verdict.fix()).as(format).contains("cut short");
        }
    }

    @Test
    void aChineseStaffMemberReadsWhyTheDecoderGaveUpInChinese() throws IOException {
        byte[] whole = picture("jpg");
        MediaProbe.Verdict cut = MediaProbe.probe(write("cut.jpg", Arrays.copyOf(whole, whole.length / 2)), "image");

        assertThat(cut.says().in("zh")).isEqualTo("图片已损坏（文件在图片结束之前就断了）");
        assertThat(cut.reason()).as("the log keeps the decoder's words")
                .isEqualTo("the picture is damaged (the file ends before the picture does: "
                        + "Truncated File - Missing EOI marker)");
    }

    @Test
    void aPictureIsNotANarration() throws IOException {
        MediaProbe.Verdict verdict = MediaProbe.probe(write("cover.png", picture("png")), "audio");

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.reason()).contains("not an audio file").contains("png data");
    }

    @Test
    void webmVideoIsRefusedWithAdviceToConvertToMp4() throws IOException {
        MediaProbe.Verdict verdict = MediaProbe.probe(write("clip.webm", new byte[] {0x1A, 0x45, (byte) 0xDF,
                (byte) 0xA3, 0, 0, 0, 0}), "video");

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.fix()).contains("MP4");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Noise, so that half of the file holds half of the pixels rather than padding. */
    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(1);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
