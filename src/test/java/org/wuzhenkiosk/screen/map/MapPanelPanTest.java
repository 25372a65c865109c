package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Basemap;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.ManualFrameClock;

/**
 * A map too narrow for a card beside the touched pin on either side: the card docks away from the pin and the map
 * pans, so the pin stays in sight beside the card; on a wide map nothing moves.
 */
@ExtendWith(ApplicationExtension.class)
class MapPanelPanTest {

    private static Basemap world;
    private static Content content;

    @BeforeAll
    static void load() {
        world = BasemapLoader.load(BasemapLoader.bundled()).basemap();
        content = ContentLoader.load(BundledContent.root()).content();
    }

    /** The pin's place on screen after its card opened on a map {@code width} wide, zoomed in on the pin. */
    private static double[] tapMiddlePin(double width) {
        MapModel model = new MapModel(world, content);
        model.setViewport(width, 900);
        ManualFrameClock frames = new ManualFrameClock();
        KioskContext context = new KioskContext(new SimpleObjectProperty<>(content), new I18n("en", "zh"),
                new Navigator(ScreenName.MAP), frames);
        MapPanel panel = new MapPanel(model, context, ImageCache.ofMegabytes(16), new MapMotion(model, frames),
                () -> { }, () -> { });
        MapModel.Location pin = model.locations().stream().filter(l -> !l.cases().isEmpty())
                .min(Comparator.comparing(l -> Math.abs(l.place().lon() - 100))).orElseThrow();
        double s = model.minScale() * 4;
        model.setView(s, width / 2 - pin.x() * s, 450 - pin.y() * s);
        double before = model.toScreenX(pin.x());

        panel.openCard(pin.cases().get(0), pin);
        frames.advance(Duration.ofSeconds(3));

        return new double[] {before, model.toScreenX(pin.x()), panel.dockedLeftProperty().get() ? 1 : 0};
    }

    @Test
    void onAMapTooNarrowForTheCardBesideThePinTheMapPansThePinIntoTheRoomLeft() {
        double width = 1000;
        double[] pin = tapMiddlePin(width);

        boolean left = pin[2] == 1;
        double cardFrom = left ? MapPanel.EDGE : width - MapPanel.EDGE - MapPanel.WIDTH;
        double cardTo = cardFrom + MapPanel.WIDTH;
        assertThat(pin[0]).as("the pin starts under where the card goes").isBetween(cardFrom, cardTo);
        assertThat(pin[1]).as("after the pan the pin lies beside the card, on the map")
                .isBetween(0.0, width).matches(x -> x < cardFrom || x > cardTo, "outside the card");
    }

    @Test
    void onAWideMapTheCardDocksAwayFromThePinAndTheMapStaysStill() {
        double[] pin = tapMiddlePin(1920);

        assertThat(pin[1]).isEqualTo(pin[0]);
    }
}
