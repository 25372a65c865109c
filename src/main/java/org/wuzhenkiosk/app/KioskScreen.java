package org.wuzhenkiosk.app;

import javafx.scene.Node;
import org.wuzhenkiosk.config.ScreenName;

/** A screen of the kiosk, as the shell sees it. */
public interface KioskScreen {

    ScreenName name();

    /** The screen's node; the same instance for the screen's lifetime. */
    Node view();

    /** Returns the screen to its start: scroll, zoom, filters, open panels. */
    void reset();
}
