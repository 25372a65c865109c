package org.wuzhenkiosk.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Language;

/** The frame around the screens: the current screen above, the touch bar below. */
public final class KioskShell extends BorderPane {

    private final Map<ScreenName, KioskScreen> screens = new EnumMap<>(ScreenName.class);
    private final StackPane stage = new StackPane();
    private final KioskContext context;

    public KioskShell(KioskContext context, List<KioskScreen> screenList) {
        this.context = context;
        setId("kiosk-shell");
        getStyleClass().add("kiosk-shell");
        screenList.forEach(s -> screens.put(s.name(), s));
        stage.getStyleClass().add("screen-stage");
        setCenter(stage);
        setBottom(new TouchBar(context));
        context.navigator().currentProperty().addListener((obs, old, now) -> show(now, true));
        context.i18n().languageProperty().addListener((obs, old, now) -> applyDirection());
        context.content().addListener((obs, old, now) -> applyDirection());
        show(context.navigator().current(), false);
        applyDirection();
    }

    private void show(ScreenName name, boolean animate) {
        KioskScreen screen = screens.get(name);
        if (screen == null) {
            return;
        }
        Node view = screen.view();
        stage.getChildren().setAll(view);
        if (animate) {
            FadeTransition fade = new FadeTransition(Duration.millis(180), view);
            fade.setFromValue(0.3);
            fade.setToValue(1);
            fade.play();
        }
    }

    /** Right-to-left languages mirror the whole layout. */
    private void applyDirection() {
        boolean rtl = context.currentContent() != null && context.currentContent().exhibition()
                .language(context.i18n().language()).map(Language::rightToLeft).orElse(false);
        setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    /** Every screen back to its start, the start screen showing, the default language. */
    public void resetAll(String language) {
        screens.values().forEach(KioskScreen::reset);
        context.i18n().setLanguage(language);
        context.navigator().reset();
    }

    public KioskScreen screen(ScreenName name) {
        return screens.get(name);
    }
}
