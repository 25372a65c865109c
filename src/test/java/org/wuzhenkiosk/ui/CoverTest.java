package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.content.BundledContent;

/** A case always has a cover: its picture, or a designed one when the picture is missing or broken. */
@ExtendWith(ApplicationExtension.class)
class CoverTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static StringBinding text(String value) {
        return Bindings.createStringBinding(() -> value);
    }

    private Cover cover(FxRobot robot, ImageCache cache, Path picture) {
        Cover[] made = new Cover[1];
        robot.interact(() -> made[0] = new Cover(cache, picture, 420, 262, text("数字乌干达"), text("能力建设"), 1));
        return made[0];
    }

    @Test
    void aPictureThatExistsIsShownAtDisplaySize(FxRobot robot) {
        ImageCache cache = ImageCache.ofMegabytes(8);
        Path picture = BundledContent.root().resolve("media/cases/digital-uganda.png");
        Cover cover = cover(robot, cache, picture);
        ImageView view = (ImageView) cover.getChildren().get(0);
        assertThat(view.getImage().getWidth()).isLessThanOrEqualTo(420);
        assertThat(view.getImage().getHeight()).isLessThanOrEqualTo(262);
        assertThat(cover.getStyleClass()).doesNotContain("cover-drawn");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aMissingPictureGetsADrawnCoverWithTheTitlesFirstCharacter(FxRobot robot) {
        Cover cover = cover(robot, ImageCache.ofMegabytes(8), dir.resolve("nowhere.png"));
        assertThat(cover.getStyleClass()).contains("cover-drawn");
        assertThat(cover.lookupAll(".cover-initial")).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("数"));
        assertThat(cover.lookupAll(".cover-theme")).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("能力建设"));
    }

    @Test
    void aBrokenPictureGetsADrawnCoverToo(FxRobot robot) throws IOException {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "this is not a picture");
        ImageCache cache = ImageCache.ofMegabytes(8);
        Cover cover = cover(robot, cache, broken);
        assertThat(cover.getStyleClass()).contains("cover-drawn");
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheKeepsNoMoreBytesThanItsBound(FxRobot robot) throws IOException {
        long cover = 4L * 420 * 262;
        ImageCache cache = ImageCache.ofBytes(3 * cover);
        Path root = BundledContent.root().resolve("media/cases");
        try (var pictures = Files.list(root)) {
            for (Path picture : pictures.filter(p -> p.toString().endsWith(".png")).toList()) {
                cover(robot, cache, picture);
            }
        }
        assertThat(cache.size()).isBetween(1, 3);
        assertThat(cache.bytes()).isPositive().isLessThanOrEqualTo(3 * cover);
    }
}
