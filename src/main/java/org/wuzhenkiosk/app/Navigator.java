package org.wuzhenkiosk.app;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wuzhenkiosk.config.ScreenName;

/** Which screen is showing, and the way back. */
public final class Navigator {

    private final ReadOnlyObjectWrapper<ScreenName> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final Deque<ScreenName> history = new ArrayDeque<>();
    private ScreenName start;

    public Navigator(ScreenName start) {
        this.start = start;
        current.set(start);
    }

    public ReadOnlyObjectProperty<ScreenName> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ScreenName current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /**
     * A request to show one thing on a screen: a case's card ({@code CASES}, case id), a case's places
     * ({@code MAP}, case id), an event ({@code TIMELINE}, event id). The target screen listens and acts.
     */
    public record Target(ScreenName screen, String id) {
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Goes to {@code screen} and asks it to show the item {@code id}. */
    public void show(ScreenName screen, String id) {
        go(screen);
        target.set(null); // the same request twice must still be heard
        target.set(new Target(screen, id));
    }

    public void go(ScreenName screen) {
        if (screen == current.get()) {
            return;
        }
        history.push(current.get());
        current.set(screen);
        canGoBack.set(true);
    }

    public void back() {
        if (!history.isEmpty()) {
            current.set(history.pop());
        }
        canGoBack.set(!history.isEmpty());
    }

    public void home() {
        go(ScreenName.HOME);
    }

    /** Back to the start screen with no history, as after an idle reset. */
    public void reset() {
        target.set(null);
        history.clear();
        current.set(start);
        canGoBack.set(false);
    }
}
