package org.wuzhenkiosk.ui;

import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.theme.Theme;

/**
 * A kiosk window of a given size for a widget under test, as the kiosk builds one (a {@link KioskRoot} root), with
 * its unit set by hand: the same in the scaled and the real-pixel layout, and no screen that large needed (the scene
 * has no window, so nothing lays it out behind the test's back). Build it on the FX thread.
 */
final class KioskWindowAt {

    private final Units units = new Units();
    private final StackPane content = new StackPane();
    private final KioskRoot root = new KioskRoot(content, units);
    private final Scene scene;

    KioskWindowAt(double width, double height) {
        scene = new Scene(root, width, height);
        // the palette the widgets' own stylesheets name
        scene.getStylesheets().add(Resources.stylesheet(Theme.class, Theme.STYLESHEET));
        units.fit(width, height);
    }

    /** Shows {@code node} in the window; returns it. */
    <T extends Node> T show(T node) {
        content.getChildren().setAll(node);
        return node;
    }

    /** The window resized (or turned) to {@code width} x {@code height}: its unit follows. */
    void resize(double width, double height) {
        root.resize(width, height); // what the window does to its root; the real-pixel layout fits the unit to it
        units.fit(width, height);
    }

    /** What {@code work} returns, done on the FX thread. */
    static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    Units units() {
        return units;
    }

    Scene scene() {
        return scene;
    }
}
