package org.wuzhenkiosk.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.FrameClock;

/**
 * What every screen needs: the content shown now, the language, the way to other screens, and the frame clock
 * that drives whatever moves.
 */
public record KioskContext(ReadOnlyObjectProperty<Content> content, I18n i18n, Navigator navigator,
                           FrameClock frames) {

    public KioskContext(ReadOnlyObjectProperty<Content> content, I18n i18n, Navigator navigator) {
        this(content, i18n, navigator, FrameClock.system());
    }

    public Content currentContent() {
        return content.get();
    }
}
