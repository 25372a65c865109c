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

/** Pictures reach the screen only when their header claims no more pixels than the kiosk decodes. */
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
}
