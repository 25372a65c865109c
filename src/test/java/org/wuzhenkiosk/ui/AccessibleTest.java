package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keyboard focus followed in a scrolling area, for as long as the area is in the window and no longer. */
@ExtendWith(ApplicationExtension.class)
class AccessibleTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 320, 240));
        stage.show();
    }

    /** Pages a visitor opened and left (a case's page after Back, every visit a new one) are let go. */
    @Test
    void areasThatLeftTheWindowAreNotKeptByIt(FxRobot robot) {
        List<WeakReference<Node>> left = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            robot.interact(() -> {
                VBox page = new VBox(new Button("open"), new Button("back"));
                Accessible.followKeyboardFocus(page, node -> { });
                root.getChildren().setAll(page);
                left.add(new WeakReference<>(page));
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> root.getChildren().clear());
        }
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(left.stream().filter(page -> page.get() != null).count()).as("pages still held").isZero();
    }

    /** An area shown again and again still scrolls to each control Tab reaches, once. */
    @Test
    void anAreaShownAgainRevealsEachKeyboardStepOnce(FxRobot robot) {
        List<Node> revealed = new ArrayList<>();
        Button first = new Button("first");
        Button second = new Button("second");
        robot.interact(() -> {
            VBox area = new VBox(first, second);
            Accessible.followKeyboardFocus(area, revealed::add);
            for (int i = 0; i < 3; i++) {
                root.getChildren().setAll(area);
                root.getChildren().clear();
            }
            root.getChildren().setAll(area);
            first.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(revealed).containsExactly(second);
    }
}
