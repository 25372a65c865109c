package org.wuzhenkiosk.upkeep.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What staff see of one day's visits: how many, how long, which cases were opened most, which languages.
 * A visit that ended because staff opened their panel is staff at work, not a visitor, and is not counted.
 *
 * @param caseOpens     times each case was opened, most opened first
 * @param visitsByLanguage visits that used each language (a visit that switched counts for both)
 * @param screenViews   times each screen was shown, most first
 */
public record DaySummary(int visits, double averageActiveSeconds, Map<String, Integer> caseOpens,
                         Map<String, Integer> visitsByLanguage, Map<String, Integer> screenViews) {

    public static DaySummary of(List<VisitEvent> events) {
        Set<String> staff = events.stream().filter(e -> VisitEvent.VISIT_END.equals(e.event())
                && "staff".equals(e.reason()) && e.visit() != null).map(VisitEvent::visit).collect(Collectors.toSet());
        int visits = 0;
        double active = 0;
        int ended = 0;
        Map<String, Integer> cases = new HashMap<>();
        Map<String, Integer> screens = new HashMap<>();
        Map<String, Set<String>> languagesOfVisit = new LinkedHashMap<>();
        for (VisitEvent e : events) {
            if (staff.contains(e.visit())) {
                continue;
            }
            switch (e.event() == null ? "" : e.event()) {
                case VisitEvent.VISIT_START -> {
                    visits++;
                    addLanguage(languagesOfVisit, e);
                    if (e.screen() != null) {
                        screens.merge(e.screen(), 1, Integer::sum);
                    }
                }
                case VisitEvent.LANGUAGE -> addLanguage(languagesOfVisit, e);
                case VisitEvent.SCREEN -> screens.merge(e.screen() == null ? "?" : e.screen(), 1, Integer::sum);
                case VisitEvent.CASE_OPEN -> cases.merge(e.caseId() == null ? "?" : e.caseId(), 1, Integer::sum);
                case VisitEvent.VISIT_END -> {
                    if (e.active() != null) {
                        active += e.active();
                        ended++;
                    }
                }
                default -> {
                    // a kind of line this version does not summarise
                }
            }
        }
        Map<String, Integer> languages = new HashMap<>();
        languagesOfVisit.values().forEach(set -> set.forEach(l -> languages.merge(l, 1, Integer::sum)));
        return new DaySummary(visits, ended == 0 ? 0 : active / ended, mostFirst(cases), mostFirst(languages),
                mostFirst(screens));
    }

    private static void addLanguage(Map<String, Set<String>> languagesOfVisit, VisitEvent e) {
        if (e.language() != null && e.visit() != null) {
            languagesOfVisit.computeIfAbsent(e.visit(), v -> new LinkedHashSet<>()).add(e.language());
        }
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
