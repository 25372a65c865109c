package org.wuzhenkiosk.screen.cases;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
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

/**
 * A case as a large card: cover, title, partner countries (code badge and name), year and theme. A tap opens
 * it (a drag scrolls the grid instead); Enter or Space too, for presenters.
 */
final class CaseCard extends VBox {

    /** Country tags shown on a card before "+N more". */
    static final int MAX_COUNTRIES = 3;

    CaseCard(CasesModel model, I18n i18n, ImageCache images, CaseStudy caseStudy, int index) {
        setId("case-" + caseStudy.id());
        getStyleClass().add("case-card");
        setFocusTraversable(true);
        setMinWidth(CasesScreen.CARD_WIDTH);
        setPrefWidth(CasesScreen.CARD_WIDTH);
        setMaxWidth(CasesScreen.CARD_WIDTH);
        setMaxHeight(Double.MAX_VALUE);

        StringBinding title = i18n.text(caseStudy.title());
        Cover cover = new Cover(images, caseStudy.cover() == null ? null
                : model.content().resolve(caseStudy.cover().file()), CasesScreen.CARD_WIDTH,
                CasesScreen.COVER_HEIGHT, title, inLanguage(i18n, l -> model.theme(caseStudy, l)), index);
        cover.getStyleClass().add("case-cover");

        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("case-title");
        titleLabel.setWrapText(true);
        titleLabel.setMinHeight(Region.USE_PREF_SIZE);
        titleLabel.textProperty().bind(title);

        FlowPane countries = new FlowPane(10, 8);
        countries.getStyleClass().add("case-countries");
        List<String> codes = caseStudy.countries();
        for (String code : codes.subList(0, Math.min(codes.size(), MAX_COUNTRIES))) {
            countries.getChildren().add(countryTag(code, inLanguage(i18n, l -> model.countryName(code, l))));
        }
        if (codes.size() > MAX_COUNTRIES) {
            Label more = new Label();
            more.getStyleClass().add("country-more");
            int rest = codes.size() - MAX_COUNTRIES;
            more.textProperty().bind(i18n.text("cases.more", rest));
            countries.getChildren().add(more);
        }

        Label meta = new Label();
        meta.getStyleClass().add("case-meta");
        meta.textProperty().bind(inLanguage(i18n, l -> model.meta(caseStudy, l)));

        VBox text = new VBox(12, titleLabel, countries, meta);
        text.getStyleClass().add("case-text");
        getChildren().addAll(cover, text);
        setAccessibleRole(AccessibleRole.BUTTON);
        accessibleTextProperty().bind(title);
    }

    /** What a tap (or Enter) on the card does. */
    void setOnOpen(Runnable open) {
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                open.run();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.run();
            }
        });
    }

    /** A two-letter code badge and the country's name, e.g. [TH] Thailand. */
    static HBox countryTag(String code, StringBinding name) {
        Label badge = new Label(code);
        badge.getStyleClass().add("country-code");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label label = new Label();
        label.getStyleClass().add("country-name");
        label.textProperty().bind(name);
        HBox tag = new HBox(8, badge, label);
        tag.getStyleClass().add("country-tag");
        tag.setAlignment(Pos.CENTER_LEFT);
        return tag;
    }

    static StringBinding inLanguage(I18n i18n, Function<String, String> text) {
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }
}
