package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskFixture;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Basemap;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.SyntheticContent;

/**
 * The map with 1,000 pins: prints what projecting, clustering and drawing cost; asserts only what is drawn. Runs
 * in the bench profile; alone: {@code mvn -B test -Dtest=MapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class MapBenchmark {

    private Stage stage;
    private KioskFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aThousandPinsStayFewNodesAtEveryZoom(FxRobot robot, @TempDir Path dir) {
        Path folder = SyntheticContent.besideBundled(dir.resolve("content")).casesWithPins(250, 4).seed(2014).write();
        ContentLoader.Result loaded = ContentLoader.load(folder);
        assertThat(loaded.errors()).isEmpty();
        int places = loaded.content().cases().stream().mapToInt(c -> c.places().size()).sum();
        assertThat(places).isGreaterThanOrEqualTo(1000);

        Basemap world = BasemapLoader.load(BasemapLoader.bundled()).basemap();
        List<Long> projections = new ArrayList<>();
        MapModel model = null;
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            model = new MapModel(world, loaded.content());
            projections.add(System.nanoTime() - t0);
        }
        model.setViewport(1920, 984);
        System.out.printf(Locale.ROOT, "map benchmark: %d countries, %d pins (%d places), %d arcs%n",
                model.countries().size(), model.locations().size(), places, model.arcs().size());
        System.out.printf(Locale.ROOT,
                "map benchmark: projecting the basemap and content once: %.1f ms (median of 7)%n",
                median(projections) / 1e6);

        fixture = KioskFixture.show(stage, KioskSettings.DEFAULTS.withFullScreen(false).withContentDir(folder)
                .withStartScreen(ScreenName.MAP));
        MapScreen screen = (MapScreen) fixture.kiosk().shell().screen(ScreenName.MAP);
        MapModel live = screen.model();
        assertThat(live.locations()).hasSize(model.locations().size());

        for (double zoom : new double[] {1, 2, 4, 8, 16, 24}) {
            List<Long> clustering = new ArrayList<>();
            int clusters = 0;
            for (int i = 0; i < 21; i++) {
                long t0 = System.nanoTime();
                clusters = PinClusters.cluster(live.locations(), live.minScale() * zoom, MapModel.CLUSTER_RADIUS)
                        .size();
                clustering.add(System.nanoTime() - t0);
            }
            double z = zoom;
            robot.interact(() -> {
                live.reset();
                live.zoomAt(z, live.viewportWidth() * 0.62, live.viewportHeight() * 0.4); // over Asia
            });
            WaitForAsyncUtils.waitForFxEvents();
            // what one frame of a drag and of a pinch costs: the view change, clustering, culling, labels
            List<Long> pans = new ArrayList<>();
            List<Long> pinches = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int step = i;
                robot.interact(() -> {
                    long t0 = System.nanoTime();
                    live.panBy(step % 2 == 0 ? 9 : -9, 4);
                    pans.add(System.nanoTime() - t0);
                    t0 = System.nanoTime();
                    live.zoomAt(step < 15 ? 1.02 : 1 / 1.02, live.viewportWidth() / 2, live.viewportHeight() / 2);
                    pinches.add(System.nanoTime() - t0);
                });
            }
            WaitForAsyncUtils.waitForFxEvents();
            System.out.printf(Locale.ROOT, "map benchmark: zoom %4.1f: clustering %.2f ms -> %d clusters; "
                            + "a drag frame %.2f ms, a pinch frame %.2f ms (medians); drawn: %d markers, %d labels, "
                            + "%d nodes in all%n", zoom, median(clustering) / 1e6, clusters, median(pans) / 1e6,
                    median(pinches) / 1e6, screen.drawnMarkers(), screen.drawnLabels(), screen.drawnNodes());
            // culling and clustering keep the markers on screen far below the thousand pins
            int[] liveClusters = new int[1];
            robot.interact(() -> liveClusters[0] = live.clusters().size());
            assertThat(screen.drawnMarkers()).isLessThanOrEqualTo(liveClusters[0]).isLessThan(300);
        }
        // with 250 linked cases only the highlighted case's arcs are drawn
        assertThat(live.arcs().size()).isGreaterThan(ArcLayer.ARC_LIMIT);
        assertThat(screen.drawnNodes()).isLessThan(177 + 300 + 200);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
