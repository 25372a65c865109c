package org.wuzhenkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;

/** For tests that edit content: a copy of the bundled exhibition (without its fonts) in a folder of their own. */
public final class BundledCopy {

    private BundledCopy() {
    }

    public static void into(Path target) throws IOException {
        copy(BundledContent.root(), target, p -> !p.toString().contains("fonts"));
    }

    /** As {@link #into}, for a test's own content folder (e.g. one under src/test/resources), copied whole. */
    public static void of(Path folder, Path target) throws IOException {
        copy(folder, target, p -> true);
    }

    private static void copy(Path root, Path target, Predicate<Path> wanted) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path source : files.filter(wanted).toList()) {
                Path copy = target.resolve(root.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
