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

/**
 * Arabic in the kiosk's face reads as written: a wrapped paragraph draws each word once with every line in its
 * box, and letters keep their dots (a dotless look-alike draws less ink).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicTextTest {

    private static final String PARAGRAPH = "أصبح مستشفى سيريراج في بانكوك أول مستشفى ذكي بتقنية 5G في دول آسيان،"
            + " موظِّفًا تقنيات الجيل الخامس والذكاء الاصطناعي في خدماته.";

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
        long[] oneLine = new long[1];
        robot.interact(() -> {
            Text line = new Text(text);
            line.setFont(font);
            line.setFill(Color.BLACK);
            line.setLayoutY(40);
            oneLine[0] = sum(ink(line, 4000, 80), 0, 4000);
        });
        // widths that break the lines at different words, next to Arabic and next to the Latin "5G"
        for (int width = 260; width <= 480; width += 20) {
            int box = width;
            long[][] columns = new long[1][];
            double[] height = new double[1];
            robot.interact(() -> {
                Label wrapped = new Label(text);
                wrapped.setFont(font);
                wrapped.setTextFill(Color.BLACK);
                wrapped.setWrapText(true);
                wrapped.setMaxWidth(box);
                wrapped.setPrefWidth(box);
                columns[0] = ink(wrapped, 2000, 500);
                height[0] = wrapped.getHeight();
            });
            assertThat(height[0]).as("the paragraph takes several lines").isGreaterThan(font.getSize() * 3);
            assertThat(sum(columns[0], box + 4, columns[0].length)).as("ink past a width of " + box).isZero();
            // a line drawing the whole paragraph and the next repeating its end would draw far more ink
            assertThat((double) sum(columns[0], 0, columns[0].length)).as("ink at a width of " + box
                    + " against the same text on one line").isBetween(oneLine[0] * 0.85, oneLine[0] * 1.15);
        }
    }

    /** Dark pixels of {@code text} drawn in {@code font}, one flag per pixel. */
    private static boolean[] pixels(String text, Font font) {
        Text word = new Text(text);
        word.setFont(font);
        word.setFill(Color.BLACK);
        word.setLayoutX(20);
        word.setLayoutY(70);
        new Scene(new Pane(word), 300, 110);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = word.getParent().snapshot(params, new WritableImage(300, 110));
        boolean[] dark = new boolean[300 * 110];
        for (int y = 0; y < 110; y++) {
            for (int x = 0; x < 300; x++) {
                dark[y * 300 + x] = (image.getPixelReader().getArgb(x, y) & 0xFF) < 128;
            }
        }
        return dark;
    }

    @Test
    void finalAndMedialLettersKeepTheirDots(FxRobot robot) {
        // each word beside its letters' presentation forms, whose glyphs carry their dots in the outline
        String[][] pairs = {{"في", "\uFED3\uFEF2"}, {"من", "\uFEE3\uFEE6"}, {"بيت", "\uFE91\uFEF4\uFE96"},
            {"ذكي", "\uFEAB\uFEDB\uFEF2"}};
        Font font = Font.font(Fonts.ARABIC, 60);
        long[][] counts = new long[pairs.length][2];
        robot.interact(() -> {
            for (int i = 0; i < pairs.length; i++) {
                boolean[] word = pixels(pairs[i][0], font);
                boolean[] forms = pixels(pairs[i][1], font);
                for (int p = 0; p < word.length; p++) {
                    counts[i][0] += word[p] ? 1 : 0;
                    counts[i][1] += word[p] != forms[p] ? 1 : 0;
                }
            }
        });
        for (int i = 0; i < pairs.length; i++) {
            assertThat(counts[i][1]).as(pairs[i][0] + ": pixels unlike its dotted presentation forms")
                    .isLessThan(counts[i][0] / 50 + 1);
        }
    }
}
