package org.wuzhenkiosk.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.content.Source;

/**
 * Where the facts on a page come from, as a visitor reads it: each source's title in the visitor's language, who
 * published it and when, and its address (plain text: touching it does nothing, so it does not look like a link).
 * The staff's note is never shown.
 */
public final class SourceList extends VBox {

    private final ObservableValue<String> language;

    /** @param language the language shown; every line follows it */
    public SourceList(ObservableValue<String> language) {
        this.language = language;
        getStyleClass().add("source-list");
        Units.stylesheet(this, SourceList.class, "source-list.css");
    }

    public SourceList(ObservableValue<String> language, List<Source> sources) {
        this(language);
        show(sources);
    }

    /** Lists {@code sources} in place of the ones shown before. */
    public void show(List<Source> sources) {
        getChildren().setAll(sources.stream().map(this::item).toList());
    }

    private VBox item(Source source) {
        VBox item = new VBox(line(l -> source.title().in(l, l), "source-title"));
        item.getStyleClass().add("source");
        if (!source.publication("", "").isEmpty()) {
            item.getChildren().add(line(l -> source.publication(l, l), "source-publisher"));
        }
        if (source.url() != null && !source.url().isBlank()) {
            item.getChildren().add(new WebAddress(source.url(), "source-url"));
        }
        return item;
    }

    private Label line(Function<String, String> text, String style) {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> text.apply(language.getValue()), language));
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
