package org.wuzhenkiosk;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The start-up benchmark's yardstick: the least a JavaFX kiosk can do, one undecorated 1920x1080 stage with one
 * label, reporting its first frame exactly as the kiosk does. Started like the kiosk, from a main class that is
 * not the Application (Java refuses to start one from the class path otherwise).
 */
public final class EmptyFxApp {

    private EmptyFxApp() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The one stage. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Wuzhen Kiosk")), 1920, 1080);
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setScene(scene);
            stage.show();
            FirstFrame.report(scene, System.err::println);
        }
    }
}
