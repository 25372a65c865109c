package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;

/**
 * A visitor with a keyboard or a switch (Tab to move, Enter or Space to act) and a screen reader: on every screen,
 * with a milestone, a case or a map card open and under the idle question, Tab reaches every kind of control and
 * each stop has a role and a name in the language on screen.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAccessTest {

    private static final int MOST_STOPS = 150;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** One Tab stop as a screen reader hears it. */
    private record Stop(Node node, String id, AccessibleRole role, String text) {
        @Override
        public String toString() {
            return id + " " + node.getStyleClass() + " " + role + " \"" + text + "\"";
        }
    }

    /** Presses Tab until the focus comes back to where it began: every stop on the way, in order. */
    private List<Stop> walk(FxRobot robot) {
        List<Stop> stops = new ArrayList<>();
        List<Node> seen = new ArrayList<>();
        for (int i = 0; i < MOST_STOPS; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = fixture.scene().getFocusOwner();
            assertThat(focused).as("after %d Tabs, something has the focus", i + 1).isNotNull();
            if (seen.contains(focused)) {
                return stops;
            }
            seen.add(focused);
            String id = focused.getId();
            assertThat(focused.isFocusVisible()).as("%s knows the keyboard brought the focus", id).isTrue();
            assertThat(focused.getEffect()).as("%s shows the focus ring", id).isInstanceOf(DropShadow.class);
            assertThat(inView(focused)).as("%s is scrolled into view", id).isTrue();
            stops.add(new Stop(focused, focused.getId(),
                    (AccessibleRole) focused.queryAccessibleAttribute(AccessibleAttribute.ROLE),
                    (String) focused.queryAccessibleAttribute(AccessibleAttribute.TEXT)));
        }
        return stops;
    }

    /** Each stop has a role a screen reader names and a text in {@code language}. */
    private static void assertNamed(List<Stop> stops, String language) {
        for (Stop stop : stops) {
            assertThat(stop.role()).as("%s has a role", stop).isNotIn(null, AccessibleRole.NODE, AccessibleRole.PARENT);
            assertThat(stop.text()).as("%s has a name", stop).isNotBlank();
            if (stop.id() != null && stop.id().startsWith("lang-")) {
                continue; // a language is named in its own script, whatever the language on screen
            }
            if (language.equals("zh")) {
                assertThat(HAN.matcher(stop.text()).find()).as("%s is named in Chinese", stop).isTrue();
            } else {
                assertThat(LATIN.matcher(stop.text()).find() && !HAN.matcher(stop.text()).find())
                        .as("%s is named in English", stop).isTrue();
            }
        }
    }

    /** Whether all of {@code node} shows in every scrolling page around it. */
    private static boolean inView(Node node) {
        Bounds shown = node.localToScene(node.getLayoutBounds());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                Bounds page = pane.localToScene(pane.getLayoutBounds());
                if (shown.getMinY() < page.getMinY() - 1 || shown.getMaxY() > page.getMaxY() + 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean reaches(List<Stop> stops, String idPrefix) {
        return stops.stream().anyMatch(s -> s.id() != null && s.id().startsWith(idPrefix));
    }

    private static boolean inside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private void go(Runnable step) {
        fixture.interact(step);
        fixture.advance(Duration.ofSeconds(1));
    }

    private List<Stop> walkNamed(FxRobot robot, String language) {
        List<Stop> stops = walk(robot);
        assertNamed(stops, language);
        return stops;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyScreenIsWalkedWithTabAndEveryStopIsNamedInTheLanguageOnScreen(String language, FxRobot robot) {
        KioskApp.Kiosk kiosk = fixture.kiosk();
        go(() -> kiosk.i18n().setLanguage(language));

        List<Stop> home = walkNamed(robot, language);
        assertThat(reaches(home, "home-timeline") && reaches(home, "home-cases") && reaches(home, "home-map"))
                .as("home: every door, %s", home).isTrue();
        assertThat(reaches(home, "lang-zh") && reaches(home, "lang-en")).as("home: every language, %s", home)
                .isTrue();

        go(() -> kiosk.navigator().go(ScreenName.TIMELINE));
        List<Stop> timeline = walkNamed(robot, language);
        assertThat(reaches(timeline, "zoom-year") && reaches(timeline, "kind-") && reaches(timeline, "event-")
                && reaches(timeline, "year-") && reaches(timeline, "timeline-canvas"))
                .as("timeline: zoom levels, kinds, milestones and years, %s", timeline).isTrue();

        go(() -> kiosk.navigator().show(ScreenName.TIMELINE, "wic-2021"));
        List<Stop> event = walkNamed(robot, language);
        assertThat(event).as("an open milestone keeps Tab in its sheet").isNotEmpty()
                .allMatch(s -> inside(s.node(), "event-detail"));
        assertThat(reaches(event, "event-detail-close")).as("%s", event).isTrue();

        go(() -> kiosk.navigator().go(ScreenName.CASES));
        List<Stop> grid = walkNamed(robot, language);
        assertThat(reaches(grid, "facet-") && reaches(grid, "case-")).as("cases: filters and cards, %s", grid)
                .isTrue();

        go(() -> kiosk.navigator().show(ScreenName.CASES, "cbers-amazon"));
        List<Stop> detail = walkNamed(robot, language);
        assertThat(reaches(detail, "case-back") && reaches(detail, "gallery-next") && reaches(detail, "case-place-")
                && reaches(detail, "case-narration-toggle")).as("a case's page, %s", detail).isTrue();
        go(() -> kiosk.navigator().show(ScreenName.CASES, "belt-road-digital-economy"));
        List<Stop> linked = walkNamed(robot, language);
        assertThat(reaches(linked, "case-event-")).as("a case's milestones, %s", linked).isTrue();

        go(() -> kiosk.navigator().show(ScreenName.MAP, "cbers-amazon"));
        List<Stop> map = walkNamed(robot, language);
        assertThat(reaches(map, "map-zoom-in") && reaches(map, "map-pin-") && reaches(map, "map-card-open"))
                .as("the map with a case's card, %s", map).isTrue();
    }

    @Test
    void enterOpensWhatTabReachedAndTheIdleQuestionTakesTheFocus(FxRobot robot) {
        KioskApp.Kiosk kiosk = fixture.kiosk();
        for (int i = 0; i < MOST_STOPS && !"home-map".equals(idOfFocus()); i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.ENTER);
        fixture.advance(Duration.ofSeconds(1));
        assertThat(kiosk.navigator().current()).isEqualTo(ScreenName.MAP);

        fixture.advance(KioskSettings.DEFAULTS.idleTimeout().plusSeconds(1));
        Node focused = fixture.scene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("idle-continue");
        assertThat((String) focused.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isNotBlank()
                .isEqualTo(kiosk.i18n().get("idle.continue"));
        robot.type(KeyCode.SPACE);
        fixture.advance(Duration.ofSeconds(1));
        assertThat(SceneGraph.showing(robot.lookup("#idle-overlay").query())).isFalse();
        assertThat(kiosk.navigator().current()).as("the visit goes on where it was").isEqualTo(ScreenName.MAP);
    }

    private String idOfFocus() {
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = fixture.scene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }
}
