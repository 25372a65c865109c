package org.wuzhenkiosk.upkeep.staff;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wuzhenkiosk.app.ContentState;
import org.wuzhenkiosk.app.Dates;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.TaskRunner;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Wording;
import org.wuzhenkiosk.ui.TouchButton;
import org.wuzhenkiosk.ui.Units;
import org.wuzhenkiosk.upkeep.analytics.Analytics;
import org.wuzhenkiosk.upkeep.analytics.DaySummary;
import org.wuzhenkiosk.upkeep.analytics.VisitLog;

/**
 * What staff need without a developer: is the content on show the one they edited (when, from where, with which
 * problems), reload it now, look at it in another language, how many visitors came today and what they opened,
 * and a way out of the kiosk.
 */
public final class StaffPanel extends StackPane {

    /** Problems listed on screen at most; --validate prints them all. */
    static final int MAX_PROBLEMS = 60;
    private static final int CHART_CASES = 8;
    /** The chart's gaps and ticks in design pixels (JavaFX's own defaults). */
    private static final double CATEGORY_GAP = 10;
    private static final double BAR_GAP = 4;
    private static final double TICK_LENGTH = 8;
    private static final double TICK_LABEL_GAP = 3;
    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");
    private static final PseudoClass ARMED_EXIT = PseudoClass.getPseudoClass("armed-exit");
    private final ContentState state;
    private final I18n i18n;
    /** The staff panel's own words, in the staff's language whatever language the visitors' screens are in. */
    private final I18n words;
    private final String staffLanguage;
    private final Analytics analytics;
    private final TaskRunner tasks;
    private final Clock clock;
    private final boolean watching;
    private final Path logsDir;
    private final Label loaded = label("staff-content-loaded", "staff-line");
    private final Label from = label("staff-content-from", "staff-muted");
    private final Label note = label("staff-content-note", "staff-note");
    private final Label checked = label("staff-content-checked", "staff-line");
    private final Label watchNote = label("staff-content-watch", "staff-muted");
    private final VBox problems = new VBox();
    /** The preview buttons, one per offered language, wrapping onto a second line when six or more do not fit. */
    private final FlowPane languages = new FlowPane();
    private final ToggleGroup languageGroup = new ToggleGroup();
    private final Label usage = label("staff-usage-summary", "staff-line");
    private final Label usageLanguages = label("staff-usage-languages", "staff-muted");
    private final Label usageScreens = label("staff-usage-screens", "staff-muted");
    private final Label files = label("staff-files", "staff-muted");
    private final Label noCases = label("staff-usage-nocases", "staff-muted");
    private final CategoryAxis caseAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final BarChart<Number, String> chart = new BarChart<>(countAxis, caseAxis);
    private final Button exit;
    private final VBox contentCard;
    private final VBox usageCard;
    private final BorderPane layout = new BorderPane();
    /** The title, then Back and Exit: beside it in a wide window, on a row of their own in a portrait one. */
    private final BorderPane header = new BorderPane();
    private final HBox headerButtons = new HBox();
    private final HBox columns = new HBox();
    private final VBox stacked = new VBox();
    private final ScrollPane tall = new ScrollPane(stacked);
    private DaySummary summary;
    private boolean exitArmed;

    public StaffPanel(ContentState state, I18n i18n, String staffLanguage, Analytics analytics, TaskRunner tasks,
                      Clock clock, boolean watching, Path logsDir, Runnable reload, Runnable close,
                      Runnable exitKiosk) {
        this.state = state;
        this.i18n = i18n;
        this.staffLanguage = staffLanguage;
        this.words = new I18n(staffLanguage, Wording.ENGLISH);
        this.analytics = analytics;
        this.tasks = tasks;
        this.clock = clock;
        this.watching = watching;
        this.logsDir = logsDir;
        setId("staff-panel");
        getStyleClass().add("staff-panel");

        FontIcon icon = new FontIcon("mdi2a-account-hard-hat");
        icon.getStyleClass().add("staff-icon");
        Label title = new Label();
        title.getStyleClass().add("staff-title");
        title.textProperty().bind(words.text("staff.title"));
        Button back = TouchButton.create("staff-close", "mdi2a-arrow-left-circle", words.text("staff.close"));
        back.setOnAction(e -> close.run());
        exit = TouchButton.create("staff-exit", "mdi2p-power", words.text("staff.exit"));
        exit.getStyleClass().add("staff-exit");
        exit.setOnAction(e -> {
            if (exitArmed) {
                exitKiosk.run();
            } else {
                exitArmed = true;
                exit.textProperty().bind(words.text("staff.exit.confirm"));
                exit.pseudoClassStateChanged(ARMED_EXIT, true);
            }
        });
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox named = new HBox(icon, title);
        named.setAlignment(Pos.CENTER_LEFT);
        named.getStyleClass().add("staff-named");
        headerButtons.getChildren().addAll(back, exit);
        headerButtons.setAlignment(Pos.CENTER_RIGHT);
        headerButtons.getStyleClass().add("staff-header-buttons");
        header.setCenter(named);
        header.getStyleClass().add("staff-header");
        header.setId("staff-header");

        Button reloadNow = TouchButton.create("staff-reload", "mdi2r-refresh", words.text("staff.reload"));
        reloadNow.setOnAction(e -> reload.run());
        Label previewLabel = new Label();
        previewLabel.getStyleClass().add("staff-line");
        previewLabel.textProperty().bind(words.text("staff.language"));
        previewLabel.setMinWidth(Region.USE_PREF_SIZE);
        languages.setAlignment(Pos.CENTER_LEFT);
        languages.getStyleClass().add("staff-languages");
        languages.getChildren().add(previewLabel);
        HBox.setHgrow(languages, Priority.ALWAYS);
        HBox actions = new HBox(reloadNow, languages);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("staff-actions");
        problems.setId("staff-problems");
        problems.getStyleClass().add("staff-problems");
        problems.setFillWidth(true);
        ScrollPane problemScroller = new ScrollPane(problems);
        problemScroller.setFitToWidth(true);
        problemScroller.setPannable(true);
        // dragged, as every scroller in the kiosk: no bar whose arrows are too small for a finger
        problemScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        problemScroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        problemScroller.getStyleClass().addAll("scroller", "staff-scroller");
        VBox.setVgrow(problemScroller, Priority.ALWAYS);
        contentCard = card("staff.content", loaded, from, note, checked, watchNote, problemScroller, actions);
        contentCard.setId("staff-content");

        chart.setId("staff-usage-chart");
        chart.getStyleClass().add("staff-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setHorizontalGridLinesVisible(false);
        // the chart's own gaps and ticks are lengths in code: they follow the unit like the stylesheet
        Units.follow(chart, units -> {
            chart.setCategoryGap(units.px(CATEGORY_GAP));
            chart.setBarGap(units.px(BAR_GAP));
            for (var axis : List.of(countAxis, caseAxis)) {
                axis.setTickLength(units.px(TICK_LENGTH));
                axis.setTickLabelGap(units.px(TICK_LABEL_GAP));
            }
        });
        countAxis.setMinorTickVisible(false);
        countAxis.setForceZeroInRange(true);
        countAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        countAxis.labelProperty().bind(words.text("staff.usage.opens"));
        Label chartTitle = label("staff-usage-cases", "staff-subheading");
        chartTitle.textProperty().bind(words.text("staff.usage.cases"));
        StackPane chartArea = new StackPane(chart, noCases);
        chart.managedProperty().bind(chart.visibleProperty()); // in one column, no tall empty chart without visits
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        usageCard = card("staff.usage", usage, usageLanguages, usageScreens, chartTitle, chartArea, files);
        usageCard.setId("staff-usage");

        columns.getStyleClass().add("staff-columns");
        columns.setId("staff-columns");
        HBox.setHgrow(contentCard, Priority.ALWAYS);
        HBox.setHgrow(usageCard, Priority.ALWAYS);
        stacked.getStyleClass().addAll("staff-columns", "staff-stacked");
        stacked.setId("staff-stacked");
        stacked.setFillWidth(true);
        tall.setFitToWidth(true);
        tall.setPannable(true);
        tall.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tall.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tall.getStyleClass().addAll("scroller", "staff-tall");
        tall.setId("staff-scroll");
        layout.getStyleClass().add("staff-layout");
        getChildren().add(layout);
        arrange(false);
        // portrait: the two cards one above the other, the whole panel scrolling; landscape: side by side
        layoutBoundsProperty().addListener((obs, old, now) -> arrange(now.getWidth() < now.getHeight()));

        state.lastCheckProperty().addListener((obs, old, now) -> refreshContent());
        state.contentProperty().addListener((obs, old, now) -> {
            rebuildLanguages(now);
            refreshContent();
            showUsage(summary);
        });
        i18n.languageProperty().addListener((obs, old, now) -> {
            refreshContent();
            showUsage(summary);
            selectLanguage();
        });
        rebuildLanguages(state.content());
    }

    /** Side by side in a wide window, one column that scrolls in a portrait one. */
    private void arrange(boolean portrait) {
        if (portrait == stacked.getChildren().contains(contentCard) && layout.getCenter() != null) {
            return;
        }
        pseudoClassStateChanged(PORTRAIT, portrait);
        header.setRight(null);
        header.setBottom(null);
        if (portrait) {
            header.setBottom(headerButtons);
        } else {
            header.setRight(headerButtons);
        }
        layout.setTop(header);
        if (portrait) {
            columns.getChildren().clear();
            stacked.getChildren().setAll(contentCard, usageCard);
            tall.setContent(stacked);
        } else {
            stacked.getChildren().clear();
            columns.getChildren().setAll(contentCard, usageCard);
            tall.setContent(columns);
        }
        // side by side the cards fill the window's height, and scroll only when larger text makes them taller
        tall.setFitToHeight(!portrait);
        layout.setCenter(tall);
    }

    /** Whether the panel shows its cards in one column (a portrait window). */
    boolean stackedLayout() {
        return tall.getContent() == stacked;
    }

    private VBox card(String headingKey, Node... children) {
        Label heading = new Label();
        heading.getStyleClass().add("staff-heading");
        heading.textProperty().bind(words.text(headingKey));
        VBox card = new VBox(heading);
        card.getChildren().addAll(children);
        card.getStyleClass().addAll("card", "staff-card");
        return card;
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Brings every part up to date; call as the panel opens. */
    public void open() {
        exitArmed = false;
        exit.textProperty().bind(words.text("staff.exit"));
        exit.pseudoClassStateChanged(ARMED_EXIT, false);
        refreshContent();
        refreshUsage();
    }

    private void refreshContent() {
        Content content = state.content();
        ContentState.Check check = state.lastCheck();
        loaded.setText(words.get("staff.content.loaded", Dates.moment(content.loadedAt(), clock.getZone())));
        from.setText(words.get("staff.content.from", state.configuredFolder() == null || state.showingFallback()
                ? words.get("staff.content.bundled") : content.root().toString()));
        String checkedFolder = check == null || check.folder() == null ? ""
                : check.folder().equals(state.configuredFolder()) ? check.folder().toString()
                : words.get("staff.content.bundled");
        String noteText = "";
        if (state.showingFallback()) {
            noteText = words.get("staff.content.fallback");
        } else if (check != null && !check.applied()) {
            noteText = words.get("staff.content.kept");
        }
        note.setText(noteText);
        note.setVisible(!noteText.isEmpty());
        note.setManaged(!noteText.isEmpty());
        List<Problem> list = check == null ? state.problems() : check.problems();
        long errors = list.stream().filter(Problem::isError).count();
        checked.setText(check == null ? "" : words.get("staff.content.checked",
                Dates.moment(check.at(), clock.getZone()),
                errors, list.size() - errors)
                + (checkedFolder.isEmpty() ? "" : " · " + checkedFolder));
        watchNote.setText(words.get(watching ? "staff.content.watching" : state.configuredFolder() == null
                ? "staff.content.builtin" : "staff.content.manual"));
        List<Node> rows = new ArrayList<>();
        // errors first: they are why an edit is not on show
        List<Problem> sorted = list.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError())).toList();
        for (Problem p : sorted.subList(0, Math.min(MAX_PROBLEMS, sorted.size()))) {
            Label row = new Label(p.describe(staffLanguage));
            row.getStyleClass().addAll("staff-problem", p.isError() ? "problem-error" : "problem-warning");
            row.setWrapText(true);
            row.setMinHeight(Region.USE_PREF_SIZE);
            rows.add(row);
        }
        if (sorted.size() > MAX_PROBLEMS) {
            rows.add(new Label(words.get("staff.content.more", String.valueOf(sorted.size() - MAX_PROBLEMS))));
        }
        if (rows.isEmpty()) {
            Label clean = new Label(words.get("staff.content.clean"));
            clean.getStyleClass().add("staff-clean");
            rows.add(clean);
        }
        problems.getChildren().setAll(rows);
    }

    private void rebuildLanguages(Content content) {
        languages.getChildren().retainAll(languages.getChildren().get(0));
        languageGroup.getToggles().clear();
        for (Language language : content.exhibition().languages()) {
            ToggleButton button = new ToggleButton(language.name());
            button.setId("staff-lang-" + language.code());
            button.getStyleClass().addAll("touch-button", "language-button");
            button.setUserData(language.code());
            button.setToggleGroup(languageGroup);
            button.setOnAction(e -> {
                i18n.setLanguage(language.code());
                button.setSelected(true);
            });
            languages.getChildren().add(button);
        }
        selectLanguage();
    }

    private void selectLanguage() {
        languageGroup.getToggles().forEach(t -> t.setSelected(i18n.language().equals(t.getUserData())));
    }

    private void refreshUsage() {
        if (!analytics.enabled()) {
            summary = null;
            showUsage(null);
            return;
        }
        Path dir = analytics.dir();
        LocalDate today = LocalDate.now(clock);
        tasks.submit("reading today's visitor statistics", () -> DaySummary.of(VisitLog.readDay(dir, today)),
                s -> {
                    summary = s;
                    showUsage(s);
                }, e -> {
                    summary = null;
                    usage.setText(e instanceof IOException ? e.getMessage() : e.toString());
                });
    }

    private void showUsage(DaySummary s) {
        files.setText(words.get("staff.files", analytics.enabled() ? analytics.dir().toString()
                : words.get("staff.files.none"), logsDir == null ? words.get("staff.files.none") : logsDir.toString()));
        if (!analytics.enabled()) {
            usage.setText(words.get("staff.usage.off"));
        } else if (s == null || s.visits() == 0) {
            usage.setText(words.get("staff.usage.none"));
        } else {
            usage.setText(words.get("staff.usage.summary", String.valueOf(s.visits()),
                    String.valueOf(Math.round(s.averageActiveSeconds()))));
        }
        boolean any = s != null && s.visits() > 0;
        usageLanguages.setText(any ? words.get("staff.usage.languages", names(s.visitsByLanguage())) : "");
        usageScreens.setText(any ? words.get("staff.usage.screens", screens(s.screenViews())) : "");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        if (s != null) {
            List<Map.Entry<String, Integer>> top = s.caseOpens().entrySet().stream().limit(CHART_CASES).toList();
            // a horizontal chart draws its first category at the bottom: most opened goes last, to the top
            for (int i = top.size() - 1; i >= 0; i--) {
                series.getData().add(new XYChart.Data<>(top.get(i).getValue(), caseTitle(top.get(i).getKey())));
            }
        }
        chart.getData().setAll(List.of(series));
        chart.setVisible(!series.getData().isEmpty());
        noCases.setText(words.get("staff.usage.nocases"));
        noCases.setVisible(any && series.getData().isEmpty());
    }

    private String caseTitle(String id) {
        String title = state.content().caseStudy(id).map(c -> words.get(c.title())).orElse(id);
        return title.length() > 34 ? title.substring(0, 33) + "…" : title;
    }

    private String names(Map<String, Integer> byLanguage) {
        return byLanguage.entrySet().stream().map(e -> state.content().exhibition().language(e.getKey())
                .map(Language::name).orElse(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    /** Screen ids as the touch bar and home name them, in the language shown. */
    private String screens(Map<String, Integer> counts) {
        Map<String, String> keys = Map.of("home", "nav.home", "timeline", "home.timeline", "cases", "home.cases",
                "map", "home.map");
        return counts.entrySet().stream().map(e -> (keys.containsKey(e.getKey()) ? words.get(keys.get(e.getKey()))
                : e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    /** Today's summary as last read, for tests. */
    DaySummary summary() {
        return summary;
    }
}
