package org.wuzhenkiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Pictures decoded at the size they are shown (never full size), kept in a bounded least-recently-used cache so
 * that browsing every case many times leaves memory flat.
 */
public final class ImageCache {

    private static final System.Logger LOG = System.getLogger(ImageCache.class.getName());
    private final int capacity;
    private final Map<String, Image> images;

    public ImageCache(int capacity) {
        this.capacity = capacity;
        this.images = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > ImageCache.this.capacity;
            }
        };
    }

    /** The picture at {@code file} scaled to fit width x height, or empty when it is missing or undecodable. */
    public synchronized Optional<Image> get(Path file, double width, double height) {
        String key = file.toUri() + "@" + Math.round(width) + "x" + Math.round(height);
        Image cached = images.get(key);
        if (cached != null) {
            return Optional.of(cached);
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

    public synchronized int size() {
        return images.size();
    }
}
