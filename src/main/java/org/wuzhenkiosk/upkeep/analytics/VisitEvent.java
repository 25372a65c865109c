package org.wuzhenkiosk.upkeep.analytics;

import java.time.OffsetDateTime;

/**
 * One line of the statistics: what happened in a visit, never who visited. Fields that do not apply are null.
 *
 * @param visit   a random id that groups the lines of one visit (first touch to idle reset); new every visit
 * @param seconds how long: a case's dwell time, or a visit's length up to its reset
 * @param active  for a visit: from its first touch to its last
 * @param reason  why a visit ended: {@code idle} (nobody answered), {@code staff} (the staff panel opened)
 */
public record VisitEvent(OffsetDateTime time, String event, String visit, String screen, String caseId,
                         String language, Double seconds, Double active, String reason) {

    public static final String VISIT_START = "visit-start";
    public static final String SCREEN = "screen";
    public static final String LANGUAGE = "language";
    public static final String CASE_OPEN = "case-open";
    public static final String CASE_CLOSE = "case-close";
    public static final String VISIT_END = "visit-end";
}
