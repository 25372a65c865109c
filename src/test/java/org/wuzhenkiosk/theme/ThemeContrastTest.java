package org.wuzhenkiosk.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.ui.Resources;

/**
 * The high-contrast palette as the CSS engine resolves it: every kind of timeline event keeps a colour of its own
 * with normal sight and with each common colour-vision deficiency (simulated), and a shape of its own besides;
 * the map's land stands out from its sea by at least 3:1.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    private static final int KINDS = 7;
    /** Colour differences (CIE76 ΔE) below about 10 are hard to tell apart at a glance on small marks. */
    private static final double LEAST_DIFFERENCE = 15;
    /** Machado, Oliveira and Fernandes (2009) at full severity, applied to linear RGB. */
    private static final Map<String, double[][]> VISION = Map.of(
            "normal sight", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                    {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                    {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                    {0.004733, 0.691367, 0.303900}});

    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        Scene scene = new Scene(root, 200, 200);
        Theme.apply(scene, KioskSettings.Theme.HIGH_CONTRAST);
        stage.setScene(scene);
        stage.show();
    }

    /** What a looked-up colour of the theme resolves to in the high-contrast palette. */
    private Color lookedUp(FxRobot robot, String name) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: " + name + ";");
        robot.interact(() -> {
            root.getChildren().add(probe);
            root.applyCss();
        });
        return (Color) probe.getBackground().getFills().get(0).getFill();
    }

    @Test
    void everyKindOfEventKeepsItsOwnColourWhateverTheColourVision(FxRobot robot) {
        Color background = lookedUp(robot, "-k-bg");
        List<Color> kinds = new ArrayList<>();
        for (int i = 0; i < KINDS; i++) {
            Color kind = lookedUp(robot, "-k-kind-" + i);
            assertThat(contrast(kind, background)).as("kind %d on the background", i).isGreaterThanOrEqualTo(3);
            kinds.add(kind);
        }
        VISION.forEach((vision, matrix) -> {
            UnaryOperator<double[]> seen = rgb -> multiply(matrix, rgb);
            for (int i = 0; i < KINDS; i++) {
                for (int j = i + 1; j < KINDS; j++) {
                    double difference = deltaE(seen.apply(linear(kinds.get(i))), seen.apply(linear(kinds.get(j))));
                    assertThat(difference).as("kinds %d (%s) and %d (%s) with %s", i, kinds.get(i), j,
                            kinds.get(j), vision).isGreaterThanOrEqualTo(LEAST_DIFFERENCE);
                }
            }
        });
    }

    @Test
    void everyKindOfEventHasItsOwnShapeToo(FxRobot robot) {
        Pane timeline = new Pane();
        timeline.getStylesheets().add(Resources.stylesheet(ThemeContrastTest.class,
                "/org/wuzhenkiosk/screen/timeline/timeline.css"));
        List<Region> marks = new ArrayList<>();
        for (int i = 0; i < KINDS; i++) {
            Region mark = new Region();
            mark.getStyleClass().addAll("tl-marker", "kind-" + i);
            marks.add(mark);
        }
        robot.interact(() -> {
            timeline.getChildren().setAll(marks);
            root.getChildren().add(timeline);
            root.applyCss();
        });
        Set<String> shapes = new HashSet<>();
        for (Region mark : marks) {
            assertThat(mark.getShape()).as(mark.getStyleClass().toString()).isInstanceOf(SVGPath.class);
            shapes.add(((SVGPath) mark.getShape()).getContent());
        }
        assertThat(shapes).hasSize(KINDS);
    }

    @Test
    void theMapsLandStandsOutFromItsSea(FxRobot robot) {
        assertThat(contrast(lookedUp(robot, "-k-land"), lookedUp(robot, "-k-sea"))).isGreaterThanOrEqualTo(3);
        // the names on the land stay readable
        assertThat(contrast(lookedUp(robot, "-k-fg"), lookedUp(robot, "-k-land"))).isGreaterThanOrEqualTo(4.5);
    }

    /** WCAG 2 contrast ratio. */
    private static double contrast(Color a, Color b) {
        double la = luminance(linear(a));
        double lb = luminance(linear(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double[] linear(Color c) {
        return new double[] {channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue())};
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.max(0, Math.min(1, m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]));
        }
        return out;
    }

    /** CIE76 colour difference of two linear-RGB colours, through XYZ (D65) and CIELAB. */
    private static double deltaE(double[] a, double[] b) {
        double[] la = lab(a);
        double[] lb = lab(b);
        return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.9505;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.089;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
