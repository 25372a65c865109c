package org.wuzhenkiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;

/**
 * Every stylesheet and font the kiosk takes from its class path, looked up in one place: a missing or unreadable
 * one fails with its path in the message instead of a bare NullPointerException.
 */
public final class Resources {

    private static final System.Logger LOG = System.getLogger(Resources.class.getName());

    private Resources() {
    }

    /** A class-path resource: an absolute path ("/org/...") or a name beside {@code owner}'s class ("cases.css"). */
    public static URL url(Class<?> owner, String path) {
        URL url = owner.getResource(path);
        if (url == null) {
            throw new IllegalStateException("not on the class path: " + absolute(owner, path));
        }
        return url;
    }

    /** A stylesheet, in the form {@code Scene.getStylesheets()} and {@code Parent.getStylesheets()} take. */
    public static String stylesheet(Class<?> owner, String path) {
        return url(owner, path).toExternalForm();
    }

    /**
     * A font face (TTF or OTF) registered with JavaFX, so that stylesheets can name its family. JavaFX reads a face
     * from a file in place, but from inside the jar only through a temporary copy ({@code +JXF….tmp}, 3 MB) that a
     * kiosk switched off at night never deletes; so a face in the jar is copied once into {@code cache} and read
     * from there. Without a writable {@code cache} (null, or a read-only disk) it is read through the copy.
     */
    public static Font font(String path, double size, Path cache) {
        return font(url(Resources.class, path), size, cache);
    }

    static Font font(URL url, double size, Path cache) {
        Path file = null;
        try {
            file = "file".equals(url.getProtocol()) ? Path.of(url.toURI()) : cached(url, cache);
        } catch (IOException | IllegalArgumentException | URISyntaxException e) {
            LOG.log(Level.WARNING, "the font " + url + " cannot be copied to " + cache + " (" + e.getMessage()
                    + "); it is read through a temporary copy instead");
        }
        Font font = null;
        if (file != null) {
            // the path as it is, not URL-encoded: JavaFX opens what follows "file:" as a file name
            String where = file.toAbsolutePath().toString().replace('\\', '/');
            font = Font.loadFont("file:" + (where.startsWith("/") ? "" : "/") + where, size);
        }
        if (font == null) {
            try (InputStream in = url.openStream()) {
                font = Font.loadFont(in, size);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + url, e);
            }
        }
        if (font == null) {
            throw new IllegalStateException("not a font JavaFX can read: " + url);
        }
        return font;
    }

    /**
     * Makes ikonli register its icon faces (Material Design Icons, and its own "Ikonli") as {@link #font} does,
     * from {@code cache}: left to itself it reads each from inside its jar through a temporary copy on every start.
     * Ikonli takes the font loader of the first caller for good, so this must run before the first icon is made.
     */
    public static void iconFonts(Path cache) {
        Map<String, Font> faces = new ConcurrentHashMap<>();
        IkonResolverProvider.getInstance(handler -> iconFont(handler, faces, cache));
    }

    private static void iconFont(IkonHandler handler, Map<String, Font> faces, Path cache) {
        URL url = handler.getFontResource();
        if (url == null) {
            LOG.log(Level.WARNING, "the icons of " + handler.getFontFamily() + " have no font; they show as boxes");
            return;
        }
        try {
            // the icon packs' handlers share one face per pack (27 for Material Design): each face is read once
            handler.setFont(faces.computeIfAbsent(url.toExternalForm(), u -> font(url, 16, cache)));
        } catch (IllegalStateException | UncheckedIOException e) {
            LOG.log(Level.WARNING, e.getMessage() + "; the icons of " + handler.getFontFamily() + " show as boxes");
        }
    }

    /** The face at {@code url} (inside the jar) as a file in {@code cache}, copied there unless it already is. */
    private static Path cached(URL url, Path cache) throws IOException {
        URLConnection connection = url.openConnection();
        if (cache == null || !(connection instanceof JarURLConnection jar)) {
            return null;
        }
        JarEntry entry = jar.getJarEntry();
        String name = Path.of(entry.getName()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        // the entry's checksum in the name: a new kiosk version with another face gets its own copy
        String copy = stem + "-" + Long.toHexString(entry.getCrc()) + (dot < 0 ? "" : name.substring(dot));
        Path file = cache.resolve(copy);
        if (Files.isRegularFile(file) && Files.size(file) == entry.getSize()) {
            return file;
        }
        Files.createDirectories(cache);
        Path part = Files.createTempFile(cache, copy, ".part");
        try (InputStream in = jar.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        try (Stream<Path> old = Files.list(cache)) {
            for (Path stale : old.filter(p -> p.getFileName().toString().startsWith(stem + "-")
                    && !p.equals(file)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        LOG.log(Level.INFO, "font " + name + " copied to " + file + " (once for this version of the kiosk)");
        return file;
    }

    private static String absolute(Class<?> owner, String path) {
        return path.startsWith("/") ? path : "/" + owner.getPackageName().replace('.', '/') + "/" + path;
    }
}
