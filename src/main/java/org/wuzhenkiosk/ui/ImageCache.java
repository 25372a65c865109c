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
 */
public final class ImageCache {

    private static final long MEGABYTE = 1024L * 1024L;
    private static final System.Logger LOG = System.getLogger(ImageCache.class.getName());
    private final long maxBytes;
    private final Cache<String, Image> images;

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

    /** The picture at {@code file} scaled to fit width x height, or empty when it is missing or undecodable. */
    public synchronized Optional<Image> get(Path file, double width, double height) {
        String key = file.toUri() + "@" + Math.round(width) + "x" + Math.round(height);
        Image cached = images.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        // JavaFX decodes the whole picture before scaling it: one replaced since it was checked could fill the heap
        long pixels = MediaProbe.pixels(file).orElse(0);
        if (pixels > Limits.PICTURE_PIXELS) {
            LOG.log(Level.WARNING, "picture " + file + " has " + pixels + " pixels, more than the "
                    + Limits.PICTURE_PIXELS + " the kiosk decodes; a drawn cover is shown instead");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Image image = new Image(in, width, height, true, true);
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
