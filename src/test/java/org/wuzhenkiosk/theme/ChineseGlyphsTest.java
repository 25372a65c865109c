package org.wuzhenkiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
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

/** Chinese must render as real glyphs: two different characters drawn as boxes would give identical pixels. */
@ExtendWith(ApplicationExtension.class)
class ChineseGlyphsTest {

    @Start
    void start(Stage stage) {
        Fonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    private int[] render(String text, String family) {
        Text node = new Text(text);
        node.setFont(Font.font(family, 64));
        node.setFill(Color.BLACK);
        new Scene(new StackPane(node), 120, 120);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = node.snapshot(params, new WritableImage(80, 80));
        PixelReader reader = image.getPixelReader();
        int[] pixels = new int[80 * 80];
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 80; x++) {
                pixels[y * 80 + x] = reader.getArgb(x, y);
            }
        }
        return pixels;
    }

    private static long inked(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xFF) < 128).count();
    }

    @Test
    void bundledFontIsRegisteredUnderItsFamilyName() {
        assertThat(Font.getFamilies()).contains(Fonts.FAMILY);
    }

    @Test
    void differentChineseCharactersRenderAsDifferentGlyphs(FxRobot robot) {
        String[] characters = {"乌", "镇", "网", "络"};
        int[][] rendered = new int[characters.length][];
        robot.interact(() -> {
            for (int i = 0; i < characters.length; i++) {
                rendered[i] = render(characters[i], Fonts.FAMILY);
            }
        });
        for (int i = 0; i < characters.length; i++) {
            assertThat(inked(rendered[i])).as(characters[i] + " draws ink").isGreaterThan(50);
            for (int j = i + 1; j < characters.length; j++) {
                assertThat(rendered[i]).as(characters[i] + " vs " + characters[j]).isNotEqualTo(rendered[j]);
            }
        }
    }

    @Test
    void namesFromTheGeneralStandardTableRenderAsRealGlyphs(FxRobot robot) {
        // outside GB 2312, in the 8,105 characters of 通用规范汉字表 (given names such as 朱镕基, 陶喆)
        String[] characters = {"镕", "喆", "堃", "昇", "玥", "赟"};
        String box = new String(Character.toChars(0x20000)); // an Extension B ideograph no bundled font has
        int[][] rendered = new int[characters.length + 1][];
        robot.interact(() -> {
            for (int i = 0; i < characters.length; i++) {
                rendered[i] = render(characters[i], Fonts.FAMILY);
            }
            rendered[characters.length] = render(box, Fonts.FAMILY);
        });
        for (int i = 0; i < characters.length; i++) {
            assertThat(inked(rendered[i])).as(characters[i] + " draws ink").isGreaterThan(50);
            assertThat(rendered[i]).as(characters[i] + " vs the box of a missing character")
                    .isNotEqualTo(rendered[characters.length]);
            for (int j = i + 1; j < characters.length; j++) {
                assertThat(rendered[i]).as(characters[i] + " vs " + characters[j]).isNotEqualTo(rendered[j]);
            }
        }
    }

    @Test
    void theDefaultUiFontAlsoDrawsChineseThroughFallback(FxRobot robot) {
        int[][] rendered = new int[2][];
        robot.interact(() -> {
            rendered[0] = render("世", Font.getDefault().getFamily());
            rendered[1] = render("界", Font.getDefault().getFamily());
        });
        assertThat(rendered[0]).isNotEqualTo(rendered[1]);
    }
}
