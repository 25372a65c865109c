package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;

class CasesModelTest {

    private static Content content;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(BundledContent.root()).content();
    }

    private static CasesModel.Chip chip(CasesModel model, CasesModel.Facet facet, String value) {
        return model.chips(facet).stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void chipsOfferOnlyValuesSomeCaseHasInTheExhibitionsOrder() {
        CasesModel model = new CasesModel(content);
        List<String> regions = model.chips(CasesModel.Facet.REGION).stream().map(CasesModel.Chip::value).toList();
        List<String> declared = content.exhibition().regions().stream().map(c -> c.id()).toList();
        assertThat(regions).isNotEmpty().allMatch(r -> content.cases().stream().anyMatch(c -> c.region().equals(r)));
        assertThat(declared).containsSubsequence(regions);
        List<String> years = model.chips(CasesModel.Facet.YEAR).stream().map(CasesModel.Chip::value).toList();
        assertThat(years).isSorted().contains("2017", "2023").doesNotContainNull();
    }

    @Test
    void aChipNarrowsTheCasesAndTheCountFollows() {
        CasesModel model = new CasesModel(content);
        assertThat(model.visibleCountProperty().get()).isEqualTo(content.cases().size());
        model.toggle(chip(model, CasesModel.Facet.REGION, "africa"));
        assertThat(model.visible()).isNotEmpty().allMatch(c -> c.region().equals("africa"));
        assertThat(model.visibleCountProperty().get()).isEqualTo(model.visible().size())
                .isLessThan(content.cases().size());
        assertThat(model.filteringProperty().get()).isTrue();
    }

    @Test
    void facetsCombineAndAChipTappedAgainTurnsOff() {
        CasesModel model = new CasesModel(content);
        CasesModel.Chip africa = chip(model, CasesModel.Facet.REGION, "africa");
        model.toggle(africa);
        int africaCount = model.visible().size();
        model.toggle(chip(model, CasesModel.Facet.YEAR, "2023"));
        assertThat(model.visible()).isNotEmpty()
                .allMatch(c -> c.region().equals("africa") && Integer.valueOf(2023).equals(c.year()))
                .hasSizeLessThan(africaCount);
        model.toggle(chip(model, CasesModel.Facet.YEAR, "2023"));
        assertThat(model.visible()).hasSize(africaCount);
    }

    @Test
    void anotherChipOfTheSameFacetReplacesTheFirst() {
        CasesModel model = new CasesModel(content);
        model.toggle(chip(model, CasesModel.Facet.REGION, "africa"));
        model.toggle(chip(model, CasesModel.Facet.REGION, "europe"));
        assertThat(model.visible()).isNotEmpty().allMatch(c -> c.region().equals("europe"));
        assertThat(model.isOn(chip(model, CasesModel.Facet.REGION, "africa"))).isFalse();
    }

    @Test
    void aChipThatWouldLeaveTheGridEmptyCannotBeTurnedOn() {
        CasesModel model = new CasesModel(content);
        model.toggle(chip(model, CasesModel.Facet.REGION, "europe"));
        int inEurope = model.visibleCountProperty().get();
        long europeIn2017 = content.cases().stream()
                .filter(c -> c.region().equals("europe") && Integer.valueOf(2017).equals(c.year())).count();
        assertThat(europeIn2017).isZero();
        CasesModel.Chip year2017 = chip(model, CasesModel.Facet.YEAR, "2017");
        assertThat(model.countWith(year2017)).isZero();
        model.toggle(year2017);
        assertThat(model.isOn(year2017)).isFalse();
        assertThat(model.visibleCountProperty().get()).isEqualTo(inEurope).isPositive();
    }

    @Test
    void showAllAndResetClearEveryFilterAndCloseTheCase() {
        CasesModel model = new CasesModel(content);
        model.toggle(chip(model, CasesModel.Facet.THEME, "environment"));
        assertThat(model.open("digital-uganda")).isTrue();
        model.showAll();
        assertThat(model.visible()).hasSize(content.cases().size());
        assertThat(model.openCase()).isNotNull();
        model.toggle(chip(model, CasesModel.Facet.THEME, "environment"));
        model.reset();
        assertThat(model.visible()).hasSize(content.cases().size());
        assertThat(model.filteringProperty().get()).isFalse();
        assertThat(model.openCase()).isNull();
    }

    @Test
    void anUnknownCaseIdLeavesTheGridShowing() {
        CasesModel model = new CasesModel(content);
        assertThat(model.open("no-such-case")).isFalse();
        assertThat(model.openCase()).isNull();
    }

    @Test
    void newContentKeepsTheOpenCaseOnlyWhenItStillExists() {
        CasesModel model = new CasesModel(content);
        model.open("digital-uganda");
        model.setContent(content);
        assertThat(model.openCase()).extracting(CaseStudy::id).isEqualTo("digital-uganda");
        Content without = new Content(content.root(), content.exhibition(), content.events(),
                content.cases().stream().filter(c -> !c.id().equals("digital-uganda")).toList(),
                content.countries(), content.story(), content.loadedAt());
        model.setContent(without);
        assertThat(model.openCase()).isNull();
        assertThat(model.visible()).hasSize(content.cases().size() - 1);
    }

    @Test
    void cardMetaSaysYearAndThemeOrThemeAloneWhenTheYearIsUnknown() {
        CasesModel model = new CasesModel(content);
        CaseStudy hospital = content.caseStudy("th-5g-smart-hospital").orElseThrow();
        assertThat(model.meta(hospital, "en")).isEqualTo("2021 · Health");
        CaseStudy undated = content.cases().stream().filter(c -> c.year() == null).findFirst().orElseThrow();
        assertThat(model.meta(undated, "zh")).isEqualTo(model.theme(undated, "zh")).doesNotContain("null");
    }

    @Test
    void theGridTakesAsManyCardsAsTheWidthHoldsAndNeverShrinksThem() {
        // the room inside the screen's padding, in design pixels: 1920 landscape, 2560 ultrawide, 1080 portrait
        CasesModel.Grid landscape = CasesModel.grid(1792);
        assertThat(landscape).isEqualTo(new CasesModel.Grid(4, CasesModel.CARD_WIDTH));
        CasesModel.Grid ultrawide = CasesModel.grid(2432);
        assertThat(ultrawide.columns()).isGreaterThan(4);
        assertThat(ultrawide.cardWidth()).isGreaterThanOrEqualTo(CasesModel.CARD_WIDTH);
        CasesModel.Grid portrait = CasesModel.grid(952);
        assertThat(portrait.columns()).isEqualTo(2);
        assertThat(portrait.cardWidth()).as("wider, filling the row").isGreaterThan(CasesModel.CARD_WIDTH)
                .isLessThanOrEqualTo((952 - CasesModel.COLUMN_GAP) / 2);
        assertThat(portrait.coverHeight()).isGreaterThan(CasesModel.COVER_HEIGHT);
        for (CasesModel.Grid grid : List.of(landscape, ultrawide, portrait)) {
            double row = grid.columns() * grid.cardWidth() + (grid.columns() - 1) * CasesModel.COLUMN_GAP;
            assertThat(row).as("the row fits its room").isLessThanOrEqualTo(grid == landscape ? 1792
                    : grid == ultrawide ? 2432 : 952);
        }
    }

    @Test
    void aCasePageStacksOnlyInARoomTallerThanWide() {
        assertThat(CaseDetail.Layout.of(952, 1800)).isEqualTo(new CaseDetail.Layout(true, 952));
        assertThat(CaseDetail.Layout.of(952, 1800).mediaHeight()).isEqualTo(595);
        assertThat(CaseDetail.Layout.of(1792, 952)).isEqualTo(CaseDetail.Layout.LANDSCAPE);
        assertThat(CaseDetail.Layout.of(2432, 952)).isEqualTo(CaseDetail.Layout.LANDSCAPE);
        assertThat(CaseDetail.Layout.of(0, 0)).as("not laid out yet").isEqualTo(CaseDetail.Layout.LANDSCAPE);
    }
}
