package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long web address wraps after a slash, a dot or a hyphen, as a reader expects, and never mid-word. */
@ExtendWith(ApplicationExtension.class)
class WebAddressTest {

    private static final String URL = "https://en.chinagate.cn/2017-12/04/content_50083990.htm";
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 800, 400));
        stage.sizeToScene(); // the test stage keeps the size an earlier test left it at
        stage.show();
    }

    /** The lines {@code url} shows in {@code width}, as they are drawn. */
    private List<String> lines(FxRobot robot, String url, double width) {
        List<String> lines = new ArrayList<>();
        robot.interact(() -> {
            WebAddress address = new WebAddress(url, "source-url");
            address.setStyle("-fx-font-size: 20px");
            address.setMaxWidth(width);
            address.setPrefWrapLength(width);
            root.getChildren().setAll(address);
            root.applyCss();
            root.layout();
            assertThat(address.getWidth()).isLessThanOrEqualTo(width);
            Map<Double, StringBuilder> rows = new TreeMap<>();
            for (Node piece : address.getChildren()) {
                assertThat(piece.getBoundsInParent().getMaxX()).as("inside the width").isLessThanOrEqualTo(width);
                rows.computeIfAbsent(piece.getLayoutY(), y -> new StringBuilder()).append(((Label) piece).getText());
            }
            rows.values().forEach(row -> lines.add(row.toString()));
        });
        return lines;
    }

    @Test
    void aLongAddressBreaksOnlyAfterASlashADotOrAHyphen(FxRobot robot) {
        for (double width = 200; width <= 440; width += 20) {
            List<String> lines = lines(robot, URL, width);
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(String.join("", lines)).as("every character kept, none added").isEqualTo(URL);
            for (String line : lines.subList(0, lines.size() - 1)) {
                assertThat(line).as("at %s px, a line ends at a natural break: %s", width, lines)
                        .matches(".*[/.\\-]");
            }
        }
    }

    @Test
    void anAddressThatFitsStaysOnOneLine(FxRobot robot) {
        assertThat(lines(robot, URL, 780)).containsExactly(URL);
    }

    @Test
    void anAddressReadsLeftToRightInARightToLeftLanguageToo(FxRobot robot) {
        double[] x = new double[2];
        robot.interact(() -> {
            root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            WebAddress address = new WebAddress("https://ecns.cn/news", "source-url");
            root.getChildren().setAll(address);
            root.applyCss();
            root.layout();
            Node first = address.getChildren().get(0);
            Node last = address.getChildren().get(address.getChildren().size() - 1);
            x[0] = first.localToScene(first.getLayoutBounds()).getMinX();
            x[1] = last.localToScene(last.getLayoutBounds()).getMinX();
            root.setNodeOrientation(NodeOrientation.INHERIT);
        });
        assertThat(x[0]).as("https:// comes first, at the left").isLessThan(x[1]);
    }

    @Test
    void theSchemeIsNeverSplit() {
        assertThat(WebAddress.pieces("https://a.b/c")).containsExactly("https://a.", "b/", "c");
    }
}
