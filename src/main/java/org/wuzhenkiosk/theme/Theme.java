package org.wuzhenkiosk.theme;

import javafx.css.PseudoClass;
import javafx.scene.Scene;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.ui.KioskRoot;
import org.wuzhenkiosk.ui.Resources;
import org.wuzhenkiosk.ui.Units;

/** Applies the kiosk stylesheet and switches the palette with one pseudo-class on the root. */
public final class Theme {

    public static final String STYLESHEET = "/org/wuzhenkiosk/theme/kiosk.css";
    private static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

    private Theme() {
    }

    /**
     * A kiosk's window gets the stylesheet on its root, in the window's pixels ({@link Units}); any other scene on
     * the scene, in design pixels.
     */
    public static void apply(Scene scene, KioskSettings.Theme theme) {
        if (scene.getRoot() instanceof KioskRoot root) {
            if (root.getProperties().putIfAbsent(STYLESHEET, Boolean.TRUE) == null) {
                Units.stylesheet(root, Theme.class, STYLESHEET);
            }
        } else {
            String css = Resources.stylesheet(Theme.class, STYLESHEET);
            if (!scene.getStylesheets().contains(css)) {
                scene.getStylesheets().add(css);
            }
        }
        scene.getRoot().pseudoClassStateChanged(HIGH_CONTRAST, theme == KioskSettings.Theme.HIGH_CONTRAST);
    }
}
