package org.wuzhenkiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.scene.text.Font;

/**
 * Every stylesheet and font the kiosk takes from its class path, looked up in one place: a missing or unreadable
 * one fails with its path in the message instead of a bare NullPointerException.
 */
public final class Resources {

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

    /** A font face (TTF or OTF) registered with JavaFX, so that stylesheets can name its family. */
    public static Font font(String path, double size) {
        try (InputStream in = url(Resources.class, path).openStream()) {
            Font font = Font.loadFont(in, size);
            if (font == null) {
                throw new IllegalStateException("not a font JavaFX can read: " + path);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String absolute(Class<?> owner, String path) {
        return path.startsWith("/") ? path : "/" + owner.getPackageName().replace('.', '/') + "/" + path;
    }
}
