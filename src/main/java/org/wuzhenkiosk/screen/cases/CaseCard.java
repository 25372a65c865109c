package org.wuzhenkiosk.screen.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.Units;

/**
 * A case as a large card: cover, title, partner countries (code badge and name), year and theme. A tap opens
 * it (a drag scrolls the grid instead); Enter or Space too, for presenters. One card shows one case after another
 * as the grid scrolls: {@link #show} binds it to the next.
 */
final class CaseCard extends VBox {

    /** Country tags shown on a card before "+N more". */
    static final int MAX_COUNTRIES = 3;

    private final CasesModel model;
    private final I18n i18n;
    private final ImageCache images;
    private final ObjectProperty<CaseStudy> caseStudy = new SimpleObjectProperty<>(this, "caseStudy");
    private final StringBinding title;
    private final FlowPane countries = flow(10, 8);
    private final List<CountryTag> tags = new ArrayList<>();
    private final Label more = new Label();
    private final Region noCoverYet = new Region();
    /** How wide the card is in design pixels: the grid's, wider in portrait. */
    private double cardWidth = CasesModel.CARD_WIDTH;
    /** The width the cover shown was made for; a new width needs a new cover. */
    private double coverWidth;

    CaseCard(CasesModel model, I18n i18n, ImageCache images) {
        this.model = model;
        this.i18n = i18n;
        this.images = images;
        getStyleClass().addAll("card", "case-card");
        setFocusTraversable(true);
        setMaxHeight(Double.MAX_VALUE);
        Units.follow(this, units -> fitWidth());

        title = i18n.text(caseStudy.map(CaseStudy::title));
        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("case-title");
        titleLabel.setWrapText(true);
        titleLabel.setMinHeight(Region.USE_PREF_SIZE);
        titleLabel.textProperty().bind(title);

        countries.getStyleClass().add("case-countries");
        // the same few nodes for every case shown: re-bound, never rebuilt, so no styling pass per case
        for (int i = 0; i < MAX_COUNTRIES; i++) {
            CountryTag tag = new CountryTag();
            tags.add(tag);
            countries.getChildren().add(tag.box);
        }
        more.getStyleClass().add("country-more");
        countries.getChildren().add(more);

        Label example = new Label();
        example.setId("case-example-tag");
        example.getStyleClass().add("case-example-tag");
        example.setMinWidth(Region.USE_PREF_SIZE);
        example.textProperty().bind(i18n.text("case.example"));

        // the year and theme, and the example tag beside them: at a larger text size the year and theme take a
        // second line (a label in the card's column, so that the card's height counts it), the tag stays whole
        Label meta = new Label();
        meta.getStyleClass().add("case-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        meta.setContentDisplay(ContentDisplay.RIGHT);
        meta.graphicProperty().bind(Bindings.createObjectBinding(
                () -> caseStudy.get() != null && caseStudy.get().example() ? example : null, caseStudy));
        meta.textProperty().bind(Bindings.createStringBinding(() -> caseStudy.get() == null ? ""
                : model.meta(caseStudy.get(), i18n.language()), caseStudy, i18n.languageProperty()));

        VBox text = column(8, titleLabel, countries, meta);
        text.getStyleClass().add("case-text");
        getChildren().addAll(noCoverYet, text);
        setAccessibleRole(AccessibleRole.BUTTON);
        accessibleTextProperty().bind(title);
    }

    /** Shows {@code shown}: its cover (the {@code index}th designed one when it has no picture) and its text. */
    void show(CaseStudy shown, int index) {
        if (shown == caseStudy.get() && coverWidth == cardWidth) {
            return;
        }
        showText(shown);
        setId("case-" + shown.id());
        Cover cover = new Cover(images, shown.cover() == null ? null
                : model.content().resolve(shown.cover().file()), cardWidth, coverHeight(), title,
                inLanguage(i18n, l -> model.theme(shown, l)), index);
        cover.getStyleClass().add("case-cover");
        getChildren().set(0, cover);
        coverWidth = cardWidth;
    }

    /** Makes the card {@code design} design pixels wide (the grid's card width); its next {@link #show} follows. */
    void setCardWidth(double design) {
        if (design != cardWidth) {
            cardWidth = design;
            fitWidth();
        }
    }

    private double coverHeight() {
        return new CasesModel.Grid(CasesModel.MIN_COLUMNS, cardWidth).coverHeight();
    }

    private void fitWidth() {
        Units units = Units.of(this);
        double w = units.px(cardWidth);
        setMinWidth(w);
        setPrefWidth(w);
        setMaxWidth(w);
        noCoverYet.setMinSize(w, units.px(coverHeight()));
        noCoverYet.setMaxSize(w, units.px(coverHeight()));
    }

    /**
     * How tall this card is for {@code shown}: its text is bound to the case, its cover (always the same size)
     * is left as it is. Cheap enough to measure every case: no node is made, no picture read.
     */
    double heightFor(CaseStudy shown) {
        showText(shown);
        applyCss();
        return prefHeight(Units.of(this).px(cardWidth));
    }

    private void showText(CaseStudy shown) {
        caseStudy.set(shown);
        List<String> codes = shown.countries();
        for (int i = 0; i < MAX_COUNTRIES; i++) {
            showTag(tags.get(i), i < codes.size() ? codes.get(i) : null);
        }
        boolean hidden = codes.size() > MAX_COUNTRIES;
        more.setVisible(hidden);
        more.setManaged(hidden);
        if (hidden) {
            more.textProperty().bind(i18n.text("cases.more", codes.size() - MAX_COUNTRIES));
        }
    }

    CaseStudy caseStudy() {
        return caseStudy.get();
    }

    /** What a tap (or Enter) on the card does. */
    void setOnOpen(Consumer<CaseStudy> open) {
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && caseStudy.get() != null) {
                open.accept(caseStudy.get());
            }
        });
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && caseStudy.get() != null) {
                open.accept(caseStudy.get());
            }
        });
    }

    /** A two-letter code badge and the country's name, e.g. [TH] Thailand. */
    static HBox countryTag(String code, StringBinding name) {
        CountryTag tag = new CountryTag();
        tag.code.setText(code);
        tag.name.textProperty().bind(name);
        return tag.box;
    }

    private void showTag(CountryTag tag, String country) {
        tag.box.setVisible(country != null);
        tag.box.setManaged(country != null);
        if (country != null) {
            tag.code.setText(country);
            tag.name.textProperty().bind(inLanguage(i18n, l -> model.countryName(country, l)));
        }
    }

    /** A country tag's nodes, which a card re-binds to one partner country after another (or hides). */
    private static final class CountryTag {
        final Label code = new Label();
        final Label name = new Label();
        final HBox box = row(8, code, name);

        CountryTag() {
            code.getStyleClass().add("country-code");
            code.setMinWidth(Region.USE_PREF_SIZE);
            name.getStyleClass().add("country-name");
            box.getStyleClass().add("country-tag");
            box.setAlignment(Pos.CENTER_LEFT);
        }
    }

    /** A row whose gap stays {@code spacing} design pixels in any window. */
    static HBox row(double spacing, Node... children) {
        HBox box = new HBox(spacing, children);
        Units.bind(box, box.spacingProperty(), spacing);
        return box;
    }

    /** A column whose gap stays {@code spacing} design pixels in any window. */
    static VBox column(double spacing, Node... children) {
        VBox box = new VBox(spacing, children);
        Units.bind(box, box.spacingProperty(), spacing);
        return box;
    }

    /** A flow whose gaps stay {@code hgap} and {@code vgap} design pixels in any window. */
    static FlowPane flow(double hgap, double vgap) {
        FlowPane pane = new FlowPane(hgap, vgap);
        Units.bind(pane, pane.hgapProperty(), hgap);
        Units.bind(pane, pane.vgapProperty(), vgap);
        return pane;
    }

    static StringBinding inLanguage(I18n i18n, Function<String, String> text) {
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }
}
