package org.wuzhenkiosk.screen.cases;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.KioskScreen;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.app.Spotlight;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.ui.Accessible;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.InertiaScroll;
import org.wuzhenkiosk.ui.MediaPlayers;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.ui.TouchButton;

/**
 * Cooperation projects as a grid of large cards that visitors filter by region, theme and year and flick
 * through; a card opens the case's detail. The timeline opens a case here through the navigator (CASES + id).
 * The grid is virtualised: only the rows on screen have cards, re-bound to other cases as it scrolls.
 */
public final class CasesScreen implements KioskScreen {

    static final double CARD_WIDTH = 420;
    static final double COVER_HEIGHT = 176;
    static final double COLUMN_GAP = 24;
    static final double ROW_GAP = 20;
    /** What ControlsFX's grid skin keeps free beside a row for a scroll bar, shown or not. */
    private static final double SCROLL_BAR_ROOM = 18;
    private static final String STYLESHEET = "cases.css";
    /** A chip that, turned on, would leave the grid empty. */
    private static final PseudoClass LEADS_NOWHERE = PseudoClass.getPseudoClass("empty");
    /** A facet with a chip on, and the facet whose chips are dropped down. */
    private static final PseudoClass FACET_ON = PseudoClass.getPseudoClass("on");
    private static final PseudoClass FACET_OPEN = PseudoClass.getPseudoClass("open");
    /** Where the dropped-down chips start: just under the header's band. */
    private static final double CHOICES_TOP = 96;
    private static final double CHOICES_WIDTH = 1100;

    private final StackPane root = new StackPane();
    private final VBox gridPage = new VBox();
    private final StackPane detailLayer = new StackPane();
    private final GridView<CaseStudy> grid = new GridView<>() {
        @Override
        protected void layoutChildren() {
            fitRows(); // here, where the stylesheets have been applied: cards are measured as they will show
            super.layoutChildren();
        }
    };
    /** One button per facet in the header's band; each drops down its chips. */
    private final HBox filters = new HBox(12);
    private final Map<CasesModel.Facet, FlowPane> chipRows = new EnumMap<>(CasesModel.Facet.class);
    private final Map<CasesModel.Facet, Button> facetButtons = new EnumMap<>(CasesModel.Facet.class);
    private final StackPane choices = new StackPane();
    private final VBox choicePanel = new VBox(16);
    private CasesModel.Facet openFacet;
    private final VBox empty = new VBox(24);
    /** Measures cards off screen: every row is as tall as the tallest card the filters leave, as in a tile pane. */
    private final CaseCard measuringCard;
    private final Map<CaseStudy, Double> cardHeights = new IdentityHashMap<>();
    private boolean rowsFitted;
    /** A guided tour shows this screen's case page inside its own screen. */
    private boolean toured;
    private final List<ToggleButton> chipButtons = new ArrayList<>();
    private final MediaPlayers players = new MediaPlayers();
    private final KioskContext context;
    private final ImageCache images;
    private final CasesModel model;
    private final InertiaScroll gridInertia;
    private CaseDetail detail;
    /** Where the next page opened shows its text: the top, or where Back finds it. */
    private double detailScroll;

    public CasesScreen(KioskContext context, ImageCache images) {
        this.context = context;
        this.images = images;
        this.model = new CasesModel(context.currentContent());
        I18n i18n = context.i18n();
        root.setId("cases-screen");
        root.getStyleClass().addAll("screen", "cases-screen");
        Units.stylesheet(root, CasesScreen.class, STYLESHEET);

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
        HBox header = new HBox(24, heading, filters, spacer, count, showAll);
        header.getStyleClass().add("cases-header");
        header.setAlignment(Pos.CENTER_LEFT);

        filters.setId("cases-filters");
        filters.getStyleClass().add("cases-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        Region scrim = new Region();
        scrim.setId("cases-choices-scrim");
        scrim.getStyleClass().add("cases-choices-scrim");
        scrim.setOnMouseClicked(e -> closeChoices());
        choicePanel.setId("cases-choices");
        choicePanel.getStyleClass().addAll("panel", "cases-choices");
        choicePanel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        choicePanel.setOnMouseClicked(MouseEvent::consume);
        StackPane.setAlignment(choicePanel, Pos.TOP_LEFT);
        StackPane.setMargin(choicePanel, new Insets(CHOICES_TOP, 0, 0, 0));
        StackPane.setMargin(scrim, new Insets(CHOICES_TOP, 0, 0, 0)); // the band stays live: another facet is a tap
        choices.getChildren().addAll(scrim, choicePanel);
        choices.setPickOnBounds(false);
        choices.setVisible(false);

        grid.setId("cases-grid");
        grid.getStyleClass().add("cases-grid");
        grid.setItems(model.visible());
        grid.setCellWidth(CARD_WIDTH);
        // the grid puts half a gap around every card; the margins take the outer halves (and the room it keeps
        // for a scroll bar) back, so the cards line up with the filters and four fit in a row
        grid.setHorizontalCellSpacing(COLUMN_GAP / 2);
        grid.setVerticalCellSpacing(ROW_GAP / 2);
        VBox.setMargin(grid, new Insets(-ROW_GAP / 2, -COLUMN_GAP / 2 - SCROLL_BAR_ROOM, 0, -COLUMN_GAP / 2));
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setCellFactory(view -> new CardCell());
        measuringCard = new CaseCard(model, i18n, images);
        measuringCard.setManaged(false);
        measuringCard.setVisible(false);
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
        VBox.setVgrow(gridColumn, Priority.ALWAYS);
        gridInertia = InertiaScroll.attach(grid, context.frames());
        // Tab goes from card to card, the grid scrolling each into view; the grid itself is no stop of its own
        grid.setFocusTraversable(false);
        grid.skinProperty().addListener((obs, old, skin) -> grid.lookupAll(".virtual-flow")
                .forEach(flow -> flow.setFocusTraversable(false)));
        Accessible.followKeyboardFocus(grid, card -> gridInertia.reveal(card, Accessible.RING_ROOM));

        gridPage.getChildren().addAll(header, gridColumn);
        gridPage.getStyleClass().add("cases-grid-page");
        detailLayer.setId("case-detail-layer");
        detailLayer.setVisible(false);
        root.getChildren().addAll(gridPage, choices, detailLayer, measuringCard);

        model.visible().addListener((ListChangeListener<CaseStudy>) change -> showCards());
        i18n.languageProperty().addListener((obs, old, now) -> {
            cardHeights.clear();
            refitRows();
        });
        model.selectionChangesProperty().addListener((obs, old, now) -> refreshChips());
        Navigator navigator = context.navigator();
        model.openCaseProperty().addListener((obs, old, now) -> {
            refreshDetail();
            if (old == null && now != null) {
                navigator.opened(ScreenName.CASES);
            } else if (now == null) {
                navigator.closed(ScreenName.CASES);
            }
        });
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
        cardHeights.clear();
        model.setContent(content);
        buildFilters();
        showCards();
        refreshDetail();
    }

    private void buildFilters() {
        I18n i18n = context.i18n();
        closeChoices();
        filters.getChildren().clear();
        chipRows.clear();
        facetButtons.clear();
        chipButtons.clear();
        for (CasesModel.Facet facet : CasesModel.Facet.values()) {
            List<CasesModel.Chip> chips = model.chips(facet);
            if (chips.isEmpty()) {
                continue;
            }
            FlowPane row = new FlowPane(10, 10);
            row.getStyleClass().add("filter-chips");
            row.setPrefWrapLength(CHOICES_WIDTH);
            for (CasesModel.Chip chip : chips) {
                ToggleButton button = new ToggleButton();
                button.setId(chip.id());
                button.getStyleClass().addAll("chip", "filter-chip");
                button.setUserData(chip);
                button.setMinHeight(56);
                button.textProperty().bind(CaseCard.inLanguage(i18n, l -> model.chipLabel(chip, l)));
                button.setOnAction(e -> {
                    model.toggle(chip);
                    closeChoices();
                });
                row.getChildren().add(button);
                chipButtons.add(button);
            }
            chipRows.put(facet, row);
            Button open = new Button();
            open.setId("facet-" + facet.id);
            open.getStyleClass().addAll("chip", "facet-button");
            open.setGraphic(new FontIcon("mdi2c-chevron-down"));
            open.setContentDisplay(ContentDisplay.RIGHT);
            open.setMinHeight(56);
            open.setMinWidth(Region.USE_PREF_SIZE);
            StringBinding title = i18n.text("cases.filter." + facet.id);
            open.textProperty().bind(Bindings.createStringBinding(() -> {
                String on = model.filters().get(facet);
                return on == null ? title.get() : title.get() + " · " + chips.stream()
                        .filter(c -> c.value().equals(on)).findFirst()
                        .map(c -> model.chipLabel(c, i18n.language())).orElse(on);
            }, title, i18n.languageProperty(), model.selectionChangesProperty()));
            open.setOnAction(e -> {
                if (facet == openFacet) {
                    closeChoices();
                } else {
                    openChoices(facet);
                }
            });
            facetButtons.put(facet, open);
            filters.getChildren().add(open);
        }
        refreshChips();
    }

    /** Drops down the chips of {@code facet} under the band, over the grid; Back, a chip or a tap beside closes it. */
    private void openChoices(CasesModel.Facet facet) {
        Label title = new Label();
        title.getStyleClass().add("filter-title");
        title.textProperty().bind(context.i18n().text("cases.filter." + facet.id));
        choicePanel.getChildren().setAll(title, chipRows.get(facet));
        Button button = facetButtons.get(facet);
        // under its button: the margin counts from inside the screen's padding
        double left = root.sceneToLocal(button.localToScene(0, 0)).getX() - root.getInsets().getLeft();
        StackPane.setMargin(choicePanel, new Insets(CHOICES_TOP, 0, 0, Math.max(0, left)));
        boolean wasOpen = openFacet != null;
        openFacet = facet;
        facetButtons.forEach((f, b) -> b.pseudoClassStateChanged(FACET_OPEN, f == facet));
        choices.setVisible(true);
        if (!wasOpen) {
            context.navigator().opened(ScreenName.CASES);
        }
    }

    private void closeChoices() {
        if (openFacet == null) {
            return;
        }
        openFacet = null;
        facetButtons.values().forEach(b -> b.pseudoClassStateChanged(FACET_OPEN, false));
        choices.setVisible(false);
        choicePanel.getChildren().clear();
        context.navigator().closed(ScreenName.CASES);
    }

    /** Chips show whether they are on, and dim when they would leave the grid empty. */
    private void refreshChips() {
        for (ToggleButton button : chipButtons) {
            CasesModel.Chip chip = (CasesModel.Chip) button.getUserData();
            button.setSelected(model.isOn(chip));
            boolean leadsNowhere = !model.isOn(chip) && model.countWith(chip) == 0;
            button.pseudoClassStateChanged(LEADS_NOWHERE, leadsNowhere);
            button.setDisable(leadsNowhere); // dimmed is not a choice: a tap on it does nothing
        }
        facetButtons.forEach((facet, button) -> button.pseudoClassStateChanged(FACET_ON,
                model.filters().containsKey(facet)));
    }

    private void showCards() {
        refitRows();
        gridInertia.toTop();
    }

    private void refitRows() {
        rowsFitted = false;
        grid.requestLayout();
    }

    /** Rows as tall as the tallest card shown, measured once per case and language (needs the stylesheets). */
    private void fitRows() {
        if (rowsFitted) {
            return;
        }
        rowsFitted = true;
        double tallest = 0;
        for (CaseStudy caseStudy : model.visible()) {
            tallest = Math.max(tallest, cardHeights.computeIfAbsent(caseStudy, this::measure));
        }
        if (tallest > 0) {
            grid.setCellHeight(tallest);
        }
    }

    private double measure(CaseStudy caseStudy) {
        return Math.ceil(measuringCard.heightFor(caseStudy));
    }

    /** A grid cell that shows its case's card, one card re-bound as the grid scrolls. */
    private final class CardCell extends GridCell<CaseStudy> {
        private final CaseCard card = new CaseCard(model, context.i18n(), images);

        CardCell() {
            getStyleClass().add("case-cell");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            card.minHeightProperty().bind(grid.cellHeightProperty());
            card.setOnOpen(caseStudy -> model.open(caseStudy.id()));
        }

        @Override
        protected void updateItem(CaseStudy item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                card.show(item, model.hue(item));
                setGraphic(card);
            }
        }
    }

    /** The detail shows while a case is open and this screen is on; otherwise its players are released. */
    private void refreshDetail() {
        CaseStudy open = model.openCase();
        ScreenName current = context.navigator().current();
        boolean onScreen = current == ScreenName.CASES || toured && current == ScreenName.STORY;
        if (detail != null && (open == null || !onScreen || detail.caseStudy() != open)) {
            detail.dispose();
            detailLayer.getChildren().clear();
            detail = null;
        }
        if (open != null && onScreen && detail == null) {
            detail = new CaseDetail(context, model, open, images, players, backLabel(), this::leaveCase);
            detailLayer.getChildren().setAll(detail);
            detail.scroller().setVvalue(detailScroll);
            detailScroll = 0;
        }
        detailLayer.setVisible(detail != null);
        gridPage.setVisible(detail == null);
        context.navigator().caseShown(detail == null ? null : detail.caseStudy().id());
    }

    /** The page's own back button does what the touch bar's Back does, and says where it leads. */
    private void leaveCase() {
        if (context.navigator().canGoBackProperty().get()) {
            context.navigator().back();
        } else {
            model.close();
        }
    }

    private StringBinding backLabel() {
        I18n i18n = context.i18n();
        return Bindings.createStringBinding(() -> {
            ScreenName to = context.navigator().backToProperty().get();
            String key = to == null || to == ScreenName.CASES ? "case.back" : switch (to) {
                case TIMELINE -> "home.timeline";
                case MAP -> "home.map";
                case STORY -> "nav.story";
                default -> "nav.home";
            };
            return i18n.get(key);
        }, context.navigator().backToProperty(), i18n.languageProperty(), i18n.text("case.back"));
    }

    /** How the grid and the page look now: the chips on, the grid's scroll, the case open and its page's scroll. */
    record View(Map<CasesModel.Facet, String> filters, double gridPosition, String openCase, double pageScroll)
            implements KioskScreen.State {
    }

    @Override
    public KioskScreen.State snapshot() {
        CaseStudy open = model.openCase();
        return new View(model.filters(), gridInertia.position(), open == null ? null : open.id(),
                detail == null ? 0 : detail.scroller().getVvalue());
    }

    @Override
    public void restore(KioskScreen.State state) {
        if (!(state instanceof View view)) {
            closeOpen();
            return;
        }
        model.setFilters(view.filters());
        grid.applyCss();
        grid.layout();
        gridInertia.setPosition(view.gridPosition());
        if (view.openCase() == null) {
            model.close();
        } else {
            detailScroll = view.pageScroll();
            model.open(view.openCase());
        }
    }

    @Override
    public void closeOpen() {
        closeChoices();
        toured = false;
        model.close();
    }

    /** A guided tour's case: its page, shown inside the tour. */
    @Override
    public boolean spotlight(Spotlight spotlight) {
        if (!(spotlight instanceof Spotlight.Item item) || model.content() == null
                || model.content().caseStudy(item.id()).isEmpty()) {
            return false;
        }
        closeChoices();
        toured = true;
        if (model.openCase() != null && model.openCase().id().equals(item.id())) {
            refreshDetail();
        } else {
            model.open(item.id());
        }
        return true;
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
        toured = false;
        model.reset();
        gridInertia.toTop();
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
