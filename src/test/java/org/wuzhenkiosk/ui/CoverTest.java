package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
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

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private static StringBinding text(String value) {
        return Bindings.createStringBinding(() -> value);
    }

    private Cover cover(FxRobot robot, ImageCache cache, Path picture) {
        Cover[] made = new Cover[1];
        robot.interact(() -> {
            made[0] = new Cover(cache, picture, 420, 262, text("数字乌干达"), text("能力建设"), 1);
            root.getChildren().setAll(made[0]); // a cover decodes its picture in a window, at the size it has there
        });
        return made[0];
    }

    private static Cover coverIn(KioskWindowAt window, ImageCache cache, Path picture) {
        return window.show(new Cover(cache, picture, 420, 262, text("数字乌干达"), text("能力建设"), 1));
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

    @Test
    void onA4kPanelACoverTakesTwiceItsDesignAndItsPictureHasTwiceThePixels() {
        ImageCache cache = ImageCache.ofMegabytes(16);
        Path picture = BundledContent.root().resolve("media/cases/digital-uganda.png"); // 1200 x 750
        Cover cover = KioskWindowAt.onFx(() -> coverIn(new KioskWindowAt(3840, 2160), cache, picture));
        ImageView view = (ImageView) cover.getChildren().get(0);
        assertThat(cover.getPrefWidth()).isEqualTo(840);
        assertThat(cover.getPrefHeight()).isEqualTo(524);
        assertThat(view.getFitWidth()).isEqualTo(840);
        assertThat(view.getImage().getWidth()).as("the 840 pixels it covers, not 420 enlarged")
                .isCloseTo(840, within(3.0));
    }

    @Test
    void aResizedWindowAsksForTheCoversPictureAtItsNewSize(FxRobot robot) {
        ImageCache cache = ImageCache.ofBytes(4L * 840 * 525 + 4L * 283 * 177);
        Path picture = BundledContent.root().resolve("media/cases/digital-uganda.png");
        KioskWindowAt window = KioskWindowAt.onFx(() -> new KioskWindowAt(3840, 2160));
        Cover cover = KioskWindowAt.onFx(() -> coverIn(window, cache, picture));
        robot.interact(() -> window.resize(1280, 720)); // a laptop's 282 x 176 pixels (its unit is 43/64)
        double laptop = 420 * Units.unitFor(1280, 720);
        ImageView view = (ImageView) cover.getChildren().get(0);
        assertThat(cover.getPrefWidth()).isCloseTo(laptop, within(0.01));
        assertThat(view.getFitWidth()).isCloseTo(laptop, within(0.01));
        assertThat(view.getImage().getWidth()).as("decoded for the laptop").isCloseTo(laptop, within(3.0));

        robot.interact(() -> window.resize(3840, 2160));
        assertThat(view.getImage().getWidth()).as("sharp again at 4K").isCloseTo(840, within(3.0));
        assertThat(cache.size()).as("each size once, through the one cache").isEqualTo(2);
        assertThat(cache.bytes()).isLessThanOrEqualTo(cache.maxBytes());
    }

    @Test
    void aDrawnCoverTakesTheWindowsPixelsToo() {
        Cover cover = KioskWindowAt.onFx(() -> coverIn(new KioskWindowAt(2160, 3840), ImageCache.ofMegabytes(8),
                dir.resolve("nowhere.png")));
        assertThat(cover.getStyleClass()).contains("cover-drawn");
        assertThat(cover.getMaxWidth()).isEqualTo(840);
        assertThat(((Rectangle) cover.getClip()).getArcWidth()).as("its corners as round as designed")
                .isEqualTo(48);
    }
}
