package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.wuzhenkiosk.content.HostileFiles;

/**
 * Pictures reach the screen only when their header claims no more pixels than the kiosk decodes, and with as many
 * pixels as the screen shows them with.
 */
@ExtendWith(ApplicationExtension.class)
class ImageCacheTest {

    @Test
    void aPictureReplacedByAPixelBombAfterItsCheckIsNotDecodedAndADrawnCoverStandsIn(@TempDir Path dir)
            throws IOException {
        ImageCache cache = ImageCache.ofMegabytes(64);
        Path cover = dir.resolve("cover.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", cover.toFile());
        assertThat(cache.get(cover, 400, 300)).as("a picture of 400 x 300").isPresent();

        Path replaced = dir.resolve("replaced.png");
        // 20 megapixels that JavaFX would decode whole (80 MB), in 3 KB on disk
        Files.write(replaced, HostileFiles.completePng(5000, 4000));

        assertThat(cache.get(replaced, 400, 300)).isEmpty();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aPictureIsDecodedWithTheScreensPixelsForItsBoxNeverMoreThanItsOwn(@TempDir Path dir) throws IOException {
        ImageCache cache = ImageCache.ofMegabytes(64);
        Path photo = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

        cache.setRenderScale(2); // a 4K panel showing the 1920x1080 layout
        assertThat(cache.get(photo, 400, 250).orElseThrow().getWidth()).as("twice the box").isEqualTo(800);
        assertThat(cache.get(photo, 1000, 625).orElseThrow().getWidth()).as("its own 1600, not 2000")
                .isEqualTo(1600);

        cache.setRenderScale(2.0 / 3); // a 1280x720 laptop
        assertThat(cache.get(photo, 1000, 625).orElseThrow().getWidth()).as("the laptop's 667 pixels")
                .isEqualTo(667);
        assertThat(cache.size()).as("each size kept apart").isEqualTo(3);
    }
}
