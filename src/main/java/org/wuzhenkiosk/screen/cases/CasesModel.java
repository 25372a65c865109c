package org.wuzhenkiosk.screen.cases;

import java.util.List;
import java.util.stream.Collectors;
import org.wuzhenkiosk.content.CaseStudy;
import org.wuzhenkiosk.content.Content;

/** What a case card says besides its title: its countries and its year and theme, in a language. */
final class CasesModel {

    private final Content content;

    CasesModel(Content content) {
        this.content = content;
    }

    List<CaseStudy> cases() {
        return content.cases();
    }

    String countries(CaseStudy caseStudy, String language) {
        String separator = language.startsWith("zh") ? "、" : ", ";
        return caseStudy.countries().stream().map(code -> content.countryName(code, language))
                .collect(Collectors.joining(separator));
    }

    String meta(CaseStudy caseStudy, String language) {
        String theme = content.label(content.exhibition().themes(), caseStudy.theme(), language);
        return caseStudy.year() == null ? theme : caseStudy.year() + " · " + theme;
    }

    String theme(CaseStudy caseStudy, String language) {
        return content.label(content.exhibition().themes(), caseStudy.theme(), language);
    }
}
