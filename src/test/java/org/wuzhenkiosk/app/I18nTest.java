package org.wuzhenkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.LocalizedText;

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

    @Test
    void aStringInAnotherLanguageLeavesTheCurrentLanguageAlone() {
        I18n i18n = new I18n("zh", "zh");
        assertThat(i18n.getIn("en", "attract.touch")).isEqualTo("Touch to begin");
        assertThat(i18n.get("attract.touch")).isEqualTo("轻触屏幕，开始浏览");
        assertThat(i18n.getIn("en", LocalizedText.of("zh", "乌镇", "en", "Wuzhen"))).isEqualTo("Wuzhen");
    }

    @Test
    void aLanguageTheKioskHasNoStringsInGetsEnglishButtonsAndItsOwnContent() {
        I18n i18n = new I18n("de", "zh");
        assertThat(i18n.speaks("de")).isFalse();
        assertThat(i18n.speaks("zh")).isTrue();
        assertThat(i18n.get("nav.home")).isEqualTo("Home");
        assertThat(i18n.getIn("de", LocalizedText.of("zh", "乌镇", "de", "Wuzhen (de)"))).isEqualTo("Wuzhen (de)");
        assertThat(i18n.getIn("de", LocalizedText.of("zh", "乌镇"))).isEqualTo("乌镇");
    }

    @Test
    void arabicTextCanWrapBetweenItsWordsWhileLatinAndMixedSpacesStayAsWritten() {
        String lrm = "\u200E";
        String noBreak = "\u00A0";
        assertThat(I18n.wrappable("قمة ووتشن")).isEqualTo("قمة " + lrm + "ووتشن");
        assertThat(I18n.wrappable("World Internet Conference")).isEqualTo("World Internet Conference");
        // a Latin word in Arabic stays with the next Arabic word; a paragraph that starts in Latin is left alone
        assertThat(I18n.wrappable("قمة WIC في ووتشن")).isEqualTo("قمة WIC" + noBreak + "في " + lrm + "ووتشن");
        assertThat(I18n.wrappable("WIC قمة ووتشن")).isEqualTo("WIC قمة ووتشن");
        assertThat(new I18n("ar", "ar").get(LocalizedText.of("ar", "قمة ووتشن"))).contains(lrm);
    }
}
