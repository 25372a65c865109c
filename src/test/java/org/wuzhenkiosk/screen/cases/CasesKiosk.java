package org.wuzhenkiosk.screen.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.SceneGraph;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;

/** The whole kiosk on the test stage, opened on the cases screen, and what the cases tests share. */
final class CasesKiosk {

    private CasesKiosk() {
    }

    static KioskSettings englishOnCases() {
        return KioskSettings.DEFAULTS.withFullScreen(false).withLanguage("en").withStartScreen(ScreenName.CASES);
    }

    static CasesScreen screen(KioskApp.Kiosk kiosk) {
        return (CasesScreen) kiosk.shell().screen(ScreenName.CASES);
    }

    static boolean showing(Node node) {
        return SceneGraph.showing(node);
    }

    /** The grid's virtual flow: what scrolls the rows of cards. */
    static VirtualFlow<?> gridFlow(FxRobot robot) {
        return robot.lookup("#cases-grid .virtual-flow").queryAs(VirtualFlow.class);
    }

    /** How far the grid is scrolled, from 0 (top) to 1 (bottom). */
    static double gridPosition(FxRobot robot) {
        return gridFlow(robot).getPosition();
    }

    /** The card on screen for case {@code id}, if its row is in view (rows out of view keep no card). */
    static Optional<Node> card(FxRobot robot, String id) {
        return robot.lookup("#case-" + id).queryAll().stream().filter(CasesKiosk::showing).findFirst();
    }

    /**
     * The ids of the cards the grid holds, in order, as a visitor sees them scrolling from top to bottom; the grid
     * is back at the top after.
     */
    static List<String> gridIds(FxRobot robot) {
        Map<Integer, String> ids = new TreeMap<>();
        robot.interact(() -> {
            GridView<?> grid = robot.lookup("#cases-grid").queryAs(GridView.class);
            VirtualFlow<?> flow = gridFlow(robot);
            flow.setPosition(0);
            grid.layout();
            boolean more = true;
            while (more) {
                for (Node node : grid.lookupAll(".case-cell")) {
                    if (node instanceof GridCell<?> cell && !cell.isEmpty() && cell.getGraphic() != null
                            && showing(cell)) {
                        ids.put(cell.getIndex(), cell.getGraphic().getId());
                    }
                }
                more = flow.scrollPixels(flow.getHeight() / 2) > 0;
                grid.layout();
            }
            flow.setPosition(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(ids.values());
    }

    /** Scrolls the grid, as a visitor's drag would, until the card of case {@code id} is wholly in view. */
    static Node revealCard(FxRobot robot, String id) {
        Node[] card = new Node[1];
        robot.interact(() -> {
            GridView<?> grid = robot.lookup("#cases-grid").queryAs(GridView.class);
            VirtualFlow<?> flow = gridFlow(robot);
            flow.setPosition(0);
            grid.layout();
            Bounds view = flow.localToScene(flow.getLayoutBounds());
            boolean more = true;
            while (more) {
                card[0] = card(robot, id).filter(c -> view.contains(c.localToScene(c.getLayoutBounds())))
                        .orElse(null);
                more = card[0] == null && flow.scrollPixels(80) > 0;
                grid.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card[0]).as("card of " + id).isNotNull();
        return card[0];
    }

    /** Scrolls {@code pane} so that {@code node} (inside its content) is in view, as a visitor's drag would. */
    static void reveal(FxRobot robot, ScrollPane pane, Node node) {
        robot.interact(() -> {
            Node content = pane.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (range > 0) {
                pane.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / range)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to {@code seconds}) for a media player to get somewhere: players run on real time. */
    static boolean eventually(double seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS, condition::getAsBoolean);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Reads a QR code off the screen: a snapshot of {@code node}, decoded by ZXing. */
    static String decodeQr(FxRobot robot, Node node) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
