package org.wuzhenkiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A web address as a visitor reads it: it wraps after a slash, a dot or a hyphen, never inside a word (a label
 * breaks only at spaces, and an address has none, so the address is laid out piece by piece). It always reads left
 * to right, in a right-to-left language too, where it keeps to the right of its place like the text around it.
 */
public final class WebAddress extends FlowPane {

    /** Shows {@code url}, each piece styled {@code styleClass}. */
    public WebAddress(String url, String styleClass) {
        getStyleClass().add("web-address");
        setMinWidth(0);
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        for (String piece : pieces(url)) {
            Label label = new Label(piece);
            label.getStyleClass().add(styleClass);
            label.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(label);
        }
    }

    /** {@code url} cut after each {@code /}, {@code .} and {@code -} past the scheme ("https://" stays whole). */
    static List<String> pieces(String url) {
        List<String> pieces = new ArrayList<>();
        if (url == null || url.isEmpty()) {
            return pieces;
        }
        int scheme = url.indexOf("://");
        int start = 0;
        for (int i = scheme < 0 ? 0 : scheme + 3; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '.' || c == '-') {
                pieces.add(url.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < url.length()) {
            pieces.add(url.substring(start));
        }
        return pieces;
    }

    @Override
    protected void layoutChildren() {
        boolean rtl = getParent() != null && getParent().getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
        Pos side = rtl ? Pos.TOP_RIGHT : Pos.TOP_LEFT;
        if (getAlignment() != side) {
            setAlignment(side);
        }
        super.layoutChildren();
    }

    /** The address shown. */
    public String text() {
        StringBuilder text = new StringBuilder();
        getChildren().forEach(n -> text.append(((Label) n).getText()));
        return text.toString();
    }
}
