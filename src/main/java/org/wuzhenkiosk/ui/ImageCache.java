package org.wuzhenkiosk.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.image.Image;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.MediaProbe;

/**
 * Pictures decoded at the size they are shown (never full size), kept in a cache bounded by the bytes they take
 * decoded (4 a pixel), so that browsing every case all day leaves memory flat however large the pictures are.
 * "The size they are shown" is in the screen's pixels: a 4K panel gets twice the pixels of a 1080p one, up to the
 * picture's own, and a laptop's smaller window decodes fewer.
 */
public final class ImageCache {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final System.Logger LOG = System.getLogger(ImageCache.class.getName());
    private final long maxBytes;
    private final Cache<String, Image> images;
    /** Screen pixels per layout pixel, set by the window the kiosk shows in. */
    private volatile double renderScale = 1;

    private ImageCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.images = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String key, Image image) -> bytes(image))
                .executor(Runnable::run) // evicts on the caller's thread, so the bound holds after every picture
                .build();
    }

    /** A cache of decoded pictures that together take at most {@code megabytes}. */
    public static ImageCache ofMegabytes(long megabytes) {
        return new ImageCache(megabytes * MEGABYTE);
    }

    /** A cache of decoded pictures that together take at most {@code bytes}. */
    public static ImageCache ofBytes(long bytes) {
        return new ImageCache(bytes);
    }

    /** What a decoded picture takes in memory: four bytes a pixel. */
    static int bytes(Image image) {
        return (int) Math.min(Integer.MAX_VALUE, 4L * Math.round(image.getWidth()) * Math.round(image.getHeight()));
    }

    /** Screen pixels per layout pixel from now on: pictures decoded after this get as many as the screen shows. */
    public void setRenderScale(double scale) {
        renderScale = scale > 0 ? scale : 1;
    }

    public double renderScale() {
        return renderScale;
    }

    /**
     * The picture at {@code file} scaled to fit width x height layout pixels (a widget asks for its design size in
     * its window's pixels, {@link Units#px}), decoded at the screen's pixels for that box (never more than its own),
     * or empty when it is missing or undecodable.
     */
    public synchronized Optional<Image> get(Path file, double width, double height) {
        double boxWidth = Math.max(1, Math.round(width * renderScale));
        double boxHeight = Math.max(1, Math.round(height * renderScale));
        String key = file.toUri() + "@" + Math.round(boxWidth) + "x" + Math.round(boxHeight);
        Image cached = images.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        // JavaFX decodes the whole picture before scaling it: one replaced since it was checked could fill the heap
        Optional<MediaProbe.PictureSize> size = MediaProbe.size(file);
        long pixels = size.map(MediaProbe.PictureSize::pixels).orElse(0L);
        if (size.isPresent() && size.get().width() <= boxWidth && size.get().height() <= boxHeight) {
            boxWidth = size.get().width(); // JavaFX would enlarge it: the screen shows no more than it has
            boxHeight = size.get().height();
        }
        if (pixels > Limits.PICTURE_PIXELS) {
            LOG.log(Level.WARNING, "picture " + file + " has " + pixels + " pixels, more than the "
                    + Limits.PICTURE_PIXELS + " the kiosk decodes; a drawn cover is shown instead");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in, boxWidth, boxHeight, true, true);
            if (image.isError() || image.getWidth() <= 0) {
                LOG.log(Level.WARNING, "picture " + file + " cannot be decoded; a drawn cover is shown instead");
                return Optional.empty();
            }
            images.put(key, image);
            return Optional.of(image);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "picture " + file + " cannot be read (" + e.getMessage()
                    + "); a drawn cover is shown instead");
            return Optional.empty();
        }
    }

    /** How many pictures are kept. */
    public synchronized int size() {
        images.cleanUp();
        return (int) images.estimatedSize();
    }

    /** The bytes the kept pictures take decoded; never more than {@link #maxBytes()}. */
    public synchronized long bytes() {
        images.cleanUp();
        return images.asMap().values().stream().mapToLong(ImageCache::bytes).sum();
    }

    public long maxBytes() {
        return maxBytes;
    }
}
