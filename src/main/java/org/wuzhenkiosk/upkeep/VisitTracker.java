package org.wuzhenkiosk.upkeep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.upkeep.analytics.Analytics;

/**
 * Turns what the kiosk does into visit statistics, by listening only: a visit starts at the first touch after a
 * reset and ends at the reset; screens come from the navigator; a case counts as opened when its page opens,
 * whatever led there (a card, a timeline link, the map, the attract loop), but not when Back returns to it; it
 * counts as closed, with the time its page showed, when the page goes.
 */
final class VisitTracker {

    private final Analytics analytics;
    private final IdleTimer idle;
    private final Navigator navigator;
    private final I18n i18n;
    private final Clock clock;
    private String openCase;
    private Instant openedAt;
    private boolean paused;

    VisitTracker(Analytics analytics, IdleTimer idle, Navigator navigator, I18n i18n, Clock clock) {
        this.analytics = analytics;
        this.idle = idle;
        this.navigator = navigator;
        this.i18n = i18n;
        this.clock = clock;
        idle.phaseProperty().addListener((obs, old, now) -> {
            boolean wasAway = old == IdleTimer.Phase.WAITING || old == IdleTimer.Phase.ATTRACT;
            if (wasAway && now == IdleTimer.Phase.IN_USE && !paused) {
                analytics.visitStarted(i18n.language(), navigator.current().id());
            }
        });
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                analytics.screenShown(now.id());
            }
        });
        navigator.caseViewProperty().addListener((obs, old, now) -> {
            closeCase();
            if (now != null && analytics.inVisit()) {
                openCase = now.caseId();
                openedAt = clock.instant();
                if (!now.returned()) {
                    analytics.caseOpened(openCase);
                }
            }
        });
        i18n.languageProperty().addListener((obs, old, now) -> analytics.languageChosen(now));
    }

    private void closeCase() {
        if (openCase != null) {
            analytics.caseClosed(openCase, Duration.between(openedAt, clock.instant()));
            openCase = null;
        }
    }

    /** Ends the visit in progress, if any: {@code idle} after a timeout, {@code staff} when staff took over. */
    void endVisit(String reason) {
        if (!analytics.inVisit()) {
            return;
        }
        closeCase();
        Instant start = idle.visitStart();
        Instant now = clock.instant();
        Duration length = start == null ? Duration.ZERO : Duration.between(start, now);
        Duration active = start == null ? Duration.ZERO : Duration.between(start, idle.lastTouch());
        analytics.visitEnded(length, active.isNegative() ? Duration.ZERO : active, reason);
    }

    /** While staff use the kiosk nothing is recorded; recording resumes with the next visitor after a reset. */
    void pause() {
        endVisit("staff");
        paused = true;
    }

    void resume() {
        paused = false;
    }
}
