package org.wuzhenkiosk.app;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;

/**
 * The bar always at the bottom: home, back, reach (everything into the lower part of the screen), the exhibition's
 * name, and the languages, each named in its own script and face. One touch changes the language while they all
 * fit in a row; when they do not (many languages, a narrow window), a globe with the current language's name opens
 * the list of all of them. The exhibition's name shows whole or not at all (in portrait, say): a name cut short
 * reads as a fault.
 */
final class TouchBar extends HBox {

    /** The exhibition's name keeps at least this much room (design px) before the languages give way to the globe. */
    private static final double MIN_TITLE_WIDTH = 200;
    /** The text sizes a visitor steps through, each with its mark on the button and its spoken name. */
    private static final double[] TEXT_SCALES = {1, 1.25, 1.5};
    private static final String[] TEXT_SIZE_MARKS = {"A", "A+", "A++"};
    private static final String[] TEXT_SIZE_NAMES = {"nav.textsize.normal", "nav.textsize.larger",
        "nav.textsize.largest"};
    private final Label title = new Label();
    private final HBox languages = new HBox();
    private final Button globe;
    private final Button home;
    private final Button back;
    private final ToggleButton reachButton;
    private final Button textSize;
    private final IntegerProperty textStep = new SimpleIntegerProperty(0);
    private final Region spacer = new Region();
    private final KioskContext context;
    private final LanguageList list;
    private boolean rowShown = true;
    /**
     * Set when even with the globe the bar's buttons do not fit with their labels (a narrow window at the largest
     * text): reach and then Back and Home show their signs only (their names are still read out). Left when the
     * window is as wide as the labelled bar needed, or when the labels change.
     */
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private double compactBelow = Double.NaN;
    /** A button showing its sign only, in design pixels: a finger's width (kiosk.css, ".touch-bar:compact"). */
    private static final double SIGN_WIDTH = 62;

    TouchBar(KioskContext context, LanguageList list, BooleanProperty reach) {
        this.context = context;
        this.list = list;
        setId("touch-bar");
        getStyleClass().add("touch-bar");
        setAlignment(Pos.CENTER_LEFT);
        I18n i18n = context.i18n();
        Navigator navigator = context.navigator();

        home = TouchButton.create("nav-home", "mdi2h-home-outline", i18n.text("nav.home"));
        home.setOnAction(e -> navigator.home());
        home.disableProperty().bind(navigator.currentProperty().isEqualTo(ScreenName.HOME));
        back = TouchButton.create("nav-back", "mdi2a-arrow-left", i18n.text("nav.back"));
        back.setOnAction(e -> navigator.back());
        back.disableProperty().bind(navigator.canGoBackProperty().not());
        reachButton = TouchButton.toggle("reach", "mdi2w-wheelchair-accessibility", i18n.text("nav.reach"));
        reachButton.getStyleClass().add("reach-button");
        reachButton.accessibleTextProperty().bind(i18n.text("nav.reach.spoken"));
        reachButton.selectedProperty().bindBidirectional(reach);
        textSize = TouchButton.create("text-size", "mdi2f-format-size", Bindings.createStringBinding(
                () -> TEXT_SIZE_MARKS[textStep.get()], textStep));
        textSize.getStyleClass().add("text-size");
        textSize.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get(TEXT_SIZE_NAMES[textStep.get()]), textStep, i18n.languageProperty()));
        textSize.setOnAction(e -> Units.of(this).setTextScale(
                TEXT_SCALES[(textStep.get() + 1) % TEXT_SCALES.length]));
        // the mark follows the window's text scale, so a reset elsewhere shows here too
        Units.follow(this, units -> {
            textStep.set(stepOf(units.textScale()));
            measureLabelsAgain();
        });
        // home, back, reach and text size keep their whole labels: the title gives way, then the languages to the globe

        title.setId("touch-bar-title");
        title.getStyleClass().add("touch-bar-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> context.currentContent() == null ? ""
                : i18n.get(context.currentContent().exhibition().title()), i18n.languageProperty(), context.content()));
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);

        languages.getStyleClass().add("language-buttons");
        languages.setAlignment(Pos.CENTER_RIGHT);
        languages.setMinWidth(Region.USE_PREF_SIZE);
        globe = TouchButton.create("language-globe", "mdi2w-web", Bindings.createStringBinding(
                () -> currentLanguage().map(Language::name).orElse(""), i18n.languageProperty(), context.content()));
        globe.getStyleClass().add("language-globe");
        globe.accessibleTextProperty().bind(Bindings.concat(i18n.text("nav.language"), ": ", globe.textProperty()));
        globe.setOnAction(e -> openList());
        showRow(true);
        spacer.getStyleClass().add("touch-bar-gap");
        getChildren().addAll(home, back, reachButton, spacer, title, textSize, languages, globe);

        context.content().addListener((obs, old, now) -> rebuildLanguages(now));
        rebuildLanguages(context.currentContent());
        i18n.languageProperty().addListener((obs, old, now) -> {
            selectCurrent();
            measureLabelsAgain();
            Fonts.useFor(globe, now);
        });
        Fonts.useFor(globe, i18n.language());
    }

    /** The step nearest to a text scale (a scale set elsewhere need not be one of ours). */
    private static int stepOf(double scale) {
        int nearest = 0;
        for (int i = 1; i < TEXT_SCALES.length; i++) {
            if (Math.abs(TEXT_SCALES[i] - scale) < Math.abs(TEXT_SCALES[nearest] - scale)) {
                nearest = i;
            }
        }
        return nearest;
    }

    private Optional<Language> currentLanguage() {
        Content content = context.currentContent();
        return content == null ? Optional.empty()
                : content.exhibition().language(context.i18n().language());
    }

    private void openList() {
        Content content = context.currentContent();
        if (content != null) {
            list.open(content.exhibition().languages(), context.i18n().language());
        }
    }

    private void rebuildLanguages(Content content) {
        languages.getChildren().clear();
        if (content == null) {
            return;
        }
        for (Language language : content.exhibition().languages()) {
            ToggleButton button = new ToggleButton(language.name());
            button.setId("lang-" + language.code());
            button.getStyleClass().addAll("touch-button", "language-button");
            button.setUserData(language.code());
            // no toggle group: a group is one Tab stop, and a keyboard or switch must reach every language
            Fonts.useFor(button, language.code());
            button.setOnAction(e -> {
                context.i18n().setLanguage(language.code());
                button.setSelected(true);
            });
            languages.getChildren().add(button);
        }
        selectCurrent();
        requestLayout();
    }

    private void selectCurrent() {
        languages.getChildren().forEach(b -> ((ToggleButton) b).setSelected(
                context.i18n().language().equals(b.getUserData())));
    }

    /** Whether the row of languages shows now (else the globe does). */
    boolean showsRow() {
        return rowShown;
    }

    private void showRow(boolean row) {
        rowShown = row;
        languages.setVisible(row);
        languages.setManaged(row);
        globe.setVisible(!row);
        globe.setManaged(!row);
    }

    /** Whether the exhibition's name shows now (it shows whole or not at all). */
    boolean showsTitle() {
        return title.isVisible();
    }

    /**
     * The least the bar needs, so that neither the languages nor the labels widen it: home, back and reach as signs
     * only (a finger's width each), the gap, the text size and the globe.
     */
    @Override
    protected double computeMinWidth(double height) {
        double width = snapSpaceX(getInsets().getLeft()) + snapSpaceX(getInsets().getRight())
                + snapSpaceX(getSpacing()) * 6 + snapSizeX(globe.prefWidth(-1)) + 3 * Units.of(this).px(SIGN_WIDTH);
        for (Region region : List.of(spacer, textSize)) {
            width += snapSizeX(Math.max(region.minWidth(-1), region.prefWidth(-1)));
        }
        return width;
    }

    /** Whether the buttons show their signs only, the labelled bar being wider than the window. */
    boolean compact() {
        return getPseudoClassStates().contains(COMPACT);
    }

    private void measureLabelsAgain() {
        compactBelow = Double.NaN;
        pseudoClassStateChanged(COMPACT, false);
        requestLayout();
    }

    private double fixedWidth(List<Region> fixed) {
        double width = snapSpaceX(getInsets().getLeft()) + snapSpaceX(getInsets().getRight());
        for (Region region : fixed) {
            width += snapSizeX(Math.max(region.minWidth(-1), region.prefWidth(-1)));
        }
        return width;
    }

    @Override
    protected void layoutChildren() {
        List<Region> fixed = List.of(home, back, reachButton, spacer, textSize);
        double spacing = snapSpaceX(getSpacing());
        if (compact() && getWidth() >= compactBelow) {
            pseudoClassStateChanged(COMPACT, false);
            applyCss();
        }
        double fixedWidth = fixedWidth(fixed);
        double labelled = fixedWidth + spacing * (fixed.size() + 1) + snapSizeX(globe.prefWidth(-1));
        if (!compact() && labelled > getWidth() && getWidth() > 0) {
            compactBelow = labelled;
            pseudoClassStateChanged(COMPACT, true);
            applyCss();
            fixedWidth = fixedWidth(fixed);
        }
        double needed = fixedWidth + Units.of(this).px(MIN_TITLE_WIDTH) + languages.prefWidth(-1)
                + spacing * fixed.size();
        boolean fits = languages.getChildren().size() < 2 || needed <= getWidth();
        if (fits != rowShown) {
            showRow(fits);
        }
        // what is left beside home, back, reach, the gap, the text size and the languages (or the globe)
        Region choice = fits ? languages : globe;
        double room = getWidth() - fixedWidth - spacing * (fixed.size() + 1) - snapSizeX(choice.prefWidth(-1));
        // hidden, the name still takes the room between, so the languages stay at the far end
        title.setVisible(snapSizeX(title.prefWidth(-1)) <= room);
        super.layoutChildren();
    }
}
