package org.wuzhenkiosk.app;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.wuzhenkiosk.config.ScreenName;

/** A screen of the kiosk, as the shell and the navigator see it. */
public interface KioskScreen {

    /** No screen: what the navigator talks to when a screen is missing (a test may compose only some). */
    KioskScreen NONE = new KioskScreen() {
        private final Region view = new Region();

        @Override
        public ScreenName name() {
            return ScreenName.HOME;
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public void reset() {
            // nothing to reset
        }
    };

    /** How a screen looked when the visitor left it (view, filters, what was open); each screen has its own. */
    interface State {
    }

    ScreenName name();

    /** The screen's node; the same instance for the screen's lifetime. */
    Node view();

    /** Returns the screen to its start: scroll, zoom, filters, open panels. */
    void reset();

    /** How the screen looks now, for Back to come back to; null when it has nothing to keep. */
    default State snapshot() {
        return null;
    }

    /** Shows the screen as {@code state} recorded it; null: closes what is open, the view stays. */
    default void restore(State state) {
        closeOpen();
    }

    /** Closes whatever is open inside the screen (a page, a sheet, a card); its view stays as it is. */
    default void closeOpen() {
    }

    /**
     * For a guided tour: moves to what {@code spotlight} names and lights it, calmly when the screen shows; false
     * when this screen cannot show it (the tour then says so in the log and shows its text alone).
     */
    default boolean spotlight(Spotlight spotlight) {
        return false;
    }
}
