package org.wuzhenkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.theme.Theme;

/** Stylesheets and fonts come off the class path, and a missing one names its path. */
class ResourcesTest {

    @Test
    void aStylesheetBesideItsClassIsFoundByName() {
        assertThat(Resources.stylesheet(Theme.class, "kiosk.css")).endsWith("/org/wuzhenkiosk/theme/kiosk.css");
    }

    @Test
    void aMissingStylesheetFailsNamingItsFullPath() {
        assertThatThrownBy(() -> Resources.stylesheet(Theme.class, "nowhere.css"))
                .hasMessageContaining("/org/wuzhenkiosk/theme/nowhere.css");
    }

    @Test
    void aMissingFontFailsNamingItsPath() {
        assertThatThrownBy(() -> Resources.font("/content/fonts/Nowhere.ttf", 20, null))
                .hasMessageContaining("/content/fonts/Nowhere.ttf");
    }

    @Test
    void aFileThatIsNoFontFailsNamingItsPath() {
        assertThatThrownBy(() -> Resources.font("/org/wuzhenkiosk/theme/kiosk.css", 20, null))
                .hasMessageContaining("/org/wuzhenkiosk/theme/kiosk.css");
    }

    /** The temporary copies JavaFX makes of fonts it reads from a stream, in the temp folder. */
    private static Set<Path> temporaryFontCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("+JXF")).collect(Collectors.toSet());
        }
    }

    @Test
    void aFontInsideTheJarIsCopiedOnceIntoTheCacheAndNeverIntoTheTempFolder(@TempDir Path dir) throws IOException {
        Path face = BundledContent.root().resolve("fonts/NotoSansSC-Bold.ttf");
        Path jar = dir.resolve("kiosk.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("content/fonts/NotoSansSC-Bold.ttf"));
            Files.copy(face, out);
            out.closeEntry();
        }
        URL inJar = new URL("jar:" + jar.toUri() + "!/content/fonts/NotoSansSC-Bold.ttf");
        Path cache = dir.resolve("data folder").resolve("cache");
        Set<Path> before = temporaryFontCopies();
        for (int start = 0; start < 3; start++) {
            assertThat(Resources.font(inJar, 20, cache).getFamily()).isEqualTo("Noto Sans SC");
        }
        try (Stream<Path> copies = Files.list(cache)) {
            assertThat(copies.toList()).singleElement().satisfies(copy -> assertThat(Files.mismatch(copy, face))
                    .as("the cached face is the bundled one").isEqualTo(-1));
        }
        assertThat(temporaryFontCopies()).as("no temporary copy of the face was left in the temp folder")
                .isSubsetOf(before);
        // without a cache folder the face is still shown, read through JavaFX's temporary copy
        assertThat(Resources.font(inJar, 20, null).getFamily()).isEqualTo("Noto Sans SC");
        assertThat(temporaryFontCopies()).as("the check above sees a temporary copy when there is one")
                .hasSizeGreaterThan(before.size());
    }
}
