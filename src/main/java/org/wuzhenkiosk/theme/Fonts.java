package org.wuzhenkiosk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import org.wuzhenkiosk.content.BundledContent;

/**
 * Loads the bundled Noto Sans SC faces so Chinese never renders as boxes (the kiosk PC may have no CJK font).
 * Call once before the first scene.
 */
public final class Fonts {

    /** The family every stylesheet names. */
    public static final String FAMILY = "Noto Sans SC";
    private static final List<String> FILES = List.of("fonts/NotoSansSC-Regular.ttf", "fonts/NotoSansSC-Bold.ttf");
    private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
    private static volatile boolean loaded;

    private Fonts() {
    }

    /** Loads the faces once; returns the names JavaFX registered (empty when none could be loaded). */
    public static synchronized List<String> load() {
        List<String> names = new ArrayList<>();
        if (loaded) {
            return names;
        }
        Path root = BundledContent.root();
        for (String file : FILES) {
            try (InputStream in = Files.newInputStream(root.resolve(file))) {
                Font font = Font.loadFont(in, 20);
                if (font == null) {
                    LOG.log(Level.WARNING, "font " + file + " could not be loaded; Chinese may show as boxes");
                } else {
                    names.add(font.getName());
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "font " + file + " is missing from the bundled content: " + e.getMessage());
            }
        }
        loaded = true;
        return names;
    }
}
