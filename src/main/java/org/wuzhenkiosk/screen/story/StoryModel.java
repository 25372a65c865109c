package org.wuzhenkiosk.screen.story;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wuzhenkiosk.app.Spotlight;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.StoryStop;

/** Where the visitor is in the tour, and the steps they can take; no nodes, so tests drive it without a robot. */
final class StoryModel {

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<StoryStop> stop = new ReadOnlyObjectWrapper<>(this, "stop");
    private List<StoryStop> stops = List.of();

    StoryModel(Content content) {
        index.addListener((obs, old, now) -> stop.set(stopAt(now.intValue())));
        setContent(content);
    }

    /** New content: the same stop number where the tour still has it, else its last. */
    void setContent(Content content) {
        stops = content == null ? List.of() : content.story().stops();
        index.set(Math.max(0, Math.min(index.get(), stops.size() - 1)));
        stop.set(stopAt(index.get()));
    }

    private StoryStop stopAt(int i) {
        return i >= 0 && i < stops.size() ? stops.get(i) : null;
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    int index() {
        return index.get();
    }

    /** The stop shown now, or null when the content has no tour. */
    ReadOnlyObjectProperty<StoryStop> stopProperty() {
        return stop.getReadOnlyProperty();
    }

    StoryStop stop() {
        return stop.get();
    }

    int count() {
        return stops.size();
    }

    boolean hasNext() {
        return index.get() < stops.size() - 1;
    }

    boolean hasPrevious() {
        return index.get() > 0;
    }

    /** One stop on; false at the last. */
    boolean next() {
        return goTo(index.get() + 1);
    }

    boolean previous() {
        return goTo(index.get() - 1);
    }

    boolean goTo(int i) {
        if (i < 0 || i >= stops.size() || i == index.get()) {
            return false;
        }
        index.set(i);
        return true;
    }

    /** The stop with this id, e.g. touched in the attract loop; false when the tour has none. */
    boolean goTo(String stopId) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i).id().equals(stopId)) {
                goTo(i);
                return true;
            }
        }
        return false;
    }

    void reset() {
        index.set(0);
        stop.set(stopAt(0));
    }

    /** The screen a stop drives. */
    static ScreenName screenOf(StoryStop stop) {
        return switch (stop.show()) {
            case TIMELINE -> ScreenName.TIMELINE;
            case MAP -> ScreenName.MAP;
            case CASE -> ScreenName.CASES;
        };
    }

    /** What a stop asks its screen to show. */
    static Spotlight spotlightOf(StoryStop stop) {
        return switch (stop.show()) {
            case TIMELINE -> new Spotlight.Item(stop.event());
            case CASE -> new Spotlight.Item(stop.caseId());
            case MAP -> stop.caseId() != null ? new Spotlight.Item(stop.caseId(), stop.places())
                    : new Spotlight.Area(stop.view().lat(), stop.view().lon(), stop.view().zoom());
        };
    }
}
