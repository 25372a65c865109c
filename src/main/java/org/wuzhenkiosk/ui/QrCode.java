package org.wuzhenkiosk.ui;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
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

    /** A code for {@code text} about {@code size} px square, rounded down so every module is whole pixels. */
    public QrCode(String text, double size) throws WriterException {
        matrix = encode(text);
        int span = matrix.getWidth() + 2 * QUIET_ZONE;
        double module = Math.max(1, Math.floor(size / span));
        double side = module * span;
        getStyleClass().add("qr-code");
        Units.stylesheet(this, QrCode.class, "qr-code.css");
        setMinSize(side, side);
        setPrefSize(side, side);
        setMaxSize(side, side);
        modules.getStyleClass().add("qr-modules");
        modules.setSmooth(false);
        modules.setStrokeWidth(0);
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
                modules.getElements().addAll(new MoveTo(left, top), new HLineTo((x + QUIET_ZONE) * module),
                        new VLineTo(top + module), new HLineTo(left), new ClosePath());
            }
        }
        modules.setManaged(false);
        getChildren().add(modules);
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
