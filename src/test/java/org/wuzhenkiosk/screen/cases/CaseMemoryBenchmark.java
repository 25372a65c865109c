package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.content.CaseStudy;

/**
 * Opens and closes every case many times, as a day of visitors would, and prints what stays in memory: open and
 * reachable media players, decoded pictures, detail pages and heap. Nothing may grow from round to round.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class CaseMemoryBenchmark {

    private static final int ROUNDS = 20;
    private KioskFixture fixture;
    private KioskApp.Kiosk kiosk;
    private CasesScreen screen;

    @Start
    void start(Stage stage) {
        fixture = KioskFixture.show(stage, CasesKiosk.englishOnCases());
        kiosk = fixture.kiosk();
        screen = CasesKiosk.screen(kiosk);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** One round's figures, after a garbage collection. */
    record Round(int round, int openPlayers, long createdPlayers, int reachablePlayers, int cachedImages,
                 int liveImages, int liveDetails, long heapKb) {
    }

    @Test
    void openingEveryCaseTwentyTimesLeavesMemoryFlat(FxRobot robot) {
        List<CaseStudy> cases = kiosk.content().content().cases();
        Set<Image> images = Collections.newSetFromMap(new WeakHashMap<>());
        List<WeakReference<CaseDetail>> details = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            for (CaseStudy c : cases) {
                robot.interact(() -> {
                    screen.model().open(c.id());
                    CaseDetail detail = screen.detail();
                    details.add(new WeakReference<>(detail));
                    collectImages(detail, images);
                    // visitors press play too: narration and video start before the page closes
                    detail.narration().ifPresent(n -> n.play());
                    detail.videos().forEach(v -> v.play());
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> screen.model().close());
            }
            WaitForAsyncUtils.waitForFxEvents();
            settle();
            int[] figures = new int[3];
            long[] created = new long[1];
            robot.interact(() -> {
                figures[0] = screen.players().openCount();
                figures[1] = screen.players().reachableCount();
                figures[2] = screen.images().size();
                created[0] = screen.players().createdCount();
            });
            Runtime rt = Runtime.getRuntime();
            rounds.add(new Round(round, figures[0], created[0], figures[1], figures[2], images.size(),
                    (int) details.stream().filter(r -> r.get() != null).count(),
                    (rt.totalMemory() - rt.freeMemory()) / 1024));
        }

        System.out.println("round  open-players  created  reachable-players  cached-images  live-images"
                + "  live-details  heap-KB");
        rounds.forEach(r -> System.out.printf("%5d  %12d  %7d  %17d  %13d  %11d  %12d  %7d%n", r.round(),
                r.openPlayers(), r.createdPlayers(), r.reachablePlayers(), r.cachedImages(), r.liveImages(),
                r.liveDetails(), r.heapKb()));

        Round first = rounds.get(0);
        Round last = rounds.get(rounds.size() - 1);
        assertThat(rounds).allSatisfy(r -> assertThat(r.openPlayers()).as("players left open").isZero());
        // two narrations every round, and the clip too where an H.264 decoder is installed
        assertThat(last.createdPlayers()).as("players were really made").isGreaterThanOrEqualTo(ROUNDS * 2L);
        assertThat(last.reachablePlayers()).as("players still reachable").isLessThanOrEqualTo(
                Math.max(first.reachablePlayers(), 1));
        assertThat(last.cachedImages()).as("cache stays within its bound and does not grow")
                .isEqualTo(first.cachedImages());
        assertThat(last.liveImages()).as("no decoded picture outlives the cache").isLessThanOrEqualTo(
                last.cachedImages());
        assertThat(last.liveDetails()).as("closed detail pages are collected").isLessThanOrEqualTo(1);
        Round second = rounds.get(1);
        assertThat(last.heapKb() - second.heapKb()).as("heap growth from round 2 to round %d, KB", ROUNDS)
                .isLessThan(16 * 1024);
    }

    private static void collectImages(Node node, Set<Image> images) {
        if (node instanceof ImageView view && view.getImage() != null) {
            images.add(view.getImage());
        }
        if (node instanceof ScrollPane pane && pane.getContent() != null) {
            collectImages(pane.getContent(), images); // before its first layout a scroll pane has no children
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectImages(child, images));
        }
    }

    /** A few collections, letting queued FX work (player callbacks) run in between. */
    private static void settle() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
