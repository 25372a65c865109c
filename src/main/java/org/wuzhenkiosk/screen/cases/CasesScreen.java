package org.wuzhenkiosk.screen.cases;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.Cover;
import org.wuzhenkiosk.ui.ImageCache;

/** Cooperation projects as a grid of large picture cards. */
public final class CasesScreen implements KioskScreen {

    static final double CARD_WIDTH = 420;
    static final double COVER_HEIGHT = 262;
    private final VBox root = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final TilePane grid = new TilePane();
    private final KioskContext context;
    private final ImageCache images;

    public CasesScreen(KioskContext context, ImageCache images) {
        this.context = context;
        this.images = images;
        root.setId("cases-screen");
        root.getStyleClass().addAll("screen", "cases-screen");
        Label heading = new Label();
        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(context.i18n().text("cases.heading"));
        grid.setId("cases-grid");
        grid.getStyleClass().add("cases-grid");
        grid.setPrefColumns(4);
        grid.setPrefTileWidth(CARD_WIDTH);
        scroller.setContent(grid);
        scroller.setFitToWidth(true);
        scroller.setPannable(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("cases-scroller");
        VBox.setVgrow(scroller, Priority.ALWAYS);
        root.getChildren().addAll(heading, scroller);
        context.content().addListener((obs, old, now) -> rebuild(now));
        rebuild(context.currentContent());
    }

    private void rebuild(Content content) {
        grid.getChildren().clear();
        if (content == null) {
            return;
        }
        CasesModel model = new CasesModel(content);
        int index = 0;
        for (CaseStudy caseStudy : model.cases()) {
            grid.getChildren().add(card(content, model, caseStudy, index++));
        }
    }

    private Node card(Content content, CasesModel model, CaseStudy caseStudy, int index) {
        I18n i18n = context.i18n();
        StringBinding title = i18n.text(caseStudy.title());
        StringBinding theme = language(l -> model.theme(caseStudy, l));
        Cover cover = new Cover(images, caseStudy.cover() == null ? null : content.resolve(caseStudy.cover().file()),
                CARD_WIDTH, COVER_HEIGHT, title, theme, index);
        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("case-title");
        titleLabel.setWrapText(true);
        titleLabel.textProperty().bind(title);
        Label countries = new Label();
        countries.getStyleClass().add("case-countries");
        countries.setWrapText(true);
        countries.textProperty().bind(language(l -> model.countries(caseStudy, l)));
        Label meta = new Label();
        meta.getStyleClass().add("case-meta");
        meta.textProperty().bind(language(l -> model.meta(caseStudy, l)));
        VBox text = new VBox(8, titleLabel, countries, meta);
        text.getStyleClass().add("case-text");
        VBox card = new VBox(cover, text);
        card.setId("case-" + caseStudy.id());
        card.getStyleClass().add("case-card");
        card.setMaxWidth(CARD_WIDTH);
        return card;
    }

    private StringBinding language(java.util.function.Function<String, String> text) {
        I18n i18n = context.i18n();
        return Bindings.createStringBinding(() -> text.apply(i18n.language()), i18n.languageProperty());
    }

    @Override
    public ScreenName name() {
        return ScreenName.CASES;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reset() {
        scroller.setVvalue(0);
    }
}
