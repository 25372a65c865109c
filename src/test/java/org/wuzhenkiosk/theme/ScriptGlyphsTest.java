package org.wuzhenkiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.config.KioskSettings;

/**
 * Every script of the offered languages renders as real glyphs in the kiosk's fonts: two different characters
 * drawn as boxes would give identical pixels, and a box looks like the box of a character no font has.
 */
@ExtendWith(ApplicationExtension.class)
class ScriptGlyphsTest {

    /** A private-use character: no bundled font draws it, so it renders as the face's box. */
    private static final String NO_GLYPH = "\uE000";
    private static final int SIZE = 80;

    @Start
    void start(Stage stage) {
        Fonts.load();
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    private static int[] render(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        node.setFill(Color.BLACK);
        new Scene(new StackPane(node), SIZE * 2, SIZE * 2);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage image = node.snapshot(params, new WritableImage(SIZE, SIZE));
        PixelReader reader = image.getPixelReader();
        int[] pixels = new int[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                pixels[y * SIZE + x] = reader.getArgb(x, y);
            }
        }
        return pixels;
    }

    private static long inked(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xFF) < 128).count();
    }

    private static double width(String text, Font font) {
        Text node = new Text(text);
        node.setFont(font);
        return node.getLayoutBounds().getWidth();
    }

    /** Each character of {@code characters}, in {@code family}, draws ink, unlike its neighbours and the box. */
    private static void assertRealGlyphs(FxRobot robot, String family, String... characters) {
        Font font = Font.font(family, 60);
        int[][] rendered = new int[characters.length + 1][];
        robot.interact(() -> {
            for (int i = 0; i < characters.length; i++) {
                rendered[i] = render(characters[i], font);
            }
            rendered[characters.length] = render(NO_GLYPH, font);
        });
        for (int i = 0; i < characters.length; i++) {
            assertThat(inked(rendered[i])).as(characters[i] + " in " + family + " draws ink").isGreaterThan(40);
            assertThat(rendered[i]).as(characters[i] + " in " + family + " vs a box")
                    .isNotEqualTo(rendered[characters.length]);
            for (int j = i + 1; j < characters.length; j++) {
                assertThat(rendered[i]).as(characters[i] + " vs " + characters[j] + " in " + family)
                        .isNotEqualTo(rendered[j]);
            }
        }
    }

    @Test
    void theThreeBundledFamiliesAreRegisteredInBothWeights() {
        assertThat(Font.getFamilies()).contains(Fonts.CHINESE, Fonts.LATIN, Fonts.ARABIC);
        for (String family : List.of(Fonts.CHINESE, Fonts.LATIN, Fonts.ARABIC)) {
            assertThat(Font.font(family, FontWeight.BOLD, 20).getName()).as(family).endsWith("Bold");
            assertThat(Font.font(family, FontWeight.NORMAL, 20).getName()).as(family).endsWith("Regular");
        }
    }

    @Test
    void eachLanguageIsSetInTheFaceOfItsScript() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("zh", Fonts.CHINESE);
        expected.put("en", Fonts.LATIN);
        expected.put("fr", Fonts.LATIN);
        expected.put("es", Fonts.LATIN);
        expected.put("ru", Fonts.LATIN);
        expected.put("ar", Fonts.ARABIC);
        expected.put("zh-Hans", Fonts.CHINESE);
        expected.put("fa", Fonts.ARABIC);
        expected.forEach((language, family) -> assertThat(Fonts.familyFor(language)).as(language).isEqualTo(family));
    }

    @Test
    void theRootsLanguagePicksTheFamilyOfEveryLabelInIt(FxRobot robot) {
        Map<String, String> seen = new LinkedHashMap<>();
        robot.interact(() -> {
            for (String language : List.of("en", "zh", "ru", "ar")) {
                Label label = new Label("Wuzhen");
                StackPane root = new StackPane(new StackPane(label));
                Scene scene = new Scene(root, 200, 100);
                Theme.apply(scene, KioskSettings.Theme.DEFAULT);
                Fonts.useFor(root, language);
                root.applyCss();
                seen.put(language, label.getFont().getFamily());
            }
        });
        assertThat(seen).containsEntry("zh", Fonts.CHINESE).containsEntry("en", Fonts.LATIN)
                .containsEntry("ru", Fonts.LATIN).containsEntry("ar", Fonts.ARABIC);
    }

    @Test
    void hanLatinCyrillicGreekAndArabicRenderAsDistinctGlyphs(FxRobot robot) {
        assertRealGlyphs(robot, Fonts.CHINESE, "乌", "镇", "网", "络", "镕", "喆", "堃", "赟");
        assertRealGlyphs(robot, Fonts.LATIN, "R", "g", "é", "ñ", "ç", "Ж", "Д", "я", "ё", "Ω", "Σ", "λ");
        assertRealGlyphs(robot, Fonts.ARABIC, "ع", "ق", "ش", "ض", "ة", "٣", "ء");
    }

    @Test
    void mixedRunsFindTheirGlyphsInTheOtherBundledFaces(FxRobot robot) {
        // a Chinese name in English or Arabic text, a Latin name and digits in Arabic, Arabic in a Latin caption
        assertRealGlyphs(robot, Fonts.LATIN, "乌", "镇", "ع", "ق");
        assertRealGlyphs(robot, Fonts.ARABIC, "W", "z", "7", "乌", "镇");
    }

    @Test
    void englishQuotesAreLatinNotFullWidth(FxRobot robot) {
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = width("“", Font.font(Fonts.LATIN, 40));
            widths[1] = width("“", Font.font(Fonts.CHINESE, 40));
        });
        assertThat(widths[0]).as("a Latin opening quote").isLessThan(widths[1] * 0.6);
    }

    @Test
    void anArabicLineIsNotMuchTallerThanALatinOneSoArabicButtonsAndCardsKeepTheirSize(FxRobot robot) {
        double[] heights = new double[2];
        robot.interact(() -> {
            Text arabic = new Text("أي");
            arabic.setFont(Font.font(Fonts.ARABIC, 40));
            Text latin = new Text("Ag");
            latin.setFont(Font.font(Fonts.LATIN, 40));
            heights[0] = arabic.getLayoutBounds().getHeight();
            heights[1] = latin.getLayoutBounds().getHeight();
        });
        assertThat(heights[0]).as("a 40 px Arabic line").isLessThanOrEqualTo(40 * 1.6)
                .isLessThanOrEqualTo(heights[1] * 1.2);
    }

    @Test
    void arabicLettersJoinIntoWordsInTheirFaceAndThroughFallback(FxRobot robot) {
        for (String family : List.of(Fonts.ARABIC, Fonts.LATIN)) {
            double[] widths = new double[2];
            robot.interact(() -> {
                Font font = Font.font(family, 40);
                widths[0] = width("ببب", font);
                widths[1] = width("ب", font) * 3;
            });
            // joined initial and medial forms are far narrower than three letters standing alone
            assertThat(widths[0]).as("three joined letters in " + family).isLessThan(widths[1] * 0.8);
        }
    }
}
