package org.wuzhenkiosk.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.theme.Fonts;

/**
 * Every offered language as a large button named in its own script and face, over a dimmed screen: what the touch
 * bar's globe opens when the languages no longer fit in a row. A tap beside the list closes it.
 */
final class LanguageList extends StackPane {

    private final FlowPane choices = new FlowPane();
    private final Consumer<String> choose;

    LanguageList(Consumer<String> choose) {
        this.choose = choose;
        setId("language-list");
        getStyleClass().add("language-list");
        choices.setId("language-choices");
        choices.getStyleClass().add("language-choices");
        choices.setAlignment(Pos.CENTER);
        choices.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        choices.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        StackPane.setAlignment(choices, Pos.BOTTOM_RIGHT);
        getChildren().add(choices);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> close());
        setVisible(false);
    }

    /** Shows the list of {@code languages}, the one in use marked. */
    void open(List<Language> languages, String current) {
        choices.getChildren().clear();
        // one column for a few languages, two from seven on, so a long list still fits above the bar
        choices.setPrefWrapLength(languages.size() > 6 ? 2 * 380 + 16 : 380);
        for (Language language : languages) {
            Button button = new Button(language.name());
            button.setId("language-choice-" + language.code());
            button.getStyleClass().addAll("touch-button", "language-choice");
            if (language.code().equals(current)) {
                button.getStyleClass().add("language-choice-current");
            }
            Fonts.useFor(button, language.code());
            button.setMinSize(360, 72);
            button.setOnAction(e -> {
                close();
                choose.accept(language.code());
            });
            choices.getChildren().add(button);
        }
        setVisible(true);
    }

    boolean isOpen() {
        return isVisible();
    }

    void close() {
        setVisible(false);
    }
}
