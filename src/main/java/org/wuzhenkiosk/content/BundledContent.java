package org.wuzhenkiosk.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** Finds the exhibition that ships with the kiosk: {@code /content} on the class path, in a folder or in the jar. */
public final class BundledContent {

    private static final String MARKER = "/content/exhibition.json";

    private BundledContent() {
    }

    /** The bundled content folder, as a path that the validator and loader can read like any other folder. */
    public static Path root() {
        URL url = BundledContent.class.getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the bundled content " + MARKER + " is not on the class path; "
                    + "build with mvn package, which copies resources/ into the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).getPath("/content");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled content at " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the kiosk's jar to read its bundled content", e);
        }
    }
}
