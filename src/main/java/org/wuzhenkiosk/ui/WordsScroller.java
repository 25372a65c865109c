package org.wuzhenkiosk.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A touch scroller (dragged, no bars) around words that wrap: as tall as they are at the width it is given, so that
 * it scrolls only when its parent gives it less. A plain {@link ScrollPane} asks its content's height for no width,
 * which for wrapped labels is one line each: at a larger text size the words were cut to that.
 */
public final class WordsScroller extends ScrollPane {

    public WordsScroller(Node content) {
        super(content);
        getStyleClass().add("scroller");
        setFitToWidth(true);
        setPannable(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.NEVER);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node content = getContent();
        if (content == null) {
            return super.computePrefHeight(width);
        }
        double across = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + content.prefHeight(Math.min(across, content.maxWidth(-1))) + snappedBottomInset();
    }
}
