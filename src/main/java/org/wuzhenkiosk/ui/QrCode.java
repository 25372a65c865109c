package org.wuzhenkiosk.ui;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.VLineTo;

/**
 * A QR code drawn as one path of dark modules on a light square, generated offline with ZXing. Its colours come
 * from the stylesheet ({@code .qr-code} background, {@code .qr-modules} fill): dark on light, as phone cameras need.
 */
public final class QrCode extends Region {

    /** Blank modules around the code; the QR standard asks for four. */
    public static final int QUIET_ZONE = 4;
    private final ByteMatrix matrix;
    private final Path modules = new Path();
    private double drawnModule;

    /**
     * A code for {@code text} about {@code size} design pixels square, rounded down so every module is whole pixels
     * of the window it is shown in (drawn again when the window's unit changes).
     */
    public QrCode(String text, double size) throws WriterException {
        matrix = encode(text);
        getStyleClass().add("qr-code");
        Units.stylesheet(this, QrCode.class, "qr-code.css");
        modules.getStyleClass().add("qr-modules");
        modules.setSmooth(false);
        modules.setStrokeWidth(0);
        modules.setManaged(false);
        getChildren().add(modules);
        Units.follow(this, units -> draw(units.px(size)));
    }

    /** Draws the code in {@code size} pixels square, or a little less. */
    private void draw(double size) {
        int span = matrix.getWidth() + 2 * QUIET_ZONE;
        double module = Math.max(1, Math.floor(size / span));
        if (module == drawnModule) {
            return;
        }
        drawnModule = module;
        double side = module * span;
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        List<PathElement> elements = new ArrayList<>();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                double left = (start + QUIET_ZONE) * module;
                double top = (y + QUIET_ZONE) * module;
                // one rectangle per run of dark modules keeps the path small
                elements.addAll(List.of(new MoveTo(left, top), new HLineTo((x + QUIET_ZONE) * module),
                        new VLineTo(top + module), new HLineTo(left), new ClosePath()));
            }
        }
        modules.getElements().setAll(elements);
    }

    /** Pixels a module takes now. */
    public double modulePixels() {
        return drawnModule;
    }

    /** The modules of a QR code for {@code text}: medium error correction, UTF-8. */
    public static ByteMatrix encode(String text) throws WriterException {
        return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                .getMatrix();
    }

    /** Modules per side, without the quiet zone. */
    public int modulesPerSide() {
        return matrix.getWidth();
    }
}
