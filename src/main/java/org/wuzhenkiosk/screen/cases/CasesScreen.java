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

    /** What ControlsFX's grid skin keeps free beside a row for a scroll bar, shown or not (in scene pixels). */
    private static final double SCROLL_BAR_ROOM = 18;
    private static final String STYLESHEET = "cases.css";
    /** A chip that, turned on, would leave the grid empty. */
    private static final PseudoClass LEADS_NOWHERE = PseudoClass.getPseudoClass("empty");
    /** A facet with a chip on, and the facet whose chips are dropped down. */
    private static final PseudoClass FACET_ON = PseudoClass.getPseudoClass("on");
    private static final PseudoClass FACET_OPEN = PseudoClass.getPseudoClass("open");
    /** A screen taller than wide: the header and the case's page stack what sits side by side. */
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    /** Narrower than this (design px) the screen takes its portrait layout, whatever its height. */
    private static final double NARROW = 1400;
    /** Where the dropped-down chips start at the least (design pixels): just under the header's band. */
    private static final double CHOICES_TOP = 96;
    /** Between the header's last row and the dropped-down chips when the header is taller (portrait). */
    private static final double CHOICES_GAP = 16;
    private static final double CHOICES_WIDTH = 1100;
    /** What the choice panel's padding takes from the chips' width (cases.css, .cases-choices). */
    private static final double CHOICES_PADDING = 56;

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
    /** One button per facet in the header's band; each drops down its chips. They wrap when the band is short. */
    private final FlowPane filters = new FlowPane() {
        @Override
        protected double computePrefWidth(double height) {
            // one line when there is room; the band gives less only when it must, and then the buttons wrap
            double width = getInsets().getLeft() + getInsets().getRight();
            List<Node> buttons = getManagedChildren();
            for (Node button : buttons) {
                width += snapSizeX(button.prefWidth(-1));
            }
            return width + snapSpaceX(getHgap()) * Math.max(0, buttons.size() - 1);
        }
    };
    /** The title, the facets, the count and Show all: one band in landscape, the title over the rest in portrait. */
    private final VBox header = CaseCard.column(8);
    private final HBox band = CaseCard.row(24);
    private final Label heading = new Label();
    private final Map<CasesModel.Facet, FlowPane> chipRows = new EnumMap<>(CasesModel.Facet.class);
    private final Map<CasesModel.Facet, Button> facetButtons = new EnumMap<>(CasesModel.Facet.class);
    private final StackPane choices = new StackPane();
    private final Region scrim = new Region();
    private final VBox choicePanel = CaseCard.column(16);
    private CasesModel.Facet openFacet;
    private final VBox empty = CaseCard.column(24);
    /** Measures cards off screen: every row is as tall as the tallest card the filters leave, as in a tile pane. */
    private final CaseCard measuringCard;
    private final Map<CaseStudy, Double> cardHeights = new IdentityHashMap<>();
    private boolean rowsFitted;
    /** The row of cards as it is laid out now, and the unit it was laid out at. */
    private CasesModel.Grid gridShape = CasesModel.grid(0);
    private double gridUnit;
    /** The text scale the cards were measured at. */
    private double gridTextScale;
    private Boolean portrait;
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

        heading.getStyleClass().add("screen-heading");
        heading.textProperty().bind(i18n.text("cases.heading"));
        Label count = new Label();
        count.setId("cases-count");
        count.getStyleClass().add("cases-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // "8 of 12 projects" whole, never "..."
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
        band.getChildren().addAll(heading, filters, spacer, count, showAll);
        band.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().add(band);
        header.getStyleClass().add("cases-header");

        filters.setId("cases-filters");
        filters.getStyleClass().add("cases-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        Units.bind(filters, filters.hgapProperty(), 12);
        Units.bind(filters, filters.vgapProperty(), 12);
        scrim.setId("cases-choices-scrim");
        scrim.getStyleClass().add("cases-choices-scrim");
        scrim.setOnMouseClicked(e -> closeChoices());
        choicePanel.setId("cases-choices");
        choicePanel.getStyleClass().addAll("panel", "cases-choices");
        choicePanel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        choicePanel.setOnMouseClicked(MouseEvent::consume);
        StackPane.setAlignment(choicePanel, Pos.TOP_LEFT);
        choices.getChildren().addAll(scrim, choicePanel);
        choices.setPickOnBounds(false);
        choices.setVisible(false);

        grid.setId("cases-grid");
        grid.getStyleClass().add("cases-grid");
        grid.setItems(model.visible());
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
        root.widthProperty().addListener((obs, old, now) -> fitScreen());
        root.heightProperty().addListener((obs, old, now) -> fitScreen());

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
            FlowPane row = CaseCard.flow(10, 10);
            row.getStyleClass().add("filter-chips");
            for (CasesModel.Chip chip : chips) {
                ToggleButton button = new ToggleButton();
                button.setId(chip.id());
                button.getStyleClass().addAll("chip", "filter-chip");
                button.setUserData(chip);
                Units.bind(button, button.minHeightProperty(), 56);
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
            Units.bind(open, open.minHeightProperty(), 56);
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
        FlowPane chips = chipRows.get(facet);
        choicePanel.getChildren().setAll(title, chips);
        Button button = facetButtons.get(facet);
        Units units = Units.of(root);
        // under its button and under the header, however tall the header is: margins count from inside the padding
        double left = Math.max(0, root.sceneToLocal(button.localToScene(0, 0)).getX() - root.getInsets().getLeft());
        double headerBottom = root.sceneToLocal(header.localToScene(0, header.getHeight())).getY()
                - root.getInsets().getTop();
        double top = Math.max(units.px(CHOICES_TOP), headerBottom + units.px(CHOICES_GAP));
        double room = root.getWidth() - root.getInsets().getLeft() - root.getInsets().getRight() - left;
        chips.setPrefWrapLength(Math.min(units.px(CHOICES_WIDTH), room - units.px(CHOICES_PADDING)));
        StackPane.setMargin(choicePanel, new Insets(top, 0, 0, left));
        StackPane.setMargin(scrim, new Insets(top, 0, 0, 0)); // the band stays live: another facet is a tap
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

    /** Lays the header and the case's page out for the screen's shape: portrait stacks, landscape sits side by side. */
    private void fitScreen() {
        // a screen too narrow for the header in one band (reach mode's lower part of a portrait one) stacks too
        boolean tall = root.getWidth() < root.getHeight() || root.getWidth() < Units.of(root).px(NARROW);
        if (root.getWidth() <= 0 || Boolean.valueOf(tall).equals(portrait)) {
            refreshDetail(); // the same shape, maybe another width: the page follows
            return;
        }
        portrait = tall;
        root.pseudoClassStateChanged(PORTRAIT, tall);
        heading.setWrapText(tall); // alone on its line, the title wraps rather than end in "..."
        if (tall) {
            band.getChildren().remove(heading);
            header.getChildren().setAll(heading, band);
        } else {
            header.getChildren().setAll(band);
            band.getChildren().remove(heading);
            band.getChildren().add(0, heading);
        }
        closeChoices();
        refreshDetail();
    }

    /** How many cards a row takes and how wide, from the width the screen gives the grid (in design pixels). */
    private void fitColumns() {
        Units units = Units.of(grid);
        double width = gridPage.getWidth() / units.unit();
        CasesModel.Grid shape = CasesModel.grid(width);
        if (shape.equals(gridShape) && units.unit() == gridUnit && units.textScale() == gridTextScale) {
            return;
        }
        gridShape = shape;
        gridUnit = units.unit();
        gridTextScale = units.textScale(); // larger text, taller cards: measured again
        double gap = units.px(CasesModel.COLUMN_GAP);
        double rowGap = units.px(CasesModel.ROW_GAP);
        measuringCard.setCardWidth(shape.cardWidth());
        cardHeights.clear();
        rowsFitted = false;
        grid.setCellWidth(units.px(shape.cardWidth()));
        // the grid puts half a gap around every card; the margins take the outer halves (and the room it keeps
        // for a scroll bar) back, so the cards line up with the filters and the row holds its columns
        grid.setHorizontalCellSpacing(gap / 2);
        grid.setVerticalCellSpacing(rowGap / 2);
        VBox.setMargin(grid, new Insets(-rowGap / 2, -gap / 2 - SCROLL_BAR_ROOM, 0, -gap / 2));
    }

    /** Rows as tall as the tallest card shown, measured once per case and language (needs the stylesheets). */
    private void fitRows() {
        if (gridPage.getWidth() > 0) {
            fitColumns();
        }
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
                card.setCardWidth(gridShape.cardWidth());
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
        CaseDetail.Layout layout = detailLayout();
        if (detail != null && open != null && onScreen && detail.caseStudy() == open
                && !detail.pageLayout().equals(layout)) {
            detailScroll = detail.scroller().getVvalue(); // turned or resized: the same page, laid out anew
            detail.dispose();
            detailLayer.getChildren().clear();
            detail = null;
        }
        if (detail != null && (open == null || !onScreen || detail.caseStudy() != open)) {
            detail.dispose();
            detailLayer.getChildren().clear();
            detail = null;
        }
        if (open != null && onScreen && detail == null) {
            detail = newDetail(open, layout);
            detailLayer.getChildren().setAll(detail);
            detail.scroller().setVvalue(detailScroll);
            detailScroll = 0;
        }
        detailLayer.setVisible(detail != null);
        gridPage.setVisible(detail == null);
        context.navigator().caseShown(detail == null ? null : detail.caseStudy().id());
    }

    /** The case's page laid out as {@code layout} says. */
    CaseDetail newDetail(CaseStudy caseStudy, CaseDetail.Layout layout) {
        return new CaseDetail(context, model, caseStudy, images, players, backLabel(), this::leaveCase, layout);
    }

    /** How the case's page fits the screen now, from the room inside the screen's padding in design pixels. */
    private CaseDetail.Layout detailLayout() {
        double unit = Units.of(root).unit();
        Insets padding = root.getInsets();
        return CaseDetail.Layout.of((root.getWidth() - padding.getLeft() - padding.getRight()) / unit,
                (root.getHeight() - padding.getTop() - padding.getBottom()) / unit);
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
