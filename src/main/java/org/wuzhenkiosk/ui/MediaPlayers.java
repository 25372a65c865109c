package org.wuzhenkiosk.ui;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

/**
 * Every media player a screen opens, so that leaving a page can release them all and a test can count them: a
 * player holds a native decoder and an audio device until it is disposed, which the garbage collector never does.
 * FX thread only.
 */
public final class MediaPlayers {

    private final Set<MediaPlayer> open = new LinkedHashSet<>();
    private final List<WeakReference<MediaPlayer>> made = new ArrayList<>();
    private long created;

    /** A new player for {@code media}, counted as open until {@link #dispose(MediaPlayer)}. */
    public MediaPlayer open(Media media) {
        MediaPlayer player = new MediaPlayer(media);
        open.add(player);
        made.add(new WeakReference<>(player));
        created++;
        return player;
    }

    /** Stops and releases {@code player}; harmless when it is null or already released. */
    public void dispose(MediaPlayer player) {
        if (player != null && open.remove(player)) {
            player.stop();
            player.dispose();
        }
    }

    /** Releases every open player, e.g. when the page that showed them closes. */
    public void disposeAll() {
        for (MediaPlayer player : List.copyOf(open)) {
            dispose(player);
        }
    }

    /** The players opened and not yet released, oldest first. */
    public List<MediaPlayer> openPlayers() {
        return List.copyOf(open);
    }

    /** Players opened and not yet released. */
    public int openCount() {
        return open.size();
    }

    /** Players ever opened. */
    public long createdCount() {
        return created;
    }

    /** Players still reachable from anywhere (released or not); after a garbage collection, the leak figure. */
    public int reachableCount() {
        made.removeIf(ref -> ref.get() == null);
        return made.size();
    }
}
