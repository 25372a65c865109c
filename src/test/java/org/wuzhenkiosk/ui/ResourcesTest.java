package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.theme.Theme;

/** Stylesheets and fonts come off the class path, and a missing one names its path. */
class ResourcesTest {

    @Test
    void aStylesheetBesideItsClassIsFoundByName() {
        assertThat(Resources.stylesheet(Theme.class, "kiosk.css")).endsWith("/org/wuzhenkiosk/theme/kiosk.css");
    }

    @Test
    void aMissingStylesheetFailsNamingItsFullPath() {
        assertThatThrownBy(() -> Resources.stylesheet(Theme.class, "nowhere.css"))
                .hasMessageContaining("/org/wuzhenkiosk/theme/nowhere.css");
    }

    @Test
    void aMissingFontFailsNamingItsPath() {
        assertThatThrownBy(() -> Resources.font("/content/fonts/Nowhere.ttf", 20))
                .hasMessageContaining("/content/fonts/Nowhere.ttf");
    }

    @Test
    void aFileThatIsNoFontFailsNamingItsPath() {
        assertThatThrownBy(() -> Resources.font("/org/wuzhenkiosk/theme/kiosk.css", 20))
                .hasMessageContaining("/org/wuzhenkiosk/theme/kiosk.css");
    }
}
