package org.wuzhenkiosk.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.wuzhenkiosk.content.Content;

/** What every screen needs: the content shown now, the language, and the way to other screens. */
public record KioskContext(ReadOnlyObjectProperty<Content> content, I18n i18n, Navigator navigator) {

    public Content currentContent() {
        return content.get();
    }
}
