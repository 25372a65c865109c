package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** UI strings follow the language at once, whichever way a label is bound. */
class I18nTest {

    @Test
    void aLabelBoundToTheLanguageReadsTheNewLanguagesStringsRightAway() {
        I18n i18n = new I18n("zh", "zh");
        StringBinding hint = Bindings.createStringBinding(() -> i18n.get("home.cases.hint", 0, "", "", 11),
                i18n.languageProperty());
        StringProperty label = new SimpleStringProperty();
        label.bind(hint);
        label.addListener((obs, old, now) -> { });
        assertThat(label.get()).isEqualTo("11个国际合作项目");
        i18n.setLanguage("en");
        assertThat(label.get()).isEqualTo("11 cooperation projects");
        i18n.setLanguage("zh");
        assertThat(label.get()).isEqualTo("11个国际合作项目");
    }

    @Test
    void aLabelBoundToAKeyFollowsEverySwitch() {
        I18n i18n = new I18n("zh", "zh");
        StringProperty label = new SimpleStringProperty();
        label.bind(i18n.text("nav.home"));
        label.addListener((obs, old, now) -> { });
        assertThat(label.get()).isEqualTo("首页");
        i18n.setLanguage("en");
        assertThat(label.get()).isEqualTo("Home");
        i18n.setLanguage("zh");
        assertThat(label.get()).isEqualTo("首页");
    }
}
