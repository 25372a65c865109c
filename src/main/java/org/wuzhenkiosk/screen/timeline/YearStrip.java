package org.wuzhenkiosk.screen.timeline;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.Units;

/**
 * The years in a row under the timeline, a mini-map: a bar per year for how many events it has, a frame around
 * what is on screen. One tap on a year jumps there; dragging along the strip scrubs through time.
 */
final class YearStrip extends Region {

    /** The room a year's name needs, in design px at the designed text size. */
    private static final double MIN_LABEL_WIDTH = 84;
    /** Years between two named years on a long span: round numbers, so the names read as decades or centuries. */
    private static final int[] NAME_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    private final TimelineModel model;
    private final I18n i18n;
    private final HBox cells = new HBox();
    private final Region frame = new Region();
    private final Map<Integer, Region> bars = new LinkedHashMap<>();
    private final Map<Integer, Label> labels = new LinkedHashMap<>();
    private double pressX;
    private boolean scrubbing;

    YearStrip(TimelineModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("year-strip");
        getStyleClass().add("year-strip");
        cells.setFillHeight(true);
        frame.setId("year-frame");
        frame.getStyleClass().add("year-frame");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        getChildren().addAll(frame, cells); // the frame behind the years, so their labels stay readable
        // scrolling moves only the frame; the strip itself is not laid out again
        model.scrollProperty().addListener((obs, old, now) -> placeFrame());
        model.layoutProperty().addListener((obs, old, now) -> {
            updateCounts();
            requestLayout();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            scrubbing = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::scrub);
        rebuild();
    }

    /** New content: one cell per year it covers. */
    void rebuild() {
        cells.getChildren().clear();
        bars.clear();
        labels.clear();
        for (int year = model.firstYear(); year <= model.lastYear(); year++) {
            Label label = new Label(String.valueOf(year));
            label.getStyleClass().add("year-label");
            label.setMinWidth(Region.USE_PREF_SIZE); // a name may reach over its neighbours' cells, never "1…"
            Region bar = new Region();
            bar.getStyleClass().add("year-bar");
            bar.setManaged(false);
            bars.put(year, bar);
            labels.put(year, label);
            StackPane cell = new StackPane(label, bar);
            cell.setId("year-" + year);
            cell.getStyleClass().add("year-cell");
            cell.setAlignment(Pos.CENTER);
            cell.setMinWidth(0);
            cell.setPrefWidth(1);
            cell.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            int target = year;
            // for a keyboard, a switch or a screen reader: the year and how many milestones it holds
            Accessible.button(cell, Bindings.createStringBinding(() -> i18n.get("timeline.year",
                    String.valueOf(target), model.perYear().getOrDefault(target, 0)), i18n.languageProperty(),
                    model.layoutProperty()), () -> model.jumpToYear(target));
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !scrubbing) {
                    model.jumpToYear(target);
                }
            });
            cells.getChildren().add(cell);
        }
        updateCounts();
        requestLayout();
    }

    /** With many years, name only every few (1970, 1980...), so that names never run into each other. */
    private static int nameStep(double cell, double room) {
        for (int step : NAME_STEPS) {
            if (step * cell >= room) {
                return step;
            }
        }
        return NAME_STEPS[NAME_STEPS.length - 1];
    }

    private void updateCounts() {
        Map<Integer, Integer> counts = model.perYear();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        counts.forEach((year, count) -> {
            Region bar = bars.get(year);
            if (bar != null) {
                bar.setUserData(count == 0 ? 0.0 : 4 + 12.0 * count / Math.max(1, max)); // design px
                bar.setVisible(count > 0);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        cells.resizeRelocate(0, 0, w, h);
        int years = bars.size();
        if (years == 0) {
            return;
        }
        double cell = w / years;
        Units units = Units.of(this);
        int step = nameStep(cell, units.fontPx(MIN_LABEL_WIDTH));
        labels.forEach((year, label) -> label.setVisible(year % step == 0));
        bars.values().forEach(bar -> {
            double height = units.px(bar.getUserData() instanceof Double d ? d : 0);
            bar.resizeRelocate(cell * 0.2, h - height - units.px(4), cell * 0.6, height);
        });
        placeFrame();
    }

    /** Frames the years on screen; hidden when every year is. */
    private void placeFrame() {
        int years = bars.size();
        boolean whole = model.zoom() == Zoom.ALL || years == 0 || getWidth() <= 0;
        frame.setVisible(!whole);
        if (!whole) {
            double cell = getWidth() / years;
            double x0 = xOf(model.firstVisibleDay(), cell);
            double x1 = xOf(model.lastVisibleDay().plusDays(1), cell);
            frame.resizeRelocate(x0, 0, Math.max(Units.of(this).px(16), x1 - x0), getHeight());
        }
    }

    private double xOf(LocalDate day, double cell) {
        int index = day.getYear() - model.firstYear();
        return cell * (index + (day.getDayOfYear() - 1) / (double) day.lengthOfYear());
    }

    /** Dragging along the strip puts the moment under the finger in the middle of the timeline. */
    private void scrub(MouseEvent e) {
        if (!scrubbing && Math.abs(e.getX() - pressX) < Units.of(this).px(12)) {
            return;
        }
        scrubbing = true;
        int years = bars.size();
        if (years == 0 || model.zoom() == Zoom.ALL) {
            return;
        }
        double position = Math.max(0, Math.min(years - 1e-6, e.getX() / (getWidth() / years)));
        int year = model.firstYear() + (int) position;
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate day = first.plusDays((long) ((position - (int) position) * first.lengthOfYear()));
        model.scrollTo(model.layout().x(day) - model.viewportWidth() / 2);
        e.consume();
    }
}
