package org.wuzhenkiosk.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wuzhenkiosk.config.ScreenName;

/**
 * Where the visitor is, and the one way back. The history holds screens and what was open inside them (a case's
 * page, an event's sheet, a map card or list, a badge's list), each with the view the visitor left it in: Back
 * closes what is open first, then shows the screen before in the state it was left, then home.
 */
public final class Navigator {

    private final ReadOnlyObjectWrapper<ScreenName> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyObjectWrapper<ScreenName> backTo = new ReadOnlyObjectWrapper<>(this, "backTo");
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyObjectWrapper<CaseView> caseView = new ReadOnlyObjectWrapper<>(this, "caseView");
    /** The visitor's way here, newest first: the first entry is what shows now. */
    private final Deque<Entry> history = new ArrayDeque<>();
    private final ScreenName start;
    private Function<ScreenName, KioskScreen> screens = name -> null;
    /** True while the navigator itself restores or closes a screen: what the screen reports then is not news. */
    private boolean moving;

    public Navigator(ScreenName start) {
        this.start = start;
        history.push(new Entry(start, false));
        current.set(start);
    }

    /** The screens whose states the history keeps, built by the shell when first asked for (null: none). */
    void attach(Function<ScreenName, KioskScreen> byName) {
        this.screens = byName;
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

    /** The screen Back shows next (the current one when Back closes something in it), or null at the start. */
    public ReadOnlyObjectProperty<ScreenName> backToProperty() {
        return backTo.getReadOnlyProperty();
    }

    /**
     * A request to show one thing on a screen: a case's card ({@code CASES}, case id), a case's places
     * ({@code MAP}, case id), an event ({@code TIMELINE}, event id), a stop of the guided tour ({@code STORY}, stop
     * id). The target screen listens and acts.
     */
    public record Target(ScreenName screen, String id) {
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** A case's page on screen; {@code returned} when Back brought the visitor back to it rather than a tap. */
    public record CaseView(String caseId, boolean returned) {
    }

    /** The case whose page shows now, or null: the one place a case counts as opened, whatever the way to it. */
    public ReadOnlyObjectProperty<CaseView> caseViewProperty() {
        return caseView.getReadOnlyProperty();
    }

    /** The cases screen says which case's page it shows (null: none), and whether Back brought it back. */
    public void caseShown(String caseId) {
        CaseView now = caseId == null ? null : new CaseView(caseId, moving);
        CaseView was = caseView.get();
        if (was == null ? now != null : now == null || !was.caseId().equals(now.caseId())) {
            caseView.set(now);
        }
    }

    /** Goes to {@code screen} and asks it to show the item {@code id}: one step, which Back undoes at once. */
    public void show(ScreenName screen, String id) {
        leave();
        history.push(new Entry(screen, true));
        quietly(() -> screenOf(screen).closeOpen()); // what was left open there must not show, even for a frame
        moveTo(screen);
        target.set(null); // the same request twice must still be heard
        target.set(new Target(screen, id));
    }

    /** Goes to {@code screen} as a door does: nothing open in it, its view where the visitor left it. */
    public void go(ScreenName screen) {
        if (screen == current.get() && !top().open) {
            return;
        }
        leave();
        history.push(new Entry(screen, false));
        quietly(() -> screenOf(screen).closeOpen());
        moveTo(screen);
    }

    /**
     * Leaves a guided tour for the screen it shows, as the tour left it: nothing closed, nothing reset. Back
     * returns to the tour at the same stop.
     */
    public void explore(ScreenName screen) {
        leave();
        history.push(new Entry(screen, false));
        moveTo(screen);
    }

    /** The screen itself, built if need be: for a guided tour, which shows the other screens inside its own. */
    public KioskScreen screen(ScreenName name) {
        return screenOf(name);
    }

    public void home() {
        go(ScreenName.HOME);
    }

    /**
     * A screen opened something inside itself (a sheet, a card, a list): Back closes it, and only it. Something
     * opened over something already open takes its place: one Back closes it.
     */
    public void opened(ScreenName screen) {
        if (moving || screen != current.get() || top().open) {
            return;
        }
        history.push(new Entry(screen, true));
        updateBack();
    }

    /** A screen closed what was open inside it by itself (its close button, a tap beside it): no Back needed. */
    public void closed(ScreenName screen) {
        if (moving || screen != current.get() || !top().open) {
            return;
        }
        Entry open = history.pop();
        Entry below = history.peek();
        if (below == null || below.screen != screen || below.open) {
            open.open = false; // opened from elsewhere: the screen stays, what led here stays below it
            history.push(open);
        }
        updateBack();
    }

    /** The touch bar's Back, the case page's own back button, Backspace: one step back. */
    public void back() {
        if (history.size() < 2) {
            return;
        }
        Entry left = history.pop();
        Entry now = top();
        quietly(() -> {
            if (left.screen == now.screen) {
                screenOf(now.screen).closeOpen(); // the view stays where the visitor moved it meanwhile
            } else {
                screenOf(left.screen).closeOpen();
                screenOf(now.screen).restore(now.state);
            }
            moveTo(now.screen);
        });
    }

    /** Escape: closes what is open on the screen showing, and nothing more. */
    public void closeTopmost() {
        if (top().open) {
            back();
        }
    }

    /** Back to the start screen with no history, as after an idle reset. */
    public void reset() {
        target.set(null);
        history.clear();
        history.push(new Entry(start, false));
        current.set(start);
        caseShown(null);
        updateBack();
    }

    private Entry top() {
        return history.peek();
    }

    /** The screen showing now is left for another step: its state is kept to come back to. */
    private void leave() {
        Entry top = top();
        top.state = screenOf(top.screen).snapshot();
    }

    private void moveTo(ScreenName screen) {
        if (screen != current.get()) {
            caseShown(null); // a case's page leaves with its screen, before the next screen counts as seen
        }
        current.set(screen);
        updateBack();
    }

    private void quietly(Runnable action) {
        boolean was = moving;
        moving = true;
        try {
            action.run();
        } finally {
            moving = was;
        }
    }

    private void updateBack() {
        canGoBack.set(history.size() > 1);
        Iterator<Entry> entries = history.iterator();
        entries.next();
        backTo.set(entries.hasNext() ? entries.next().screen : null);
    }

    private KioskScreen screenOf(ScreenName name) {
        KioskScreen screen = screens.apply(name);
        return screen != null ? screen : KioskScreen.NONE;
    }

    /** One step of the way: a screen, whether something is open in it, and how it looked when it was left. */
    private static final class Entry {
        final ScreenName screen;
        boolean open;
        KioskScreen.State state;

        Entry(ScreenName screen, boolean open) {
            this.screen = screen;
            this.open = open;
        }
    }
}
