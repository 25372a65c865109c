package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A button a finger hits as easily on a 4K panel or a laptop as on a 1080p screen. */
@ExtendWith(ApplicationExtension.class)
class TouchButtonTest {

    @Test
    void aTouchButtonIsAFingerWideInTheWindowsPixelsAndFollowsAResize() {
        KioskWindowAt window = KioskWindowAt.onFx(() -> new KioskWindowAt(3840, 2160));
        Button button = KioskWindowAt.onFx(() -> window.show(TouchButton.create("ok", "mdi2c-check",
                new SimpleStringProperty("OK"))));
        assertThat(KioskWindowAt.onFx(() -> button.minWidth(-1))).as("56 design pixels at 4K").isEqualTo(112);
        assertThat(button.getMinHeight()).isEqualTo(112);
        KioskWindowAt.onFx(() -> {
            window.resize(1280, 720);
            return null;
        });
        assertThat(button.getMinHeight()).as("and on a laptop").isEqualTo(56 * Units.unitFor(1280, 720));
    }

    @Test
    void aTouchButtonNeverGetsNarrowerThanItsWholeLabel() {
        KioskWindowAt window = KioskWindowAt.onFx(() -> new KioskWindowAt(1080, 1920));
        Button button = KioskWindowAt.onFx(() -> window.show(TouchButton.create("home", "mdi2h-home-outline",
                new SimpleStringProperty("Главная страница"))));
        double least = KioskWindowAt.onFx(() -> {
            button.applyCss();
            return button.minWidth(-1);
        });
        double whole = KioskWindowAt.onFx(() -> button.prefWidth(-1));
        assertThat(whole).as("a label wider than a fingertip").isGreaterThan(56);
        assertThat(least).as("the least width holds the whole label").isEqualTo(whole);
    }
}
