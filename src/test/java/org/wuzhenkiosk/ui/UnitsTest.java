package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void aWindowsShortSideIsTenEightyDesignPixels() {
        assertThat(Units.unitFor(1920, 1080)).isEqualTo(1);
        assertThat(Units.unitFor(1080, 1920)).isEqualTo(1);
        assertThat(Units.unitFor(2560, 1080)).isEqualTo(1);
        assertThat(Units.unitFor(3840, 2160)).isEqualTo(2);
        assertThat(Units.unitFor(2160, 3840)).isEqualTo(2);
        assertThat(Units.unitFor(1280, 720)).isCloseTo(0.667, offset(0.01));
        assertThat(Units.unitFor(1366, 768)).isCloseTo(0.711, offset(0.01));
    }

    @Test
    void lengthsFollowTheUnitAndFontSizesTheTextScaleToo() {
        String css = ".a { -fx-padding: 12 24px 0 6; -fx-font-size: 22px; -fx-background-radius: 16; }";
        assertThat(Units.scale(css, 2, 1.5))
                .contains("-fx-padding: 24 48px 0 12")
                .contains("-fx-font-size: 66px")
                .contains("-fx-background-radius: 32");
    }

    @Test
    void displaySizesGrowHalfAsMuchWithTheTextSize() {
        String css = ".a { -fx-font-size: 72px; } .b { -fx-font-size: 28px; }";
        assertThat(Units.scale(css, 1, 1.5)).contains("-fx-font-size: 90px").contains("-fx-font-size: 42px");
        assertThat(Units.scale(css, 2, 1)).contains("-fx-font-size: 144px").contains("-fx-font-size: 56px");
    }

    @Test
    void coloursRatiosAndRelativeSizesStayAsWritten() {
        String css = ".a { -fx-background-color: #0E1B2C, rgba(244, 239, 230, 0.14); -fx-opacity: 0.6; "
                + "-fx-scale-x: -1; -fx-padding: 0.5em 10%; -fx-font-weight: 700; }";
        String scaled = Units.scale(css, 2, 1.5);
        assertThat(scaled).contains("#0E1B2C, rgba(244, 239, 230, 0.14)").contains("-fx-opacity: 0.6")
                .contains("-fx-scale-x: -1").contains("-fx-padding: 0.5em 10%").contains("-fx-font-weight: 700");
    }

    @Test
    void aShadowsRadiusAndOffsetsAreLengthsItsColourAndSpreadAreNot() {
        String css = ".a { -fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.4), 24, 0.3, 0, 6); }";
        assertThat(Units.scale(css, 2, 1))
                .contains("dropshadow(gaussian, rgba(0, 0, 0, 0.4), 48, 0.3, 0, 12)");
    }

    /** A property with numbers in none of the lists would keep design pixels at 4K: name it in one (looked-up
     * names, -k-..., are colours). */
    @Test
    void everyNumberInEveryStylesheetIsKnownToBeALengthAFontSizeOrNeither() throws IOException {
        Pattern declaration = Pattern.compile("(-[a-z][a-z-]*)\\s*:\\s*([^;{}]*\\d[^;{}]*)");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher m = declaration.matcher(text);
                while (m.find()) {
                    String property = m.group(1);
                    if (!property.startsWith("-fx-") || Units.FONT_PROPERTIES.contains(property)
                            || Units.LENGTH_PROPERTIES.contains(property) || Units.EFFECT_PROPERTIES.contains(property)
                            || Units.UNSCALED_PROPERTIES.contains(property)) {
                        continue;
                    }
                    unknown.add(css.getFileName() + ": " + property);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
