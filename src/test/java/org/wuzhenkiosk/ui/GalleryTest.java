package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.wuzhenkiosk.content.BundledContent;

/** A case's pictures at the window's own pixels: as sharp as the screen, and swiped as far on any screen. */
@ExtendWith(ApplicationExtension.class)
class GalleryTest {

    private final ManualFrameClock clock = new ManualFrameClock();
    private final ImageCache cache = ImageCache.ofMegabytes(64);

    private Gallery galleryIn(KioskWindowAt window) {
        Path cases = BundledContent.root().resolve("media/cases");
        List<Gallery.Picture> pictures = List.of(picture(cases.resolve("cbers-amazon.png")), // each 1200 x 750
                picture(cases.resolve("cbers-amazon-detail-river.png")),
                picture(cases.resolve("cbers-amazon-detail-satellite.png")));
        return window.show(new Gallery(cache, clock, pictures, 1000, 625));
    }

    private static Gallery.Picture picture(Path file) {
        return new Gallery.Picture(file, new SimpleStringProperty("caption"), new SimpleStringProperty(""),
                Region::new);
    }

    private static ImageView shown(Gallery gallery) {
        return (ImageView) gallery.viewport().lookupAll(".image-view").stream()
                .filter(n -> n.getParent().getLayoutX() == gallery.indexProperty().get() * n.getParent()
                        .getLayoutBounds().getWidth()).findFirst().orElseThrow();
    }

    @Test
    void onA4kPanelThePictureTakesTwiceItsDesignAndIsDecodedAtThePanelsPixelsUpToItsOwn() {
        Gallery gallery = KioskWindowAt.onFx(() -> galleryIn(new KioskWindowAt(3840, 2160)));
        Region viewport = (Region) gallery.viewport();
        assertThat(viewport.getPrefWidth()).isEqualTo(2000);
        assertThat(viewport.getPrefHeight()).isEqualTo(1250);
        ImageView picture = KioskWindowAt.onFx(() -> shown(gallery));
        assertThat(picture.getFitWidth()).isEqualTo(2000);
        assertThat(picture.getImage().getWidth()).as("its own 1200 pixels, the most it has").isEqualTo(1200);
    }

    @Test
    void aWindowResizedToALaptopAsksForItsPicturesAtTheLaptopsSize() {
        KioskWindowAt window = KioskWindowAt.onFx(() -> new KioskWindowAt(3840, 2160));
        Gallery gallery = KioskWindowAt.onFx(() -> galleryIn(window));
        KioskWindowAt.onFx(() -> {
            window.resize(1280, 720);
            return null;
        });
        double laptop = 1000 * Units.unitFor(1280, 720);
        assertThat(((Region) gallery.viewport()).getPrefWidth()).isCloseTo(laptop, within(0.01));
        ImageView picture = KioskWindowAt.onFx(() -> shown(gallery));
        assertThat(picture.getFitWidth()).isCloseTo(laptop, within(0.01));
        assertThat(picture.getImage().getWidth()).as("no more than the laptop shows").isCloseTo(laptop, within(1.0));
    }

    @Test
    void aFingerRestingOnA4kPanelMovesNothingUntilItHasMovedAsFarAsOnA1080pOne() {
        Gallery gallery = KioskWindowAt.onFx(() -> galleryIn(new KioskWindowAt(3840, 2160)));
        KioskWindowAt.onFx(() -> {
            press(gallery, 2000);
            drag(gallery, 2000 - 16); // 8 design pixels: a finger settling, not a swipe
            return null;
        });
        assertThat(strip(gallery).getTranslateX()).isZero();
        KioskWindowAt.onFx(() -> {
            drag(gallery, 2000 - 40); // 20 design pixels: a swipe
            return null;
        });
        assertThat(strip(gallery).getTranslateX()).isEqualTo(-40);
    }

    @Test
    void aSlowSwipeTurnsThePictureWhenItCrossesASixthOfItWhateverThePanel() {
        Gallery gallery = KioskWindowAt.onFx(() -> galleryIn(new KioskWindowAt(3840, 2160)));
        slowSwipe(gallery, 300); // 150 design pixels: 15 % of the picture
        assertThat(gallery.indexProperty().get()).as("15 %% of the picture is not enough").isZero();
        slowSwipe(gallery, 400); // 20 %
        assertThat(gallery.indexProperty().get()).isEqualTo(1);
        assertThat(clock.settle(Duration.ofSeconds(5))).isTrue();
        assertThat(strip(gallery).getTranslateX()).as("the second picture in place").isCloseTo(-2000, within(1.0));
    }

    /** A finger drawn leftwards by {@code distance} scene pixels over two seconds, and lifted. */
    private void slowSwipe(Gallery gallery, double distance) {
        double from = 2400;
        KioskWindowAt.onFx(() -> {
            press(gallery, from);
            return null;
        });
        for (int step = 1; step <= 20; step++) {
            double x = from - distance * step / 20;
            KioskWindowAt.onFx(() -> {
                clock.advance(Duration.ofMillis(100));
                drag(gallery, x);
                return null;
            });
        }
        KioskWindowAt.onFx(() -> {
            clock.advance(Duration.ofMillis(100));
            mouse(gallery, MouseEvent.MOUSE_RELEASED, from - distance);
            return null;
        });
    }

    private static Node strip(Gallery gallery) {
        return gallery.viewport().lookupAll(".gallery-slot").iterator().next().getParent();
    }

    private static void press(Gallery gallery, double x) {
        mouse(gallery, MouseEvent.MOUSE_PRESSED, x);
    }

    private static void drag(Gallery gallery, double x) {
        mouse(gallery, MouseEvent.MOUSE_DRAGGED, x);
    }

    private static void mouse(Gallery gallery, EventType<MouseEvent> type, double x) {
        double y = 600;
        Event.fireEvent(gallery.viewport(), new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false,
                false, false, true, false, false, false, false, false, null));
    }
}
