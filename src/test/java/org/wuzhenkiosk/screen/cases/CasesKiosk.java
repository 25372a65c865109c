package org.wuzhenkiosk.screen.cases;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wuzhenkiosk.KioskApp;
import org.wuzhenkiosk.config.KioskSettings;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.theme.Theme;

/** The whole kiosk on the test stage, opened on the cases screen, and what the cases tests share. */
final class CasesKiosk {

    private CasesKiosk() {
    }

    static KioskApp.Kiosk show(Stage stage, KioskSettings settings) {
        KioskApp.Kiosk kiosk = KioskApp.compose(settings, List.of());
        Scene scene = new Scene(kiosk.root(), 1920, 1080);
        Theme.apply(scene, settings.theme());
        stage.setScene(scene);
        stage.show();
        return kiosk;
    }

    static KioskSettings englishOnCases() {
        return KioskSettings.DEFAULTS.withFullScreen(false).withLanguage("en").withStartScreen(ScreenName.CASES);
    }

    static CasesScreen screen(KioskApp.Kiosk kiosk) {
        return (CasesScreen) kiosk.shell().screen(ScreenName.CASES);
    }

    static boolean showing(Node node) {
        if (node == null || node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
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

    /** Waits (up to {@code seconds}) for something the FX thread makes true; false when it never does. */
    static boolean eventually(double seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS, condition::getAsBoolean);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
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

    /** A copy of the bundled content that a test may change, e.g. to break a media file. */
    static Path copyOfBundledContent(Path target) {
        Path source = BundledContent.root();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
