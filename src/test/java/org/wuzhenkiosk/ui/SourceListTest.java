package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.content.LocalizedText;
import org.wuzhenkiosk.content.Source;
import org.wuzhenkiosk.theme.Fonts;

/** A page's sources as visitors read them: in their language, with who published them, never the staff's note. */
@ExtendWith(ApplicationExtension.class)
class SourceListTest {

    private final StringProperty language = new SimpleStringProperty("zh");
    private final SourceList list = new SourceList(language);

    @Start
    void start(Stage stage) {
        Fonts.load(); // as the kiosk does before its first scene: font fallback is fixed on first use
        stage.setScene(new Scene(list, 800, 400));
        stage.show();
    }

    private static List<String> lines(SourceList list, String style) {
        return "source-url".equals(style)
                ? list.lookupAll(".web-address").stream().map(n -> ((WebAddress) n).text()).toList()
                : list.lookupAll("." + style).stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Source yearbook() {
        return new Source(LocalizedText.of("zh", "年鉴2021", "en", "Yearbook 2021"),
                LocalizedText.of("zh", "中国日报", "en", "China Daily"), "2021-05", "https://example.org/y", "page 12");
    }

    @Test
    void aSourceShowsItsTitleAndPublisherInTheVisitorsLanguageAndItsAddressButNotTheNote(FxRobot robot) {
        robot.interact(() -> list.show(List.of(yearbook())));
        assertThat(lines(list, "source-title")).containsExactly("年鉴2021");
        assertThat(lines(list, "source-publisher")).containsExactly("中国日报 · 2021-05");
        assertThat(lines(list, "source-url")).containsExactly("https://example.org/y");
        assertThat(list.lookupAll(".label").stream().map(n -> ((Label) n).getText())).doesNotContain("page 12");

        robot.interact(() -> language.set("en"));
        assertThat(lines(list, "source-title")).containsExactly("Yearbook 2021");
        assertThat(lines(list, "source-publisher")).containsExactly("China Daily · 2021-05");
    }

    @Test
    void aSourceWithoutPublisherOrAddressShowsItsTitleAlone(FxRobot robot) {
        robot.interact(() -> list.show(List.of(new Source(LocalizedText.of("en", "Interview"), null, null, null,
                " "))));
        assertThat(lines(list, "source-title")).containsExactly("Interview");
        assertThat(lines(list, "source-publisher")).isEmpty();
        assertThat(lines(list, "source-url")).isEmpty();
    }

    @Test
    void showingOtherSourcesReplacesTheOnesBefore(FxRobot robot) {
        robot.interact(() -> list.show(List.of(yearbook(), yearbook())));
        robot.interact(() -> list.show(List.of(new Source(LocalizedText.of("zh", "第三"), null, null, null, null))));
        assertThat(lines(list, "source-title")).containsExactly("第三");
    }
}
