package org.wuzhenkiosk.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.content.Source;

/** Where the facts on a page come from: each source's title, its address and its note, as staff wrote them. */
public final class SourceList extends VBox {

    public SourceList() {
        getStyleClass().add("source-list");
        getStylesheets().add(Resources.stylesheet(SourceList.class, "source-list.css"));
    }

    public SourceList(List<Source> sources) {
        this();
        show(sources);
    }

    /** Lists {@code sources} in place of the ones shown before. */
    public void show(List<Source> sources) {
        getChildren().setAll(sources.stream().map(SourceList::item).toList());
    }

    private static VBox item(Source source) {
        VBox item = new VBox(line(source.title(), "source-title"));
        item.getStyleClass().add("source");
        if (source.url() != null && !source.url().isBlank()) {
            item.getChildren().add(line(source.url(), "source-url"));
        }
        if (source.note() != null && !source.note().isBlank()) {
            item.getChildren().add(line(source.note(), "source-note"));
        }
        return item;
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
