package org.wuzhenkiosk.screen.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.SyntheticContent;
import org.wuzhenkiosk.screen.timeline.TimelineLayout.Zoom;

/**
 * The timeline on the kiosk's screen at four spans of content: a month, the bundled ten years, fifty years of a
 * long history and five centuries. At every zoom and at positions along the whole span, what a visitor reads on
 * the axis never runs together, no card hides another, and the pinned year names the year on screen.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineSpansTest {

    @TempDir
    static Path folders;
    private static Path month;
    private static Path fiftyYears;
    private static Path fiveCenturies;
    private Stage stage;
    private KioskFixture fixture;

    @BeforeAll
    static void generate() {
        month = folder("month", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30), 40);
        fiftyYears = folder("fifty-years", LocalDate.of(1963, 1, 1), LocalDate.of(2012, 12, 31), 300);
        fiveCenturies = folder("five-centuries", LocalDate.of(1520, 1, 1), LocalDate.of(2019, 12, 31), 400);
    }

    private static Path folder(String name, LocalDate first, LocalDate last, int events) {
        Path dir = folders.resolve(name);
        SyntheticContent.spanning(dir, first, last, events, 5L);
        return dir;
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static Stream<Arguments> spans() {
        List<Arguments> all = new ArrayList<>();
        for (String span : List.of("month", "ten-years", "fifty-years", "five-centuries")) {
            for (String language : List.of("en", "zh")) {
                all.add(Arguments.of(span, language));
            }
        }
        return all.stream();
    }

    private TimelineCanvas show(String span, String language) {
        KioskSettings settings = KioskSettings.DEFAULTS.withFullScreen(false).withStartScreen(ScreenName.TIMELINE)
                .withLanguage(language);
        Path dir = switch (span) {
            case "month" -> month;
            case "fifty-years" -> fiftyYears;
            case "five-centuries" -> fiveCenturies;
            default -> null;
        };
        fixture = KioskFixture.show(stage, dir == null ? settings : settings.withContentDir(dir));
        TimelineScreen screen = (TimelineScreen) fixture.kiosk().shell().screen(ScreenName.TIMELINE);
        return screen.canvas();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("spans")
    void axisNamesAndCardsNeverOverlapAndTitlesShowAnywhereAtAnyZoom(String span, String language) {
        TimelineCanvas canvas = show(span, language);
        TimelineModel model = canvas.model();
        for (Zoom zoom : Zoom.values()) {
            fixture.interact(() -> model.setZoom(zoom, 0));
            double max = fixture.interact(() -> model.layout().maxScroll());
            int positions = zoom == Zoom.ALL ? 1 : 9;
            for (int i = 0; i < positions; i++) {
                double scroll = positions == 1 ? 0 : max * i / (positions - 1);
                fixture.interact(() -> {
                    model.scrollTo(scroll);
                    fixture.scene().getRoot().applyCss();
                    fixture.scene().getRoot().layout();
                });
                String where = span + " " + language + " at " + zoom + ", scroll " + Math.round(scroll);
                fixture.interact(() -> {
                    List<Node> names = axisNames(canvas);
                    assertThat(names).as("%s: the axis names something", where).isNotEmpty();
                    assertNoOverlap(names, where + ": axis names");
                    assertNoOverlap(cards(canvas), where + ": cards");
                    cards(canvas).forEach(card -> assertThat(bounds(card).getMinY())
                            .as("%s: %s starts below the top of the timeline", where, card.getId())
                            .isGreaterThanOrEqualTo(bounds(canvas).getMinY()));
                    assertPinnedNamesThePeriodOnScreen(canvas, names, where);
                    cards(canvas).forEach(card -> assertTitleCutOnlyWhenItMustBe(card, where));
                });
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("spans")
    void aYearTappedOnTheStripIsTheYearPinned(String span, String language) {
        TimelineCanvas canvas = show(span, language);
        TimelineModel model = canvas.model();
        int first = model.firstYear();
        int last = model.lastYear();
        for (int year : Stream.of(first, (first + last) / 2, last).distinct().toList()) {
            fixture.interact(() -> {
                model.setZoom(Zoom.ALL, 0);
                model.jumpToYear(year);
                fixture.scene().getRoot().applyCss();
                fixture.scene().getRoot().layout();
            });
            Label pinned = fixture.interact(canvas::pinnedPeriod);
            assertThat(pinned).as("%s: a year is pinned at the year zoom", span).isNotNull();
            assertThat(pinned.getText()).as("%s %s after tapping %d", span, language, year)
                    .isEqualTo(String.valueOf(year));
        }
    }

    /** A title is cut only on the widest card, and only after its third line; the detail shows it whole. */
    private static void assertTitleCutOnlyWhenItMustBe(Node card, String where) {
        Label title = (Label) card.lookup(".tl-card-title");
        Text drawn = (Text) title.lookup(".text");
        if (!drawn.getText().equals(title.getText())) {
            assertThat(((Region) card).getWidth()).as("%s: \"%s\" is cut on a card that could widen", where,
                    title.getText()).isGreaterThanOrEqualTo(TimelineCanvas.MAX_CARD_WIDTH - 0.5);
            assertThat(drawn.getLayoutBounds().getHeight()).as("%s: \"%s\" is cut before its third line", where,
                    title.getText()).isGreaterThan(2.6 * 1.2 * title.getFont().getSize());
        }
    }

    private static void assertPinnedNamesThePeriodOnScreen(TimelineCanvas canvas, List<Node> names, String where) {
        Label pinned = canvas.pinnedPeriod();
        TimelineModel model = canvas.model();
        if (model.zoom() == Zoom.ALL) {
            assertThat(pinned).as("%s: nothing pinned when every year shows", where).isNull();
            return;
        }
        assertThat(pinned).as(where).isNotNull();
        boolean month = model.zoom() == Zoom.MONTH;
        Bounds box = bounds(pinned);
        for (Node name : names) {
            assertThat(bounds(name).intersects(box)).as("%s: \"%s\" runs into the pinned \"%s\"", where,
                    ((Label) name).getText(), pinned.getText()).isFalse();
        }
        // the first name right of the pinned one: a month (a day) of the pinned year (month), or the next one's
        names.stream().filter(n -> bounds(n).getMinX() > box.getMaxX())
                .min(Comparator.comparingDouble(n -> bounds(n).getMinX())).ifPresent(next -> {
                    LocalDate day = (LocalDate) next.getUserData();
                    boolean newPeriod = month ? day.getDayOfMonth() == 1 : day.getDayOfYear() == 1;
                    if (!newPeriod) {
                        assertThat(month ? Dates.monthOfYear(YearMonth.from(day), canvas.i18n().language())
                                : String.valueOf(day.getYear())).as("%s: \"%s\" follows the pinned \"%s\"", where,
                                ((Label) next).getText(), pinned.getText()).isEqualTo(pinned.getText());
                    }
                });
    }

    /** The names on the axis a visitor can see now, left to right; the pinned one apart. */
    private static List<Node> axisNames(TimelineCanvas canvas) {
        Bounds view = bounds(canvas);
        return canvas.lookupAll(".label").stream()
                .filter(n -> n.getStyleClass().stream().anyMatch(c -> c.startsWith("tl-tick-")))
                .filter(n -> !"timeline-period".equals(n.getId()))
                .filter(SceneGraph::showing).filter(n -> bounds(n).intersects(view))
                .sorted(Comparator.comparingDouble(n -> bounds(n).getMinX())).toList();
    }

    private static List<Node> cards(TimelineCanvas canvas) {
        Bounds view = bounds(canvas);
        return canvas.lookupAll(".tl-card").stream().filter(SceneGraph::showing)
                .filter(n -> bounds(n).intersects(view)).toList();
    }

    private static void assertNoOverlap(List<Node> nodes, String what) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Bounds a = bounds(nodes.get(i));
                Bounds b = bounds(nodes.get(j));
                boolean apart = a.getMaxX() <= b.getMinX() || b.getMaxX() <= a.getMinX()
                        || a.getMaxY() <= b.getMinY() || b.getMaxY() <= a.getMinY();
                assertThat(apart).as("%s: %s and %s overlap (%s, %s)", what, describe(nodes.get(i)),
                        describe(nodes.get(j)), a, b).isTrue();
            }
        }
    }

    private static String describe(Node node) {
        return node instanceof Label label ? "\"" + label.getText() + "\"" : node.getId();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
