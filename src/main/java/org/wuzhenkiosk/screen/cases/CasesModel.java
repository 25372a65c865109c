package org.wuzhenkiosk.screen.cases;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Category;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.LocalizedText;

/**
 * The cases screen's state: which filter chips are on, which cases that leaves, and which case is open.
 * One chip per facet at a time (tapping it again clears it); facets combine. Testable without a robot.
 */
final class CasesModel {

    private static final System.Logger LOG = System.getLogger(CasesModel.class.getName());

    /** A card as designed (design pixels): its width, its cover's height and the gaps between cards. */
    static final double CARD_WIDTH = 420;
    static final double COVER_HEIGHT = 176;
    static final double COLUMN_GAP = 24;
    static final double ROW_GAP = 20;
    /** Fewer columns would waste the width; a portrait screen gets two, wider. */
    static final int MIN_COLUMNS = 2;

    /** How the grid's cards sit in a row: how many, and how wide each (design pixels). */
    record Grid(int columns, double cardWidth) {
        /** The cover keeps the designed card's shape. */
        double coverHeight() {
            return Math.round(cardWidth * COVER_HEIGHT / CARD_WIDTH);
        }
    }

    /**
     * The grid for a row {@code width} design pixels wide: as many designed cards as fit (four at 1920, five on an
     * ultrawide, never fewer than two). Cards never shrink; they widen to fill the row when it would otherwise end
     * in an empty strip wider than two gaps (portrait, ultrawide), which reads as a hole rather than a margin.
     */
    static Grid grid(double width) {
        int columns = Math.max(MIN_COLUMNS, (int) Math.floor((width + COLUMN_GAP) / (CARD_WIDTH + COLUMN_GAP)));
        double gaps = COLUMN_GAP * (columns - 1);
        double left = width - gaps - columns * CARD_WIDTH;
        if (left <= 2 * COLUMN_GAP) {
            return new Grid(columns, CARD_WIDTH);
        }
        return new Grid(columns, Math.floor((width - gaps) / columns));
    }

    /** What a chip filters by. */
    enum Facet {
        REGION("region"), THEME("theme"), YEAR("year");

        final String id;

        Facet(String id) {
            this.id = id;
        }
    }

    /** A filter chip: its facet, the value it keeps (a region or theme id, or a year) and its label. */
    record Chip(Facet facet, String value, LocalizedText label) {
        String id() {
            return "filter-" + facet.id + "-" + value;
        }
    }

    private final ObservableList<CaseStudy> visible = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<CaseStudy> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    private final ReadOnlyObjectWrapper<CaseStudy> openCase = new ReadOnlyObjectWrapper<>(this, "openCase");
    private final Map<Facet, String> selected = new EnumMap<>(Facet.class);
    private final ReadOnlyIntegerWrapper selectionChanges = new ReadOnlyIntegerWrapper(this, "selectionChanges");
    private final Map<CaseStudy, Integer> hues = new IdentityHashMap<>();
    private Content content;

    CasesModel(Content content) {
        setContent(content);
    }

    /** New content: every filter off, the open case closed unless it still exists. */
    void setContent(Content content) {
        this.content = content;
        hues.clear();
        all().forEach(c -> hues.put(c, hues.size()));
        selected.clear();
        CaseStudy open = openCase.get();
        if (open != null) {
            openCase.set(content == null ? null : content.caseStudy(open.id()).orElse(null));
        }
        apply();
    }

    Content content() {
        return content;
    }

    List<CaseStudy> all() {
        return content == null ? List.of() : content.cases();
    }

    /** A case's place among all cases, which picks its drawn cover's colours. */
    int hue(CaseStudy caseStudy) {
        return hues.getOrDefault(caseStudy, 0);
    }

    // ---- filters ----

    /** The chips of a facet, only for values some case has, in the order the exhibition lists them. */
    List<Chip> chips(Facet facet) {
        if (content == null) {
            return List.of();
        }
        return switch (facet) {
            case REGION -> categoryChips(facet, content.exhibition().regions(), CaseStudy::region);
            case THEME -> categoryChips(facet, content.exhibition().themes(), CaseStudy::theme);
            case YEAR -> {
                Set<Integer> years = all().stream().map(CaseStudy::year).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new));
                yield years.stream().map(y -> new Chip(facet, String.valueOf(y), null)).toList();
            }
        };
    }

    private List<Chip> categoryChips(Facet facet, List<Category> categories, Function<CaseStudy, String> of) {
        Set<String> used = all().stream().map(of).collect(Collectors.toSet());
        return categories.stream().filter(c -> used.contains(c.id()))
                .map(c -> new Chip(facet, c.id(), c.label())).toList();
    }

    /** Turns {@code chip} on (replacing its facet's other chip) or, when it is on, off; never to an empty grid. */
    void toggle(Chip chip) {
        if (chip.value().equals(selected.get(chip.facet()))) {
            selected.remove(chip.facet());
        } else if (countWith(chip) == 0) {
            return;
        } else {
            selected.put(chip.facet(), chip.value());
        }
        apply();
    }

    boolean isOn(Chip chip) {
        return chip.value().equals(selected.get(chip.facet()));
    }

    /** The chips on now, by facet: what Back brings back. */
    Map<Facet, String> filters() {
        return selected.isEmpty() ? Map.of() : Map.copyOf(selected);
    }

    /** Turns on exactly {@code filters} (values the content no longer has are left off). */
    void setFilters(Map<Facet, String> filters) {
        if (filters.equals(selected)) {
            return;
        }
        selected.clear();
        filters.forEach((facet, value) -> {
            if (chips(facet).stream().anyMatch(c -> c.value().equals(value))) {
                selected.put(facet, value);
            }
        });
        apply();
    }

    /** Every filter off. */
    void showAll() {
        selected.clear();
        apply();
    }

    /** How many cases the grid would show with {@code chip} on instead of its facet's current chip. */
    int countWith(Chip chip) {
        Map<Facet, String> trial = new EnumMap<>(Facet.class);
        trial.putAll(selected);
        trial.put(chip.facet(), chip.value());
        return (int) all().stream().filter(c -> matches(c, trial)).count();
    }

    private static boolean matches(CaseStudy c, Map<Facet, String> filters) {
        for (Map.Entry<Facet, String> filter : filters.entrySet()) {
            String value = switch (filter.getKey()) {
                case REGION -> c.region();
                case THEME -> c.theme();
                case YEAR -> c.year() == null ? null : String.valueOf(c.year());
            };
            if (!filter.getValue().equals(value)) {
                return false;
            }
        }
        return true;
    }

    private void apply() {
        visible.setAll(all().stream().filter(c -> matches(c, selected)).toList());
        visibleCount.set(visible.size());
        filtering.set(!selected.isEmpty());
        selectionChanges.set(selectionChanges.get() + 1);
    }

    ObservableList<CaseStudy> visible() {
        return visibleView;
    }

    ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    int total() {
        return all().size();
    }

    ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    /** Ticks whenever chips turn on or off, so chip views can refresh their state. */
    ReadOnlyIntegerProperty selectionChangesProperty() {
        return selectionChanges.getReadOnlyProperty();
    }

    // ---- the open case ----

    /** Opens the case with {@code id}; false (and the grid stays) when the content has no such case. */
    boolean open(String id) {
        Optional<CaseStudy> found = content == null ? Optional.empty() : content.caseStudy(id);
        if (found.isEmpty()) {
            LOG.log(Level.WARNING, "asked to open case \"" + id + "\", which the content does not have");
            return false;
        }
        openCase.set(found.get());
        return true;
    }

    void close() {
        openCase.set(null);
    }

    ReadOnlyObjectProperty<CaseStudy> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    CaseStudy openCase() {
        return openCase.get();
    }

    /** The screen's start: no filter, no case open. */
    void reset() {
        close();
        showAll();
    }

    // ---- what cards and the detail say ----

    String chipLabel(Chip chip, String language) {
        if (chip.facet() == Facet.YEAR || chip.label() == null) {
            return chip.value();
        }
        return chip.label().in(language, content.exhibition().defaultLanguage());
    }

    String countryName(String code, String language) {
        return content.countryName(code, language);
    }

    String theme(CaseStudy caseStudy, String language) {
        return content.label(content.exhibition().themes(), caseStudy.theme(), language);
    }

    String region(CaseStudy caseStudy, String language) {
        return content.label(content.exhibition().regions(), caseStudy.region(), language);
    }

    /** "2021 · Health", or the theme alone when the year is not known. */
    String meta(CaseStudy caseStudy, String language) {
        String theme = theme(caseStudy, language);
        return caseStudy.year() == null ? theme : caseStudy.year() + " · " + theme;
    }
}
