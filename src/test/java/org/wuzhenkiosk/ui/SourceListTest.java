package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.content.Source;
import org.wuzhenkiosk.theme.Fonts;

/** A page's sources: every line staff wrote, and nothing for what they left out. */
@ExtendWith(ApplicationExtension.class)
class SourceListTest {

    private final SourceList list = new SourceList();

    @Start
    void start(Stage stage) {
        Fonts.load(); // as the kiosk does before its first scene: font fallback is fixed on first use
        stage.setScene(new Scene(list, 800, 400));
        stage.show();
    }

    private static List<String> lines(SourceList list, String style) {
        return list.lookupAll("." + style).stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aSourceShowsItsTitleAddressAndNote(FxRobot robot) {
        robot.interact(() -> list.show(List.of(new Source("Yearbook 2021", "https://example.org/y", "page 12"))));
        assertThat(lines(list, "source-title")).containsExactly("Yearbook 2021");
        assertThat(lines(list, "source-url")).containsExactly("https://example.org/y");
        assertThat(lines(list, "source-note")).containsExactly("page 12");
    }

    @Test
    void aSourceWithoutAddressOrNoteShowsItsTitleAlone(FxRobot robot) {
        robot.interact(() -> list.show(List.of(new Source("Interview", null, " "))));
        assertThat(lines(list, "source-title")).containsExactly("Interview");
        assertThat(lines(list, "source-url")).isEmpty();
        assertThat(lines(list, "source-note")).isEmpty();
    }

    @Test
    void showingOtherSourcesReplacesTheOnesBefore(FxRobot robot) {
        robot.interact(() -> list.show(List.of(new Source("First", null, null), new Source("Second", null, null))));
        robot.interact(() -> list.show(List.of(new Source("Third", null, null))));
        assertThat(lines(list, "source-title")).containsExactly("Third");
    }
}
