package org.wuzhenkiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.LocalizedText;

/** An Arabic paragraph wrapped in the kiosk's face reads as it should: each word once, every line in its box. */
@ExtendWith(ApplicationExtension.class)
class ArabicWrapTest {

    private static final String PARAGRAPH = "أصبح مستشفى سيريراج في بانكوك أول مستشفى ذكي بتقنية 5G في دول آسيان،"
            + " موظِّفًا تقنيات الجيل الخامس والذكاء الاصطناعي في خدماته.";
    private static final double WIDTH = 400;

    @Start
    void start(Stage stage) {
        Fonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    /** Dark pixels of {@code node} drawn at the top left of a white area {@code width} x {@code height}. */
    private static long[] ink(Node node, int width, int height) {
        node.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        Pane holder = new Pane(node);
        new Scene(holder, width, height);
        holder.applyCss();
        holder.layout();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = holder.snapshot(params, new WritableImage(width, height));
        PixelReader reader = image.getPixelReader();
        long[] columns = new long[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((reader.getArgb(x, y) & 0xFF) < 128) {
                    columns[x]++;
                }
            }
        }
        return columns;
    }

    private static long sum(long[] values, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    @Test
    void aWrappedArabicParagraphDrawsEachWordOnceInsideItsWidth(FxRobot robot) {
        String text = new I18n("ar", "ar").get(LocalizedText.of("ar", PARAGRAPH));
        Font font = Font.font(Fonts.ARABIC, 24);
        long[][] columns = new long[2][];
        double[] height = new double[1];
        robot.interact(() -> {
            Label wrapped = new Label(text);
            wrapped.setFont(font);
            wrapped.setTextFill(Color.BLACK);
            wrapped.setWrapText(true);
            wrapped.setMaxWidth(WIDTH);
            wrapped.setPrefWidth(WIDTH);
            columns[0] = ink(wrapped, 2000, 400);
            height[0] = wrapped.getHeight();
            Text line = new Text(PARAGRAPH);
            line.setFont(font);
            line.setFill(Color.BLACK);
            line.setLayoutY(40);
            columns[1] = ink(line, 2000, 80);
        });
        long wrappedInk = sum(columns[0], 0, columns[0].length);
        long oneLineInk = sum(columns[1], 0, columns[1].length);
        assertThat(height[0]).as("the paragraph takes several lines").isGreaterThan(font.getSize() * 3);
        assertThat(sum(columns[0], (int) WIDTH, columns[0].length)).as("ink past the paragraph's width").isZero();
        // a line drawing the whole paragraph and the next repeating its end would draw far more ink than one line
        assertThat((double) wrappedInk).as("ink of the wrapped paragraph against the same text on one line")
                .isBetween(oneLineInk * 0.9, oneLineInk * 1.1);
    }
}
