package org.wuzhenkiosk.screen.cases;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.InertiaScroll;
import org.wuzhenkiosk.ui.MediaPlayers;
import org.wuzhenkiosk.ui.TouchButton;

/**
 * Cooperation projects as a grid of large cards that visitors filter by region, theme and year and flick
 * through; a card opens the case's detail. The timeline opens a case here through the navigator (CASES + id).
 */
public final class CasesScreen implements KioskScreen {

    static final double CARD_WIDTH = 420;
    static final double COVER_HEIGHT = 262;
    static final double FILTER_LABEL_WIDTH = 140;
    private static final String STYLESHEET = "cases.css";
    /** A chip that, turned on, would leave the grid empty. */
    private static final PseudoClass LEADS_NOWHERE = PseudoClass.getPseudoClass("empty");

    private final StackPane root = new StackPane();
    private final VBox gridPage = new VBox();
    private final StackPane detailLayer = new StackPane();
    private final ScrollPane scroller = new ScrollPane();
    private final TilePane grid = new TilePane();
    private final VBox filters = new VBox();
    private final VBox empty = new VBox(24);
    private final Map<String, CaseCard> cards = new LinkedHashMap<>();
    private final List<ToggleButton> chipButtons = new ArrayList<>();
    private final MediaPlayers players = new MediaPlayers();
    private final KioskContext context;
    private final ImageCache images;
    private final CasesModel model;
    private final InertiaScroll gridInertia;
    private CaseDetail detail;

    public CasesScreen(KioskContext context, ImageCache images) {
        this.context = context;
        this.images = images;
        this.model = new CasesModel(context.currentContent());
        I18n i18n = context.i18n();
        root.setId("cases-screen");
        root.getStyleClass().addAll("screen", "cases-screen");
        root.getStylesheets().add(Objects.requireNonNull(CasesScreen.class.getResource(STYLESHEET),
                STYLESHEET).toExternalForm());

        Label heading = new Label();
        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(i18n.text("cases.heading"));
        Label count = new Label();
        count.setId("cases-count");
        count.getStyleClass().add("cases-count");
        // the patterns as bindings: they change after the language's bundles do, never before
        StringBinding all = i18n.text("cases.count.all");
        StringBinding filtered = i18n.text("cases.count.filtered");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.filteringProperty().get()
                        ? MessageFormat.format(filtered.get(), model.visibleCountProperty().get(), model.total())
                        : MessageFormat.format(all.get(), model.total()),
                all, filtered, model.visibleCountProperty(), model.filteringProperty()));
        Button showAll = TouchButton.create("cases-show-all", "mdi2f-filter-remove-outline",
                i18n.text("cases.showAll"));
        showAll.getStyleClass().add("cases-show-all");
        showAll.setOnAction(e -> model.showAll());
        showAll.disableProperty().bind(model.filteringProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(24, heading, spacer, count, showAll);
        header.getStyleClass().add("cases-header");
        header.setAlignment(Pos.CENTER_LEFT);

        filters.setId("cases-filters");
        filters.getStyleClass().add("cases-filters");

        grid.setId("cases-grid");
        grid.getStyleClass().add("cases-grid");
        grid.setPrefColumns(4);
        grid.setPrefTileWidth(CARD_WIDTH);
        grid.setTileAlignment(Pos.TOP_LEFT);
        Label emptyText = new Label();
        emptyText.setId("cases-empty");
        emptyText.getStyleClass().add("cases-empty");
        emptyText.setWrapText(true);
        emptyText.textProperty().bind(i18n.text("cases.empty"));
        Button emptyShowAll = TouchButton.create("cases-empty-show-all", "mdi2f-filter-remove-outline",
                i18n.text("cases.showAll"));
        emptyShowAll.setOnAction(e -> model.showAll());
        empty.getChildren().addAll(emptyText, emptyShowAll);
        empty.setAlignment(Pos.TOP_LEFT);
        empty.visibleProperty().bind(model.visibleCountProperty().isEqualTo(0));
        empty.managedProperty().bind(empty.visibleProperty());
        VBox gridColumn = new VBox(empty, grid);
        scroller.setId("cases-scroller");
        scroller.setContent(gridColumn);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // the next row peeking out says "more below"
        scroller.getStyleClass().add("cases-scroller");
        gridInertia = InertiaScroll.attach(scroller, context.frames());

        VBox.setVgrow(scroller, Priority.ALWAYS);
        gridPage.getChildren().addAll(header, filters, scroller);
        gridPage.getStyleClass().add("cases-grid-page");
        detailLayer.setId("case-detail-layer");
        detailLayer.setVisible(false);
        root.getChildren().addAll(gridPage, detailLayer);

        model.visible().addListener((ListChangeListener<CaseStudy>) change -> showCards());
        model.selectionChangesProperty().addListener((obs, old, now) -> refreshChips());
        model.openCaseProperty().addListener((obs, old, now) -> refreshDetail());
        Navigator navigator = context.navigator();
        navigator.currentProperty().addListener((obs, old, now) -> refreshDetail());
        navigator.targetProperty().addListener((obs, old, target) -> {
            if (target != null && target.screen() == ScreenName.CASES) {
                model.open(target.id());
            }
        });
        context.content().addListener((obs, old, now) -> rebuild(now));
        rebuild(context.currentContent());
    }

    private void rebuild(Content content) {
        model.setContent(content);
        cards.clear();
        int index = 0;
        for (CaseStudy caseStudy : model.all()) {
            CaseCard card = new CaseCard(model, context.i18n(), images, caseStudy, index++);
            card.setOnOpen(() -> model.open(caseStudy.id()));
            cards.put(caseStudy.id(), card);
        }
        buildFilters();
        showCards();
        refreshDetail();
    }

    private void buildFilters() {
        I18n i18n = context.i18n();
        filters.getChildren().clear();
        chipButtons.clear();
        for (CasesModel.Facet facet : CasesModel.Facet.values()) {
            List<CasesModel.Chip> chips = model.chips(facet);
            if (chips.isEmpty()) {
                continue;
            }
            Label title = new Label();
            title.getStyleClass().add("filter-title");
            title.textProperty().bind(i18n.text("cases.filter." + facet.id));
            title.setMinWidth(FILTER_LABEL_WIDTH);
            title.setPrefWidth(FILTER_LABEL_WIDTH);
            title.setMinHeight(56);
            FlowPane row = new FlowPane(10, 10);
            HBox.setHgrow(row, Priority.ALWAYS);
            row.getStyleClass().add("filter-chips");
            for (CasesModel.Chip chip : chips) {
                ToggleButton button = new ToggleButton();
                button.setId(chip.id());
                button.getStyleClass().add("filter-chip");
                button.setUserData(chip);
                button.setMinHeight(56);
                button.textProperty().bind(CaseCard.inLanguage(i18n, l -> model.chipLabel(chip, l)));
                button.setOnAction(e -> model.toggle(chip));
                row.getChildren().add(button);
                chipButtons.add(button);
            }
            HBox group = new HBox(12, title, row);
            group.getStyleClass().add("filter-group");
            group.setAlignment(Pos.TOP_LEFT);
            filters.getChildren().add(group);
        }
        refreshChips();
    }

    /** Chips show whether they are on, and dim when they would leave the grid empty. */
    private void refreshChips() {
        for (ToggleButton button : chipButtons) {
            CasesModel.Chip chip = (CasesModel.Chip) button.getUserData();
            button.setSelected(model.isOn(chip));
            boolean leadsNowhere = !model.isOn(chip) && model.countWith(chip) == 0;
            button.pseudoClassStateChanged(LEADS_NOWHERE, leadsNowhere);
        }
    }

    private void showCards() {
        List<Node> shown = new ArrayList<>();
        for (CaseStudy caseStudy : model.visible()) {
            CaseCard card = cards.get(caseStudy.id());
            if (card != null) {
                shown.add(card);
            }
        }
        grid.getChildren().setAll(shown);
        gridInertia.stop();
        scroller.setVvalue(0);
    }

    /** The detail shows while a case is open and this screen is on; otherwise its players are released. */
    private void refreshDetail() {
        CaseStudy open = model.openCase();
        boolean onScreen = context.navigator().current() == ScreenName.CASES;
        if (detail != null && (open == null || !onScreen || detail.caseStudy() != open)) {
            detail.dispose();
            detailLayer.getChildren().clear();
            detail = null;
        }
        if (open != null && onScreen && detail == null) {
            detail = new CaseDetail(context, model, open, images, players, model::close);
            detailLayer.getChildren().setAll(detail);
        }
        detailLayer.setVisible(detail != null);
        gridPage.setVisible(detail == null);
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
        model.reset();
        gridInertia.stop();
        scroller.setVvalue(0);
    }

    // ---- for tests and the memory check ----

    CasesModel model() {
        return model;
    }

    MediaPlayers players() {
        return players;
    }

    CaseDetail detail() {
        return detail;
    }

    ImageCache images() {
        return images;
    }
}
