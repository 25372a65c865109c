package org.wuzhenkiosk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Pictures a visitor swipes through, one at a time, with caption and credit below. Pinch (or double-tap) zooms
 * into the picture shown, a drag then moves it about; pictures are decoded at the size they take in the window,
 * only when near, and again when the window's unit changes. A swipe glides to the next picture by the {@link Fling}
 * rule, as the case grid and the timeline glide. Sizes and gesture distances are in design pixels, drawn and
 * measured in the window's own, so a swipe on a 4K panel feels as on a 1080p one.
 */
public final class Gallery extends VBox {

    /** One picture: its file, what it shows, who made it; {@code whenMissing} stands in when it cannot be read. */
    public record Picture(Path file, ObservableValue<String> caption, ObservableValue<String> credit,
                          Supplier<Node> whenMissing) {
    }

    public static final double MAX_ZOOM = 4;
    private static final double DOUBLE_TAP_ZOOM = 2.5;
    /** Design pixels a finger moves before the gallery knows it swipes rather than scrolls the page. */
    private static final double AXIS_SLOP = 10;
    /** A release this far across the picture (a share of its width), or this fast (design px/ms), turns it. */
    private static final double TURN_SHARE = 0.18;
    private static final double TURN_SPEED = 0.6;
    private static final double ARROW_SIZE = 72;
    private static final double CORNER = 32;
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final List<Picture> pictures;
    private final List<StackPane> slots = new ArrayList<>();
    private final List<Node> contents = new ArrayList<>();
    /** The pictures among the contents (null where a stand-in shows), asked again at a new size. */
    private final List<ImageView> views = new ArrayList<>();
    private final ImageCache cache;
    private final double width;
    private final double height;
    private final Pane strip = new Pane();
    private final StackPane viewport = new StackPane();
    private final List<Button> arrows = new ArrayList<>();
    /** The finger's speed, and the glide to a picture: apart, so that a tap never stops a glide halfway. */
    private final Fling finger;
    private final Fling slide;

    private enum Axis { NONE, PAGE, VERTICAL, PAN }

    private Axis axis = Axis.NONE;
    private double pressX;
    private double pressY;
    private double panStartX;
    private double panStartY;

    public Gallery(ImageCache cache, FrameClock frames, List<Picture> pictures, double width, double height) {
        this.cache = cache;
        this.finger = new Fling(frames, viewport);
        this.slide = new Fling(frames, viewport);
        this.pictures = List.copyOf(pictures);
        this.width = width;
        this.height = height;
        getStyleClass().add("gallery");
        Units.stylesheet(this, Gallery.class, "gallery.css");

        viewport.getStyleClass().add("gallery-viewport");
        Rectangle clip = new Rectangle();
        viewport.setClip(clip);
        strip.setManaged(false);
        for (int i = 0; i < this.pictures.size(); i++) {
            StackPane slot = new StackPane();
            slot.getStyleClass().add("gallery-slot");
            slot.setManaged(false);
            slots.add(slot);
            contents.add(null);
            views.add(null);
            strip.getChildren().add(slot);
        }
        viewport.getChildren().add(strip);
        StackPane.setAlignment(strip, Pos.TOP_LEFT);

        Button previous = arrow("gallery-previous", "mdi2c-chevron-left", -1);
        Button next = arrow("gallery-next", "mdi2c-chevron-right", 1);
        previous.visibleProperty().bind(index.greaterThan(0));
        next.visibleProperty().bind(index.lessThan(this.pictures.size() - 1));
        StackPane.setAlignment(previous, Pos.CENTER_LEFT);
        StackPane.setAlignment(next, Pos.CENTER_RIGHT);
        Label counter = new Label();
        counter.getStyleClass().add("gallery-counter");
        counter.textProperty().bind(Bindings.createStringBinding(
                () -> (index.get() + 1) + " / " + this.pictures.size(), index));
        counter.setVisible(this.pictures.size() > 1);
        StackPane.setAlignment(counter, Pos.TOP_RIGHT);
        HBox dots = new HBox();
        Units.bind(dots, dots.spacingProperty(), 10);
        dots.getStyleClass().add("gallery-dots");
        dots.setAlignment(Pos.CENTER);
        dots.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dots.setVisible(this.pictures.size() > 1);
        for (int i = 0; i < this.pictures.size() && this.pictures.size() > 1; i++) {
            Region dot = new Region();
            dot.getStyleClass().add("gallery-dot");
            int at = i;
            index.addListener((obs, old, now) -> dot.pseudoClassStateChanged(CURRENT, now.intValue() == at));
            dot.pseudoClassStateChanged(CURRENT, i == 0);
            dots.getChildren().add(dot);
        }
        StackPane.setAlignment(dots, Pos.BOTTOM_CENTER);
        viewport.getChildren().addAll(previous, next, counter, dots);

        Label caption = new Label();
        caption.getStyleClass().addAll("caption", "gallery-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(Bindings.createStringBinding(() -> current().map(p -> p.caption().getValue())
                .orElse(""), captionDependencies(Picture::caption)));
        Label credit = new Label();
        credit.getStyleClass().addAll("credit", "gallery-credit");
        credit.setWrapText(true);
        credit.textProperty().bind(Bindings.createStringBinding(() -> current().map(p -> p.credit().getValue())
                .orElse(""), captionDependencies(Picture::credit)));
        credit.visibleProperty().bind(credit.textProperty().isNotEmpty());
        credit.managedProperty().bind(credit.visibleProperty());
        Units.bind(caption, caption.maxWidthProperty(), width);
        Units.bind(credit, credit.maxWidthProperty(), width);
        getChildren().addAll(viewport, caption, credit);

        installGestures();
        index.addListener((obs, old, now) -> {
            resetZoom(old.intValue());
            ensureLoaded(now.intValue());
        });
        Units.follow(this, units -> fit(units, clip));
    }

    /** Lays the gallery out in the window's pixels, and asks for its pictures at that size. */
    private void fit(Units units, Rectangle clip) {
        double w = units.px(width);
        double h = units.px(height);
        setMaxWidth(w);
        viewport.setMinSize(w, h);
        viewport.setPrefSize(w, h);
        viewport.setMaxSize(w, h);
        clip.setWidth(w);
        clip.setHeight(h);
        clip.setArcWidth(units.px(CORNER));
        clip.setArcHeight(units.px(CORNER));
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).resizeRelocate(i * w, 0, w, h);
        }
        resetZoom(index.get());
        slide.stop();
        strip.setTranslateX(-index.get() * w);
        // out of a window nothing is decoded: the size it will be drawn at is not known yet
        if (getScene() == null) {
            return;
        }
        for (int i = 0; i < views.size(); i++) {
            ImageView view = views.get(i);
            if (view != null) {
                // the picture at the old size is left to the cache's bound
                cache.get(pictures.get(i).file(), w, h).ifPresent(view::setImage);
                view.setFitWidth(w);
                view.setFitHeight(h);
            }
        }
        ensureLoaded(index.get());
    }

    /** The picture area's width and height in the window's pixels. */
    private double viewWidth() {
        return Units.of(this).px(width);
    }

    private double viewHeight() {
        return Units.of(this).px(height);
    }

    private ObservableValue<?>[] captionDependencies(Function<Picture, ObservableValue<String>> f) {
        List<ObservableValue<?>> deps = new ArrayList<>();
        deps.add(index);
        pictures.forEach(p -> deps.add(f.apply(p)));
        return deps.toArray(new ObservableValue<?>[0]);
    }

    private Optional<Picture> current() {
        return pictures.isEmpty() ? Optional.empty() : Optional.of(pictures.get(index.get()));
    }

    private Button arrow(String id, String icon, int step) {
        Button button = new Button();
        button.setId(id);
        button.getStyleClass().add("gallery-arrow");
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("gallery-arrow-icon");
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Units.follow(button, units -> {
            button.setMinSize(units.px(ARROW_SIZE), units.px(ARROW_SIZE));
            button.setMaxSize(units.px(ARROW_SIZE), units.px(ARROW_SIZE));
        });
        Accessible.keyboardFocusOnly(button); // a touch's focus would make the page around jump to the button
        button.setOnAction(e -> show(index.get() + step));
        arrows.add(button);
        return button;
    }

    /** What screen readers call the arrows, in the language on screen. */
    public void nameArrows(ObservableValue<String> previous, ObservableValue<String> next) {
        arrows.get(0).accessibleTextProperty().bind(previous);
        arrows.get(1).accessibleTextProperty().bind(next);
    }

    /** The pictures next to the one shown are decoded too, so a swipe never reveals an empty slot. */
    private void ensureLoaded(int at) {
        if (getScene() == null) {
            return;
        }
        double w = viewWidth();
        double h = viewHeight();
        for (int i = Math.max(0, at - 1); i <= Math.min(pictures.size() - 1, at + 1); i++) {
            if (contents.get(i) != null) {
                continue;
            }
            Picture picture = pictures.get(i);
            Optional<Image> image = picture.file() == null ? Optional.empty()
                    : cache.get(picture.file(), w, h);
            Node content;
            if (image.isPresent()) {
                ImageView view = new ImageView(image.get());
                view.setFitWidth(w);
                view.setFitHeight(h);
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.accessibleTextProperty().bind(picture.caption()); // a screen reader reads the caption
                content = view;
                views.set(i, view);
            } else {
                content = picture.whenMissing().get();
            }
            contents.set(i, content);
            slots.get(i).getChildren().setAll(content);
        }
    }

    /** Shows picture {@code to} (clamped), sliding there. */
    public void show(int to) {
        int target = Math.max(0, Math.min(pictures.size() - 1, to));
        index.set(target);
        slideTo(target);
    }

    private void slideTo(int target) {
        slide.glideBy(-target * viewWidth() - strip.getTranslateX(), 0, (dx, dy) -> {
            strip.setTranslateX(strip.getTranslateX() + dx);
            return true;
        });
    }

    private void installGestures() {
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            axis = zoom.get() > 1.01 ? Axis.PAN : Axis.NONE;
            Node content = contents.get(index.get());
            if (content != null) {
                panStartX = content.getTranslateX();
                panStartY = content.getTranslateY();
            }
            finger.press(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale());
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = (e.getSceneX() - pressX) / sceneScale();
            double dy = (e.getSceneY() - pressY) / sceneScale();
            finger.track(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale());
            double slop = Units.of(viewport).px(AXIS_SLOP);
            if (axis == Axis.NONE) {
                if (Math.abs(dx) > slop && Math.abs(dx) > Math.abs(dy)) {
                    axis = Axis.PAGE;
                    slide.stop();
                } else if (Math.abs(dy) > slop) {
                    axis = Axis.VERTICAL;
                }
            }
            if (axis == Axis.PAN) {
                pan(panStartX + dx, panStartY + dy);
                e.consume();
            } else if (axis == Axis.PAGE) {
                boolean atEdge = (index.get() == 0 && dx > 0) || (index.get() == pictures.size() - 1 && dx < 0);
                strip.setTranslateX(-index.get() * viewWidth() + (atEdge ? dx / 3 : dx));
                e.consume();
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (axis == Axis.PAGE) {
                double dx = (e.getSceneX() - pressX) / sceneScale();
                finger.track(e.getSceneX() / sceneScale(), e.getSceneY() / sceneScale());
                double speed = finger.velocity()[0];
                double far = viewWidth() * TURN_SHARE;
                double fast = Units.of(viewport).px(TURN_SPEED);
                int target = index.get();
                if (dx < -far || speed < -fast) {
                    target++;
                } else if (dx > far || speed > fast) {
                    target--;
                }
                show(target);
                e.consume();
            }
            if (axis == Axis.PAN) {
                e.consume();
            }
            axis = Axis.NONE;
        });
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.isStillSincePress()) {
                Node content = contents.get(index.get());
                double target = zoom.get() > 1.01 ? 1 : DOUBLE_TAP_ZOOM;
                if (content != null) {
                    var local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
                    zoomAbout(target / zoom.get(), local.getX(), local.getY());
                }
            }
        });
        viewport.addEventHandler(ZoomEvent.ZOOM, e -> {
            var local = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
            zoomAbout(e.getZoomFactor(), local.getX(), local.getY());
            e.consume();
        });
    }

    /** Zooms the picture shown by {@code factor}, keeping the point (x, y) of the viewport where it is. */
    public void zoomAbout(double factor, double x, double y) {
        Node content = contents.get(index.get());
        if (content == null) {
            return;
        }
        double before = zoom.get();
        double after = Math.max(1, Math.min(MAX_ZOOM, before * factor));
        double f = after / before;
        double cx = viewWidth() / 2;
        double cy = viewHeight() / 2;
        zoom.set(after);
        content.setScaleX(after);
        content.setScaleY(after);
        pan((1 - f) * (x - cx) + f * content.getTranslateX(), (1 - f) * (y - cy) + f * content.getTranslateY());
    }

    private void pan(double tx, double ty) {
        Node content = contents.get(index.get());
        if (content == null) {
            return;
        }
        double s = zoom.get();
        double maxX = (s - 1) * viewWidth() / 2;
        double maxY = (s - 1) * viewHeight() / 2;
        content.setTranslateX(Math.max(-maxX, Math.min(maxX, tx)));
        content.setTranslateY(Math.max(-maxY, Math.min(maxY, ty)));
    }

    private void resetZoom(int at) {
        if (at >= 0 && at < contents.size() && contents.get(at) != null) {
            Node content = contents.get(at);
            content.setScaleX(1);
            content.setScaleY(1);
            content.setTranslateX(0);
            content.setTranslateY(0);
        }
        zoom.set(1);
    }

    /** Back to the first picture, unzoomed. */
    public void reset() {
        resetZoom(index.get());
        index.set(0);
        slide.stop();
        strip.setTranslateX(0);
    }

    /**
     * Scene pixels per layout pixel: 1 where the kiosk lays out at the window's pixels, the scale where it still
     * scales its 1920x1080 design to the window.
     */
    private double sceneScale() {
        double s = viewport.localToSceneTransformProperty().get().getMxx();
        return s > 0 ? s : 1;
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public int size() {
        return pictures.size();
    }

    /** The picture area, where swipes and pinches land. */
    public Node viewport() {
        return viewport;
    }
}
