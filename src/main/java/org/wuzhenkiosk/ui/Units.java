package org.wuzhenkiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The one home of the kiosk's sizes. Everything is designed in design pixels for a screen whose short side is
 * 1080 pixels; {@link #unit()} is how many scene pixels one design pixel takes in the window shown now (0.67 on a
 * 1280x720 laptop, 1 at 1920x1080 and 1080x1920, 2 at 4K), so that text and pictures are drawn at the screen's
 * own pixels, never through a scaling transform (which thins text, drops parts of overlapping hanzi strokes and
 * softens pictures). {@link #textScale()} enlarges text only, for a visitor who asks for larger text.
 *
 * <p>Stylesheets are written in design pixels and served through {@link #stylesheet}: each size is multiplied as
 * its property asks (sizes by the unit, font sizes by the unit and the text scale) and the list that holds the
 * stylesheet is updated whenever either changes. Sizes set in code go through {@link #bind}, {@link #follow} or
 * {@link #px} of {@link #of} the node.
 */
public final class Units {

    /** Font sizes: scaled by the unit and the text scale. */
    static final Set<String> FONT_PROPERTIES = Set.of("-fx-font-size", "-fx-font", "-fx-tick-label-font",
            "-fx-line-spacing");
    /** Lengths: scaled by the unit. */
    static final Set<String> LENGTH_PROPERTIES = Set.of("-fx-padding", "-fx-background-radius", "-fx-min-height",
            "-fx-icon-size", "-fx-background-insets", "-fx-spacing", "-fx-border-radius", "-fx-min-width",
            "-fx-border-width", "-fx-border-insets", "-fx-stroke-width", "-fx-pref-width", "-fx-pref-height",
            "-fx-graphic-text-gap", "-fx-max-width", "-fx-max-height", "-fx-vgap", "-fx-hgap", "-fx-arc-width",
            "-fx-arc-height", "-fx-label-padding", "-fx-cell-size", "-fx-indent", "-fx-translate-x",
            "-fx-translate-y", "-fx-stroke-dash-array", "-fx-tab-min-width", "-fx-tab-min-height");
    /** Shadows: their radius and offsets are lengths. */
    static final Set<String> EFFECT_PROPERTIES = Set.of("-fx-effect");
    /** Numbers that are not lengths: colours, ratios, counts, shapes (a region scales its shape to its size). */
    static final Set<String> UNSCALED_PROPERTIES = Set.of("-fx-opacity", "-fx-scale-x", "-fx-scale-y",
            "-fx-scale-z", "-fx-rotate", "-fx-background-color", "-fx-border-color", "-fx-fill", "-fx-stroke",
            "-fx-text-fill", "-fx-icon-color", "-fx-shape", "-fx-font-weight", "-fx-pref-column-count",
            "-fx-pref-row-count", "-fx-highlight-fill", "-fx-prompt-text-fill", "-fx-accent", "-fx-base",
            "-fx-background", "-fx-focus-color", "-fx-faint-focus-color", "-fx-control-inner-background");

    private static final double DESIGN_SHORT_SIDE = 1080;
    /** Font sizes from here up are display sizes: they grow half as much with the text size. */
    static final double DISPLAY_SIZE = 40;
    /** A unit is rounded to this step, so that a window dragged a pixel wider does not restyle the scene. */
    private static final double STEP = 1 / 64.0;
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z][a-z-]*)\\s*:\\s*([^;{}]*)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w#.-])(-?\\d+(?:\\.\\d+)?)(px|em|%|ms|s|deg)?"
            + "(?![\\w.])");
    private static final Pattern COLOUR_FUNCTION = Pattern.compile("(rgba?|hsba?)\\([^)]*\\)");
    private static final Pattern SHADOW = Pattern.compile("(dropshadow|innershadow)\\(([^)]*)\\)");
    private static final Map<String, String> SOURCES = new ConcurrentHashMap<>();

    /** The units of a node that is not (yet) in a kiosk's window: design pixels as they are. */
    private static final Units DESIGN = new Units();
    private static final Map<String, String> SCALED = new ConcurrentHashMap<>();

    private double unit = 1;
    private double textScale = 1;
    /** What nodes in the window do when the unit or the text scale changes; a node leaves it with the window. */
    private final Set<Runnable> followers = new LinkedHashSet<>();
    /**
     * Holds every stylesheet served in the window, as the window's size wants it, for as long as the window lasts
     * (its root shows it, empty and unmanaged). JavaFX parses a stylesheet again whenever the last node that
     * holds it leaves the scene, and its style cache keeps what it matched from every earlier parse: a screen
     * swapped out and back, or a case page closed and opened, would add a parse each time, some 50 MB an hour
     * of a visitor who never stops. Held here, each stylesheet is parsed once per size.
     */
    private final Group keeper = new Group();
    /** The stylesheet the keeper holds for each class-path stylesheet. */
    private final Map<String, String> kept = new HashMap<>();

    /** Scene pixels per design pixel in the window shown now. */
    public double unit() {
        return unit;
    }

    /** How much larger than designed the visitor wants text (1, 1.25, 1.5). */
    public double textScale() {
        return textScale;
    }

    public void setTextScale(double scale) {
        if (this != DESIGN && scale > 0 && scale != textScale) {
            textScale = scale;
            follow();
        }
    }

    /** The unit for a window of {@code width} x {@code height} scene pixels: its short side over 1080. */
    public static double unitFor(double width, double height) {
        double exact = Math.min(width, height) / DESIGN_SHORT_SIDE;
        return Math.max(STEP, Math.round(exact / STEP) * STEP);
    }

    /** Sets the unit for the window's size; the stylesheets and every bound size follow. */
    public void fit(double width, double height) {
        if (this != DESIGN && width > 0 && height > 0) {
            double next = unitFor(width, height);
            if (next != unit) {
                unit = next;
                follow();
            }
        }
    }

    /** A length in scene pixels. */
    public double px(double design) {
        return design * unit;
    }

    /** A length of text (a font size, some lines of it) in scene pixels: it grows with all of the text scale. */
    public double fontPx(double design) {
        return design * unit * textScale;
    }

    /**
     * How much a stylesheet's font of {@code design} pixels grows at {@code text}: by all of it, but a display
     * size (a heading of {@value #DISPLAY_SIZE} design pixels or more, legible from across the hall already) by
     * half, so that at the largest text a screen's title does not push its words out of sight.
     */
    static double textFactor(double design, double text) {
        return design >= DISPLAY_SIZE ? 1 + (text - 1) / 2 : text;
    }

    private void follow() {
        List.copyOf(followers).forEach(Runnable::run);
    }

    /** The units of the window {@code node} is shown in: its root's, or design pixels as they are. */
    public static Units of(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getRoot() instanceof KioskRoot pane ? pane.units() : DESIGN;
    }

    /**
     * Runs {@code apply} with the units of {@code node}'s window whenever the node enters a window and whenever
     * that window's unit or text scale changes, for as long as the node is in it.
     */
    public static void follow(Node node, Consumer<Units> apply) {
        Units[] joined = {null};
        Runnable run = () -> apply.accept(joined[0]);
        Consumer<Scene> join = scene -> {
            if (joined[0] != null) {
                joined[0].followers.remove(run);
            }
            joined[0] = scene == null ? DESIGN : of(node);
            if (joined[0] != DESIGN) {
                joined[0].followers.add(run);
            }
            run.run();
        };
        node.sceneProperty().addListener((obs, old, now) -> join.accept(now));
        join.accept(node.getScene());
    }

    /** Keeps {@code target} (a size of {@code node}) at {@code design} design pixels. */
    public static void bind(Node node, DoubleProperty target, double design) {
        follow(node, units -> target.set(units.px(design)));
    }

    /**
     * Adds the class-path stylesheet {@code path} (as {@link Resources#url} finds it) to {@code parent}, written in
     * design pixels and served in the pixels of the window the parent is shown in.
     */
    public static void stylesheet(Parent parent, Class<?> owner, String path) {
        String url = Resources.url(owner, path).toExternalForm();
        String[] current = {null};
        follow(parent, units -> {
            String next = units == DESIGN ? url : scaled(url, units.unit(), units.textScale());
            if (units != DESIGN && !next.equals(units.kept.get(url))) {
                replace(units.keeper.getStylesheets(), units.kept.put(url, next), next);
            }
            if (!next.equals(current[0])) {
                replace(parent.getStylesheets(), current[0], next);
                current[0] = next;
            }
        });
    }

    /** The empty node that keeps the window's stylesheets parsed: its root shows it. */
    Node keeper() {
        keeper.setManaged(false);
        keeper.setMouseTransparent(true);
        return keeper;
    }

    /** {@code next} in the place of {@code old} in {@code sheets}, or added when {@code old} is not there. */
    private static void replace(List<String> sheets, String old, String next) {
        int at = old == null ? -1 : sheets.indexOf(old);
        if (at >= 0) {
            sheets.set(at, next);
        } else if (!sheets.contains(next)) {
            sheets.add(next);
        }
    }

    /** The stylesheet at {@code url} in scene pixels, as a data URI (made once per size). */
    private static String scaled(String url, double unit, double text) {
        if (unit == 1 && text == 1) {
            return url;
        }
        return SCALED.computeIfAbsent(url + " " + unit + " " + text, key -> dataUri(scale(
                SOURCES.computeIfAbsent(url, Units::read), unit, text)));
    }

    /** The stylesheet {@code css} with its design pixels turned into scene pixels. */
    static String scale(String css, double unit, double text) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher declarations = DECLARATION.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length() + 256);
        while (declarations.find()) {
            String property = declarations.group(1);
            String value = declarations.group(2);
            String scaled;
            if (FONT_PROPERTIES.contains(property)) {
                scaled = scaleFonts(value, unit, text);
            } else if (LENGTH_PROPERTIES.contains(property)) {
                scaled = scaleNumbers(value, unit);
            } else if (EFFECT_PROPERTIES.contains(property)) {
                scaled = scaleShadow(value, unit);
            } else {
                scaled = value;
            }
            declarations.appendReplacement(out, Matcher.quoteReplacement(property + ": " + scaled));
        }
        declarations.appendTail(out);
        return out.toString();
    }

    /** Every font size in {@code value} times the unit and its {@link #textFactor}; em and % stay. */
    private static String scaleFonts(String value, double unit, double text) {
        return scaleNumbers(value, design -> design * unit * textFactor(design, text));
    }

    /** Every length in {@code value} (a number in px or without a unit) times {@code factor}; em and % stay. */
    private static String scaleNumbers(String value, double factor) {
        return scaleNumbers(value, design -> design * factor);
    }

    /** Every length in {@code value} (a number in px or without a unit) as {@code scale} makes it; em and % stay. */
    private static String scaleNumbers(String value, DoubleUnaryOperator scale) {
        Matcher numbers = NUMBER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (numbers.find()) {
            String unitName = numbers.group(2);
            String replacement = numbers.group();
            if (unitName == null || "px".equals(unitName)) {
                double scaled = scale.applyAsDouble(Double.parseDouble(numbers.group(1)));
                replacement = format(scaled) + (unitName == null ? "" : "px");
            }
            numbers.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        numbers.appendTail(out);
        return out.toString();
    }

    /** dropshadow(blur, colour, radius, spread, x, y) and innershadow(blur, colour, radius, choke, x, y). */
    private static String scaleShadow(String value, double factor) {
        Matcher colour = COLOUR_FUNCTION.matcher(value);
        List<String> colours = new ArrayList<>();
        StringBuilder masked = new StringBuilder();
        while (colour.find()) {
            colours.add(colour.group());
            colour.appendReplacement(masked, "@" + (colours.size() - 1) + "@");
        }
        colour.appendTail(masked);
        Matcher call = SHADOW.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String[] args = call.group(2).split(",", -1);
            for (int i : new int[] {2, 4, 5}) {
                if (i < args.length) {
                    args[i] = scaleNumbers(args[i], factor);
                }
            }
            call.appendReplacement(out, Matcher.quoteReplacement(call.group(1) + "(" + String.join(",", args) + ")"));
        }
        call.appendTail(out);
        String result = out.toString();
        for (int i = 0; i < colours.size(); i++) {
            result = result.replace("@" + i + "@", colours.get(i));
        }
        return result;
    }

    private static String format(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String dataUri(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String url) {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stylesheet " + url, e);
        }
    }
}
