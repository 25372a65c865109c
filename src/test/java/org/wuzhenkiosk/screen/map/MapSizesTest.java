package org.wuzhenkiosk.screen.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.app.I18n;
import org.wuzhenkiosk.app.KioskContext;
import org.wuzhenkiosk.app.Navigator;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.theme.Theme;
import org.wuzhenkiosk.ui.ImageCache;
import org.wuzhenkiosk.ui.ManualFrameClock;
import org.wuzhenkiosk.ui.Resources;
import org.wuzhenkiosk.ui.KioskRoot;
import org.wuzhenkiosk.ui.Units;

/**
 * The map in windows of other shapes and sizes than the design's, in the kiosk's root as a window would hold it
 * (scaled from the design or laid out at the window's pixels, whichever the kiosk runs): a fingertip's pins on a
 * 4K panel, and on a portrait screen a card that rises from the bottom under a map as wide as the screen.
 */
@ExtendWith(ApplicationExtension.class)
class MapSizesTest {

    private static Content content;
    private final ManualFrameClock frames = new ManualFrameClock();

    @BeforeAll
    static void load() {
        content = ContentLoader.load(BundledContent.root()).content();
    }

    /** The map screen alone in a kiosk root of {@code width} x {@code height} window pixels, laid out. */
    private StackPane shown(MapScreen[] screen, double width, double height) throws Exception {
        return shown(screen, width, height, NodeOrientation.LEFT_TO_RIGHT);
    }

    private StackPane shown(MapScreen[] screen, double width, double height, NodeOrientation orientation)
            throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            KioskContext context = new KioskContext(new SimpleObjectProperty<>(content), new I18n("en", "zh"),
                    new Navigator(ScreenName.MAP), frames);
            screen[0] = new MapScreen(context, ImageCache.ofMegabytes(16),
                    BasemapLoader.loadOrBundled(null));
            StackPane content = new StackPane(screen[0].view());
            content.setNodeOrientation(orientation);
            KioskRoot root = new KioskRoot(content, new Units());
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(Resources.stylesheet(Theme.class, Theme.STYLESHEET)); // the palette
            root.resize(width, height);
            settle(root);
            return content;
        }).get();
    }

    private void settle(Parent root) {
        for (int i = 0; i < 3; i++) { // a new unit restyles, and a restyled scene lays out again
            root.applyCss();
            root.layout();
        }
        frames.advance(Duration.ofSeconds(3));
        root.applyCss();
        root.layout();
    }

    private void tap(StackPane root, String pinId) throws Exception {
        Node pin = root.lookup(pinId);
        WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = pin.getLayoutBounds();
            pin.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, b.getCenterX(), b.getCenterY(), 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, false, false, false, false, false, true,
                    null));
            settle(root.getScene().getRoot());
        }).get();
    }

    @Test
    void inARightToLeftLanguageTheCardStillOpensBesideTheTappedPinNotOverIt() throws Exception {
        MapScreen[] screen = new MapScreen[1];
        StackPane root = shown(screen, 1920, 1080, NodeOrientation.RIGHT_TO_LEFT);

        tap(root, "#map-pin-quito");

        Bounds card = inWindow(root.lookup("#map-panel"));
        Bounds pin = inWindow(root.lookup("#map-pin-quito"));
        assertThat(card.contains(pin.getCenterX(), pin.getCenterY())).as("Quito, on the map's left, under the card")
                .isFalse();
        assertThat(card.getMinX()).as("the card on the right, away from South America")
                .isGreaterThan(pin.getMaxX());
        assertThat(root.lookup("#map-heading").getParent().isVisible()).as("the heading (right, in Arabic) makes way")
                .isFalse();
    }

    private static Bounds inWindow(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void onAFourKPanelEveryPinAnswersAFingertipOfFiftySixDesignPixels() throws Exception {
        MapScreen[] screen = new MapScreen[1];
        StackPane root = shown(screen, 3840, 2160);
        double perDesignPx = 2160 / 1080.0;

        List<Node> markers = root.lookupAll(".map-marker").stream().toList();

        assertThat(markers).isNotEmpty();
        for (Node marker : markers) {
            Bounds b = inWindow(marker);
            assertThat(Math.min(b.getWidth(), b.getHeight()) / perDesignPx).as(marker.getId())
                    .isGreaterThan(56 - 1e-3); // a scaling transform rounds in floats
        }
    }

    @Test
    void onAPortraitScreenTheMapFillsTheWidthAndATappedPinsCardRisesFromTheBottom() throws Exception {
        MapScreen[] screen = new MapScreen[1];
        StackPane root = shown(screen, 1080, 1920);
        MapModel model = screen[0].model();
        Node viewport = root.lookup("#map-viewport");
        double width = inWindow(viewport).getWidth();
        double height = inWindow(viewport).getHeight();
        assertThat(model.toScreenX(MapModel.WORLD_HALF_WIDTH) - model.toScreenX(-MapModel.WORLD_HALF_WIDTH))
                .as("the world as wide as the map").isCloseTo(model.viewportWidth(), within(1.0));

        tap(root, "#map-pin-quito");

        Node panel = root.lookup("#map-panel");
        assertThat(panel.isVisible()).isTrue();
        Bounds card = inWindow(panel);
        Bounds map = inWindow(viewport);
        assertThat(card.getWidth()).as("a sheet across the map").isGreaterThan(0.9 * width);
        assertThat(card.getMinY()).as("over the lower part").isGreaterThan(map.getMinY() + height / 3);
        assertThat(card.getMaxY()).as("above the zoom buttons").isLessThan(map.getMaxY())
                .isGreaterThan(map.getMaxY() - 0.15 * height);
        Bounds lit = inWindow(root.lookup("#map-pin-quito"));
        assertThat(lit.getCenterY()).as("the tapped pin in sight above the card")
                .isBetween(map.getMinY(), card.getMinY());
    }
}
