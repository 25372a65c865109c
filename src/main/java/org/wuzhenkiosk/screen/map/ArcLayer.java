package org.wuzhenkiosk.screen.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;

/** The cooperation arcs in world units, the lit case's arcs thicker and on top of the others. */
final class ArcLayer {

    /** With more linked cases than this, only the highlighted case's arcs are drawn: a calm map, few nodes. */
    static final int ARC_LIMIT = 60;
    private final MapModel model;
    private final Group view = new Group();
    private final DoubleProperty arcWidth = new SimpleDoubleProperty(1);
    private final DoubleProperty litWidth = new SimpleDoubleProperty(1);

    ArcLayer(MapModel model) {
        this.model = model;
    }

    Node view() {
        return view;
    }

    /** Draws the arcs again: after a content change, or when another case is lit. */
    void rebuild() {
        view.getChildren().clear();
        String highlighted = model.highlightedCase();
        boolean all = model.arcs().size() <= ARC_LIMIT;
        for (MapModel.Arc arc : model.arcs()) {
            boolean lit = arc.caseStudy().id().equals(highlighted);
            if (!all && !lit) {
                continue;
            }
            List<SVGPath> nodes = new ArrayList<>();
            for (double[] piece : arc.pieces()) {
                StringBuilder d = new StringBuilder();
                PathData.appendLine(d, piece);
                SVGPath path = new SVGPath();
                path.setContent(d.toString());
                path.getStyleClass().add(lit ? "map-arc-highlight" : "map-arc");
                path.strokeWidthProperty().bind(lit ? litWidth : arcWidth);
                path.setStrokeLineCap(StrokeLineCap.ROUND);
                nodes.add(path);
            }
            if (lit) {
                view.getChildren().addAll(nodes); // on top of the others
            } else {
                view.getChildren().addAll(0, nodes);
            }
        }
    }

    /** Keeps the arcs as thick on screen at scale {@code s}. */
    void rescale(double s) {
        arcWidth.set(model.px(2.2) / s);
        litWidth.set(model.px(4.5) / s);
    }

    int drawnArcs() {
        return view.getChildren().size();
    }
}
