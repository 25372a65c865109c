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
import org.wuzhenkiosk.ui.Units;

/**
 * Every offered language as a large button named in its own script and face, over a dimmed screen: what the touch
 * bar's globe opens when the languages no longer fit in a row. A tap beside the list closes it.
 */
final class LanguageList extends StackPane {

    /** A column of choices in design px: a choice's least width (kiosk.css) with room to spare. */
    private static final double COLUMN_WIDTH = 380;
    /** Between two columns in design px: the list's gap (kiosk.css). */
    private static final double COLUMN_GAP = 16;
    private final FlowPane choices = new FlowPane();
    private int columns = 1;
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
        Units.follow(choices, this::wrap);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> close());
        setVisible(false);
    }

    /** Shows the list of {@code languages}, the one in use marked. */
    void open(List<Language> languages, String current) {
        choices.getChildren().clear();
        // one column for a few languages, two from seven on, so a long list still fits above the bar
        columns = languages.size() > 6 ? 2 : 1;
        wrap(Units.of(choices));
        for (Language language : languages) {
            Button button = new Button(language.name());
            button.setId("language-choice-" + language.code());
            button.getStyleClass().addAll("touch-button", "language-choice");
            if (language.code().equals(current)) {
                button.getStyleClass().add("language-choice-current");
            }
            Fonts.useFor(button, language.code());
            button.setOnAction(e -> {
                close();
                choose.accept(language.code());
            });
            choices.getChildren().add(button);
        }
        setVisible(true);
    }

    /** The list's width: its columns in the window's pixels. */
    private void wrap(Units units) {
        choices.setPrefWrapLength(units.px(columns * COLUMN_WIDTH + (columns - 1) * COLUMN_GAP));
    }

    boolean isOpen() {
        return isVisible();
    }

    void close() {
        setVisible(false);
    }
}
