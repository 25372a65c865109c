package org.wuzhenkiosk.app;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Interpolator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.wuzhenkiosk.config.ScreenName;
import org.wuzhenkiosk.content.Language;
import org.wuzhenkiosk.ui.FrameClock;
import org.wuzhenkiosk.ui.Tween;

/**
 * The frame around the screens: the current screen above, the touch bar below. A screen is built when it is first
 * shown (or asked for, or in {@link #buildRemaining}), so the start screen alone stands between launch and the first
 * frame. In reach mode the screen (with whatever it has open) and the touch bar take only the lower part of the
 * window, within reach of a seated or short visitor, and an empty band above them returns to the whole window
 * when tapped.
 */
public final class KioskShell extends BorderPane {

    /** A new screen fades in from faint: the change shows, and nothing of the old one lingers under a finger. */
    private static final Duration FADE = Duration.ofMillis(180);
    private static final double FADE_FROM = 0.3;
    /** On the shell while a right-to-left language shows: kiosk.css turns the arrows round. */
    private static final PseudoClass RIGHT_TO_LEFT = PseudoClass.getPseudoClass("rtl");
    /** In reach mode the screen and the touch bar share this part of the window's height, at its bottom. */
    static final double REACH_SHARE = 0.6;
    private final Map<ScreenName, Supplier<? extends KioskScreen>> builders = new LinkedHashMap<>();
    private final Map<ScreenName, KioskScreen> screens = new EnumMap<>(ScreenName.class);
    /**
     * Holds the screen shown, laid out in exactly the room the shell gives it (never its own least size): a screen
     * picks its layout for that room (across or stacked, tall or short), and a screen wider or taller than the
     * window, or than reach mode's lower part, could not see that it is.
     */
    private final StackPane stage = new StackPane() {
        @Override
        protected void layoutChildren() {
            for (Node child : getManagedChildren()) {
                child.resizeRelocate(0, 0, getWidth(), getHeight());
            }
        }
    };
    private final LanguageList languageList;
    private final KioskContext context;
    private final StackPane middle;
    private final TouchBar bar;
    private final Region band = new Region();
    private final BooleanProperty reach = new SimpleBooleanProperty(this, "reach");
    private FrameClock.Motion fade;

    /** A shell of screens built already (tests compose a few). */
    public KioskShell(KioskContext context, List<KioskScreen> screenList) {
        this(context, byName(screenList));
        screenList.forEach(s -> screens.put(s.name(), s));
    }

    /** A shell that builds each screen from {@code screenBuilders} the first time it is needed. */
    public KioskShell(KioskContext context, Map<ScreenName, Supplier<? extends KioskScreen>> screenBuilders) {
        this.context = context;
        setId("kiosk-shell");
        getStyleClass().add("kiosk-shell");
        builders.putAll(screenBuilders);
        context.navigator().attach(this::built);
        stage.getStyleClass().add("screen-stage");
        stage.setMinSize(0, 0);
        languageList = new LanguageList(context.i18n()::setLanguage);
        middle = new StackPane(stage, languageList);
        // a screen that asks for more room than the window has never pushes the touch bar out of it
        middle.setMinSize(0, 0);
        setCenter(middle);
        bar = new TouchBar(context, languageList, reach);
        setBottom(bar);
        band.setId("reach-band");
        band.getStyleClass().add("reach-band");
        band.setManaged(false);
        band.setVisible(false);
        band.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> reach.set(false));
        getChildren().add(band);
        reach.addListener((obs, old, now) -> {
            band.setVisible(now);
            requestLayout();
        });
        context.navigator().currentProperty().addListener((obs, old, now) -> {
            languageList.close();
            show(now, true);
        });
        context.i18n().languageProperty().addListener((obs, old, now) -> applyDirection());
        context.content().addListener((obs, old, now) -> applyDirection());
        show(context.navigator().current(), false);
        applyDirection();
    }

    private static Map<ScreenName, Supplier<? extends KioskScreen>> byName(List<KioskScreen> screenList) {
        Map<ScreenName, Supplier<? extends KioskScreen>> byName = new LinkedHashMap<>();
        screenList.forEach(s -> byName.put(s.name(), () -> s));
        return byName;
    }

    /** The screen {@code name}, built now if this is the first time; null when the shell has no such screen. */
    private KioskScreen built(ScreenName name) {
        KioskScreen screen = screens.get(name);
        if (screen == null && builders.containsKey(name)) {
            screen = builders.get(name).get();
            screens.put(name, screen);
        }
        return screen;
    }

    /** Builds the next screen not built yet, if any: one at a time, for idle moments. True if one was built. */
    public boolean buildRemaining() {
        for (ScreenName name : builders.keySet()) {
            if (!screens.containsKey(name)) {
                built(name);
                return true;
            }
        }
        return false;
    }

    /** The screens built so far. */
    public List<ScreenName> builtScreens() {
        return List.copyOf(screens.keySet());
    }

    private void show(ScreenName name, boolean animate) {
        KioskScreen screen = built(name);
        if (screen == null) {
            return;
        }
        Node view = screen.view();
        if (fade != null) {
            fade.stop();
        }
        stage.getChildren().setAll(view);
        if (animate) {
            fade = Tween.run(context.frames(), FADE, Interpolator.EASE_BOTH,
                    t -> view.setOpacity(FADE_FROM + (1 - FADE_FROM) * t));
        }
    }

    /** Whether the screen and the touch bar take only the lower part of the window (for seated visitors). */
    public BooleanProperty reachProperty() {
        return reach;
    }

    public boolean isReach() {
        return reach.get();
    }

    public void setReach(boolean lower) {
        reach.set(lower);
    }

    /** The screen over the touch bar, both in the lower part of the window in reach mode, the band above them. */
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double top = reach.get() ? snapPositionY(h * (1 - REACH_SHARE)) : 0;
        band.resizeRelocate(0, 0, w, top);
        double barHeight = snapSizeY(Math.max(bar.minHeight(w), bar.prefHeight(w)));
        bar.resizeRelocate(0, h - barHeight, w, barHeight);
        middle.resizeRelocate(0, top, w, Math.max(0, h - top - barHeight));
    }

    /** Right-to-left languages mirror the whole layout. */
    private void applyDirection() {
        boolean rtl = context.currentContent() != null && context.currentContent().exhibition()
                .language(context.i18n().language()).map(Language::rightToLeft).orElse(false);
        setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        pseudoClassStateChanged(RIGHT_TO_LEFT, rtl);
    }

    /** Every screen back to its start, the start screen showing, the default language. */
    public void resetAll(String language) {
        languageList.close();
        screens.values().forEach(KioskScreen::reset);
        context.i18n().setLanguage(language);
        context.navigator().reset();
    }

    /** Presenters' keys: Escape closes what is open, Backspace or Alt+Left goes back, Home goes home. */
    public void installKeys(Scene scene) {
        Navigator navigator = context.navigator();
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && languageList.isOpen()) {
                languageList.close();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                navigator.closeTopmost();
            } else if (e.getCode() == KeyCode.BACK_SPACE || (e.isAltDown() && e.getCode() == KeyCode.LEFT)) {
                navigator.back();
            } else if (e.getCode() == KeyCode.HOME) {
                navigator.home();
            } else {
                return;
            }
            e.consume();
        });
    }

    public KioskScreen screen(ScreenName name) {
        return built(name);
    }
}
