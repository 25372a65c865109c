package org.wuzhenkiosk.ui;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A video with a large play/pause button and a scrub bar, or a narration bar with play/pause. When the file cannot
 * play (format not supported on this computer, file damaged or missing, no audio device) it shows the poster with
 * a short message instead, never an empty box; the reason goes to the log for staff.
 *
 * <p>Visitor-facing strings come through {@code text} by key: {@code media.play}, {@code media.pause},
 * {@code media.position},
 * {@code media.listen}, {@code media.video.failed}, {@code media.audio.failed}, {@code media.reason.format},
 * {@code media.reason.damaged}, {@code media.reason.other}. Call {@link #close()} when the page goes away.
 */
public final class MediaPlayerView extends StackPane {

    /** What the visitor sees happening. */
    public enum State { LOADING, READY, PLAYING, PAUSED, FAILED, CLOSED }

    /** Why a file cannot play, in words a visitor understands. */
    public enum Failure {
        FORMAT("media.reason.format"), DAMAGED("media.reason.damaged"), OTHER("media.reason.other");

        private final String key;

        Failure(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private static final System.Logger LOG = System.getLogger(MediaPlayerView.class.getName());
    /** Media inside the kiosk's jar are copied out once: the native player reads files, not zip entries. */
    private static final Map<Path, Path> EXTRACTED = new HashMap<>();

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final BooleanProperty showingFrames = new SimpleBooleanProperty(this, "showingFrames");
    private final ReadOnlyObjectWrapper<Duration> position = new ReadOnlyObjectWrapper<>(this, "position",
            Duration.ZERO);
    private final ReadOnlyObjectWrapper<Duration> length = new ReadOnlyObjectWrapper<>(this, "length",
            Duration.UNKNOWN);
    private final MediaPlayers players;
    private final Function<String, ObservableValue<String>> text;
    private final boolean video;
    private final Path file;
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label time = new Label();
    private final Button toggle;
    private MediaPlayer player;
    /** Kept so that its error, which may come after the player's, still arrives. */
    private Media media;

    private MediaPlayerView(MediaPlayers players, Function<String, ObservableValue<String>> text, Path file,
                            boolean video) {
        this.players = players;
        this.text = text;
        this.file = file;
        this.video = video;
        getStyleClass().addAll("media-player", video ? "media-video" : "media-narration");
        Units.stylesheet(this, MediaPlayerView.class, "media-player.css");
        scrub.getStyleClass().add("media-scrub");
        Accessible.keyboardFocusOnly(scrub); // arrows move the position; a touch must not make the page jump
        scrub.accessibleTextProperty().bind(text.apply("media.position"));
        time.getStyleClass().add("media-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        time.setText(clock(0) + " / " + clock(0));
        toggle = new Button();
        toggle.getStyleClass().addAll("touch-button", "media-toggle");
        Units.bind(toggle, toggle.minWidthProperty(), 64);
        Units.bind(toggle, toggle.minHeightProperty(), 64);
        Accessible.keyboardFocusOnly(toggle); // a touch's focus would make a scrolling page jump to the button
        toggle.setOnAction(e -> togglePlay());
        FontIcon toggleIcon = new FontIcon("mdi2p-play");
        toggleIcon.getStyleClass().add("touch-icon");
        state.addListener((obs, old, now) -> toggleIcon.setIconLiteral(now == State.PLAYING ? "mdi2p-pause"
                : "mdi2p-play"));
        toggle.setGraphic(toggleIcon);
        if (!video) {
            // a visitor listening touches nothing: the kiosk must not ask "Still there?" until the narration ends
            state.addListener((obs, old, now) -> {
                if (now == State.PLAYING && old != State.PLAYING) {
                    fireEvent(new NarrationEvent(state.isEqualTo(State.PLAYING)));
                }
            });
        }
    }

    /**
     * A video of {@code width} x {@code height} over {@code poster}, which shows before playing and when the
     * video cannot play.
     */
    public static MediaPlayerView video(MediaPlayers players, Function<String, ObservableValue<String>> text,
                                        Path file, Node poster, double width, double height) {
        MediaPlayerView view = new MediaPlayerView(players, text, file, true);
        view.buildVideo(poster, width, height);
        return view;
    }

    /** A narration bar: play/pause, scrub bar and time. */
    public static MediaPlayerView narration(MediaPlayers players, Function<String, ObservableValue<String>> text,
                                            Path file) {
        MediaPlayerView view = new MediaPlayerView(players, text, file, false);
        view.buildNarration();
        return view;
    }

    private void buildVideo(Node poster, double width, double height) {
        Rectangle clip = new Rectangle();
        setClip(clip);

        // the poster stays until the clip has really moved: no empty frame while it starts (or if it never does)
        poster.visibleProperty().bind(showingFrames.not());
        MediaView mediaView = new MediaView();
        // width x height design pixels, in the window's pixels whenever its unit changes
        Units.follow(this, units -> {
            double w = units.px(width);
            double h = units.px(height);
            setMinSize(w, h);
            setPrefSize(w, h);
            setMaxSize(w, h);
            clip.setWidth(w);
            clip.setHeight(h);
            clip.setArcWidth(units.px(32));
            clip.setArcHeight(units.px(32));
            mediaView.setFitWidth(w);
            mediaView.setFitHeight(h);
        });
        mediaView.setPreserveRatio(true);
        mediaView.setSmooth(true);
        mediaView.visibleProperty().bind(poster.visibleProperty().not());
        mediaView.setOnMouseClicked(e -> togglePlay());

        Button bigPlay = new Button();
        bigPlay.getStyleClass().add("media-big-play");
        FontIcon playIcon = new FontIcon("mdi2p-play");
        playIcon.getStyleClass().add("media-big-play-icon");
        bigPlay.setGraphic(playIcon);
        bigPlay.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        bigPlay.accessibleTextProperty().bind(text.apply("media.play"));
        Units.bind(bigPlay, bigPlay.minWidthProperty(), 128);
        Units.bind(bigPlay, bigPlay.minHeightProperty(), 128);
        Accessible.keyboardFocusOnly(bigPlay);
        bigPlay.setOnAction(e -> togglePlay());
        bigPlay.visibleProperty().bind(state.isEqualTo(State.READY).or(state.isEqualTo(State.PAUSED))
                .or(state.isEqualTo(State.LOADING)));
        bigPlay.disableProperty().bind(state.isEqualTo(State.LOADING));

        // the video's toggle is an icon alone: a screen reader reads what it does
        toggle.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> text.apply(state.get() == State.PLAYING ? "media.pause" : "media.play").getValue(),
                state, text.apply("media.pause"), text.apply("media.play")));
        HBox controls = new HBox(toggle, scrub, time);
        Units.bind(controls, controls.spacingProperty(), 16);
        controls.getStyleClass().add("media-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMaxHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        controls.visibleProperty().bind(state.isEqualTo(State.PLAYING).or(state.isEqualTo(State.PAUSED)));
        StackPane.setAlignment(controls, Pos.BOTTOM_CENTER);

        Node failed = failurePanel("media.video.failed");
        getChildren().addAll(poster, mediaView, bigPlay, controls, failed);
        load();
        if (player != null) {
            mediaView.setMediaPlayer(player);
        }
    }

    private void buildNarration() {
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> text.apply(state.get() == State.PLAYING ? "media.pause" : "media.listen").getValue(),
                state, text.apply("media.pause"), text.apply("media.listen")));
        toggle.setContentDisplay(ContentDisplay.LEFT);
        toggle.disableProperty().bind(state.isEqualTo(State.LOADING));
        HBox bar = new HBox(toggle, scrub, time);
        Units.bind(bar, bar.spacingProperty(), 20);
        bar.getStyleClass().add("media-narration-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(state.isNotEqualTo(State.FAILED));
        Node failed = failurePanel("media.audio.failed");
        getChildren().addAll(bar, failed);
        load();
    }

    /** The message shown instead of a player: an icon, what happened, and why in plain words. */
    private Node failurePanel(String headlineKey) {
        FontIcon icon = new FontIcon(video ? "mdi2v-video-off-outline" : "mdi2v-volume-off");
        icon.getStyleClass().add("media-failed-icon");
        Label headline = new Label();
        headline.setId(video ? "media-video-failed" : "media-audio-failed");
        headline.getStyleClass().add("media-failed-title");
        headline.setWrapText(true);
        headline.textProperty().bind(text.apply(headlineKey));
        Label reason = new Label();
        reason.getStyleClass().add("media-failed-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(Bindings.createStringBinding(() -> failure.get() == null ? ""
                : text.apply(failure.get().key()).getValue(), failure, text.apply(Failure.FORMAT.key()),
                text.apply(Failure.DAMAGED.key()), text.apply(Failure.OTHER.key())));
        Units.bind(headline, headline.maxWidthProperty(), 640);
        Units.bind(reason, reason.maxWidthProperty(), 640);
        VBox words = new VBox(headline, reason);
        Units.bind(words, words.spacingProperty(), 4);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox panel = new HBox(icon, words);
        Units.bind(panel, panel.spacingProperty(), 16);
        panel.getStyleClass().add("media-failed");
        panel.setAlignment(Pos.CENTER_LEFT);
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        if (!video) {
            StackPane.setAlignment(panel, Pos.CENTER_LEFT);
        }
        panel.visibleProperty().bind(state.isEqualTo(State.FAILED));
        return panel;
    }

    private void load() {
        if (file == null || !Files.isRegularFile(file)) {
            fail(Failure.DAMAGED, "file " + file + " is missing");
            return;
        }
        try {
            Media source = new Media(playableUri(file));
            media = source;
            source.setOnError(() -> fail(classify(source.getError()), String.valueOf(source.getError())));
            player = players.open(source);
        } catch (MediaException e) {
            fail(classify(e), e.toString());
            return;
        } catch (IOException | RuntimeException e) {
            fail(Failure.OTHER, e.toString());
            return;
        }
        MediaPlayer p = player;
        // callbacks already queued may still arrive after close(); a released player must not be touched
        p.setOnError(() -> {
            if (player == p) {
                fail(classify(p.getError()), String.valueOf(p.getError()));
            }
        });
        p.setOnReady(() -> {
            if (player != p) {
                return;
            }
            Duration total = p.getTotalDuration();
            double seconds = total == null || total.isUnknown() || total.isIndefinite() ? 0 : total.toSeconds();
            scrub.setMax(Math.max(seconds, 0.1));
            length.set(total);
            updateTime(p.getCurrentTime());
            if (state.get() == State.LOADING) {
                state.set(State.READY);
            }
        });
        p.setOnPlaying(() -> {
            if (player == p) {
                state.set(State.PLAYING);
            }
        });
        p.setOnPaused(() -> {
            if (player == p) {
                state.set(State.PAUSED);
            }
        });
        p.setOnStopped(() -> {
            if (player == p) {
                showingFrames.set(false);
                state.set(State.READY);
            }
        });
        p.setOnEndOfMedia(() -> {
            if (player == p) {
                p.stop(); // back to the start, ready to play again
            }
        });
        p.currentTimeProperty().addListener((obs, old, now) -> {
            if (player != p) {
                return;
            }
            if (!scrub.isValueChanging() && !scrub.isPressed()) {
                scrub.setValue(now.toSeconds());
            }
            if (now.greaterThan(Duration.ZERO) && (state.get() == State.PLAYING || state.get() == State.PAUSED)) {
                showingFrames.set(true);
            }
            updateTime(now);
            position.set(now);
        });
        scrub.valueProperty().addListener((obs, old, now) -> {
            if (player != null && Math.abs(now.doubleValue() - player.getCurrentTime().toSeconds()) > 0.25) {
                player.seek(Duration.seconds(now.doubleValue()));
            }
        });
    }

    private void updateTime(Duration now) {
        double total = scrub.getMax();
        time.setText(clock(now.toSeconds()) + " / " + clock(total));
    }

    private static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return (s / 60) + ":" + String.format("%02d", s % 60);
    }

    private void fail(Failure why, String detail) {
        if (state.get() == State.FAILED && failure.get() == Failure.OTHER && why != Failure.OTHER) {
            failure.set(why); // the media's own error, arriving after the player's, says more
            LOG.log(Level.WARNING, (video ? "video " : "audio ") + file + ": " + detail);
            return;
        }
        if (state.get() == State.FAILED || state.get() == State.CLOSED) {
            return;
        }
        LOG.log(Level.WARNING, (video ? "video " : "audio ") + file + " cannot play (" + detail
                + "); the visitor sees a short message instead");
        players.dispose(player);
        player = null;
        failure.set(why);
        showingFrames.set(false);
        state.set(State.FAILED);
    }

    static Failure classify(MediaException e) {
        if (e == null) {
            return Failure.OTHER;
        }
        if (String.valueOf(e.getMessage()).contains("MEDIA_INVALID")) {
            return Failure.FORMAT; // a container the player knows holding a codec it does not
        }
        return switch (e.getType()) {
            case MEDIA_UNSUPPORTED, OPERATION_UNSUPPORTED -> Failure.FORMAT;
            case MEDIA_CORRUPTED, MEDIA_INACCESSIBLE, MEDIA_UNAVAILABLE, MEDIA_UNSPECIFIED -> Failure.DAMAGED;
            default -> Failure.OTHER;
        };
    }

    /** A URI the native player can open; files inside a jar are copied to a temporary folder first. */
    private static synchronized String playableUri(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            return file.toUri().toString();
        }
        Path copy = EXTRACTED.get(file);
        if (copy == null || !Files.isRegularFile(copy)) {
            Path folder = Files.createTempDirectory("wuzhen-kiosk-media");
            folder.toFile().deleteOnExit();
            copy = folder.resolve(file.getFileName().toString());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            EXTRACTED.put(file, copy);
        }
        return copy.toUri().toString();
    }

    public void play() {
        if (player != null && state.get() != State.FAILED && state.get() != State.CLOSED) {
            player.play();
        }
    }

    public void pause() {
        if (player != null && state.get() == State.PLAYING) {
            player.pause();
        }
    }

    public void togglePlay() {
        if (state.get() == State.PLAYING) {
            pause();
        } else {
            play();
        }
    }

    /** Stops and releases the player; the view keeps showing its poster. */
    public void close() {
        players.dispose(player);
        player = null;
        media = null;
        showingFrames.set(false);
        if (state.get() != State.FAILED) {
            state.set(State.CLOSED);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** How far the recording has played. */
    public ReadOnlyObjectProperty<Duration> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** How long the recording is; unknown until it is ready. */
    public ReadOnlyObjectProperty<Duration> lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The toggle button, for ids and tests. */
    public Button toggleButton() {
        return toggle;
    }

    /** The scrub bar, for ids and tests. */
    public Slider scrubBar() {
        return scrub;
    }
}
