package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wuzhenkiosk.theme.Fonts;
import org.wuzhenkiosk.theme.Theme;

@ExtendWith(ApplicationExtension.class)
class QrCodeTest {

    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Fonts.load(); // as the kiosk does before its first scene: font fallback is fixed on first use
        Scene scene = new Scene(root, 600, 600);
        // the palette the QR code's own stylesheet names
        scene.getStylesheets().add(Resources.stylesheet(Theme.class, Theme.STYLESHEET));
        stage.setScene(scene);
        stage.show();
    }

    private String readBack(FxRobot robot, String text, double size) throws Exception {
        QrCode[] code = new QrCode[1];
        robot.interact(() -> {
            try {
                code[0] = new QrCode(text, size);
            } catch (WriterException e) {
                throw new IllegalStateException(e);
            }
            root.getChildren().setAll(code[0]);
        });
        return read(robot, code[0]);
    }

    /** The text a phone reads off {@code code} as it is drawn. */
    private static String read(FxRobot robot, QrCode code) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = code.snapshot(null, null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        assertThat(w).as("whole pixels per module").isEqualTo((int) code.getWidth());
        int[] argb = new int[w * h];
        shot[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void aLinkReadsBackExactly(FxRobot robot) throws Exception {
        String link = "https://en.people.cn/n3/2023/1109/c90000-20095220.html";
        assertThat(readBack(robot, link, 232)).isEqualTo(link);
    }

    @Test
    void aLinkWithChineseCharactersReadsBackAsUtf8(FxRobot robot) throws Exception {
        String link = "https://example.org/乌镇/互联网大会?年=2023";
        assertThat(readBack(robot, link, 300)).isEqualTo(link);
    }

    @Test
    void aLongLinkStillFitsItsSquareWithWholeModules(FxRobot robot) throws Exception {
        String link = "https://example.org/" + "a".repeat(400);
        assertThat(readBack(robot, link, 232)).isEqualTo(link);
    }

    @Test
    void textTooLongForAnyQrCodeIsRefusedNotDrawnWrong() {
        assertThatThrownBy(() -> QrCode.encode("x".repeat(5000))).isInstanceOf(WriterException.class);
    }

    @Test
    void onA4kPanelEachModuleTakesTwiceThePixelsAndTheCodeStillReads(FxRobot robot) throws Exception {
        String link = "https://en.people.cn/n3/2023/1109/c90000-20095220.html";
        KioskWindowAt window = KioskWindowAt.onFx(() -> new KioskWindowAt(3840, 2160));
        QrCode code = KioskWindowAt.onFx(() -> window.show(new QrCode(link, 232)));
        int span = code.modulesPerSide() + 2 * QrCode.QUIET_ZONE;
        assertThat(code.modulePixels()).isEqualTo(Math.floor(2 * 232.0 / span));
        assertThat(code.getPrefWidth()).as("about twice its 232 design pixels").isEqualTo(code.modulePixels() * span)
                .isGreaterThan(2 * 200);
        assertThat(read(robot, code)).isEqualTo(link);

        robot.interact(() -> window.resize(1920, 1080));
        assertThat(code.modulePixels()).as("drawn again for the smaller window").isEqualTo(Math.floor(232.0 / span));
        assertThat(read(robot, code)).isEqualTo(link);
    }
}
