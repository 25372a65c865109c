package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests that edit content: a copy of the bundled exhibition (without its fonts) in a folder of their own. */
public final class BundledCopy {

    private BundledCopy() {
    }

    public static void into(Path target) throws IOException {
        Path root = BundledContent.root();
        try (var files = Files.walk(root)) {
            for (Path source : files.filter(p -> !p.toString().contains("fonts")).toList()) {
                Path copy = target.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }
}
