package org.wuzhenkiosk.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.ui.TouchButton;

/** The bar always at the bottom: home, back, the exhibition's name, and one button per offered language. */
final class TouchBar extends HBox {

    private final HBox languages = new HBox();
    private final ToggleGroup languageGroup = new ToggleGroup();
    private final KioskContext context;

    TouchBar(KioskContext context) {
        this.context = context;
        setId("touch-bar");
        getStyleClass().add("touch-bar");
        setAlignment(Pos.CENTER_LEFT);
        I18n i18n = context.i18n();
        Navigator navigator = context.navigator();

        Button home = TouchButton.create("nav-home", "mdi2h-home-outline", i18n.text("nav.home"));
        home.setOnAction(e -> navigator.home());
        home.disableProperty().bind(navigator.currentProperty().isEqualTo(ScreenName.HOME));
        Button back = TouchButton.create("nav-back", "mdi2a-arrow-left", i18n.text("nav.back"));
        back.setOnAction(e -> navigator.back());
        back.disableProperty().bind(navigator.canGoBackProperty().not());

        Label title = new Label();
        title.setId("touch-bar-title");
        title.getStyleClass().add("touch-bar-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> context.currentContent() == null ? ""
                : i18n.get(context.currentContent().exhibition().title()), i18n.languageProperty(), context.content()));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);

        languages.getStyleClass().add("language-buttons");
        languages.setAlignment(Pos.CENTER_RIGHT);
        Region spacer = new Region();
        spacer.setMinWidth(24);
        getChildren().addAll(home, back, spacer, title, languages);

        context.content().addListener((obs, old, now) -> rebuildLanguages(now));
        rebuildLanguages(context.currentContent());
        i18n.languageProperty().addListener((obs, old, now) -> selectCurrent());
    }

    private void rebuildLanguages(Content content) {
        languages.getChildren().clear();
        languageGroup.getToggles().clear();
        if (content == null) {
            return;
        }
        for (Language language : content.exhibition().languages()) {
            ToggleButton button = new ToggleButton(language.name());
            button.setId("lang-" + language.code());
            button.getStyleClass().addAll("touch-button", "language-button");
            button.setUserData(language.code());
            button.setToggleGroup(languageGroup);
            button.setMinSize(96, 56);
            button.setOnAction(e -> {
                context.i18n().setLanguage(language.code());
                button.setSelected(true);
            });
            languages.getChildren().add(button);
        }
        selectCurrent();
    }

    private void selectCurrent() {
        languageGroup.getToggles().forEach(t -> t.setSelected(context.i18n().language().equals(t.getUserData())));
    }
}
