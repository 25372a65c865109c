package org.wuzhenkiosk.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of the kiosk, typed and checked.
 *
 * @param contentDir the content folder, or null for the content bundled with the kiosk
 * @param language   the language at start and after a reset, or null for the content's default language
 * @param mapFile    a GeoJSON basemap to draw instead of the bundled one, or null
 */
public record KioskSettings(Path contentDir, String language, boolean fullScreen, int width, int height,
                            Duration idleTimeout, ScreenName startScreen, Theme theme, Path mapFile) {

    public static final KioskSettings DEFAULTS =
            new KioskSettings(null, null, true, 1920, 1080, Duration.ofSeconds(90), ScreenName.HOME, Theme.DEFAULT,
                    null);

    /** Colour themes; each is a pseudo-class on the scene's root. */
    public enum Theme {
        DEFAULT, HIGH_CONTRAST;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public KioskSettings withContentDir(Path dir) {
        return new KioskSettings(dir, language, fullScreen, width, height, idleTimeout, startScreen, theme, mapFile);
    }

    public KioskSettings withLanguage(String code) {
        return new KioskSettings(contentDir, code, fullScreen, width, height, idleTimeout, startScreen, theme, mapFile);
    }

    public KioskSettings withFullScreen(boolean full) {
        return new KioskSettings(contentDir, language, full, width, height, idleTimeout, startScreen, theme, mapFile);
    }

    public KioskSettings withSize(int w, int h) {
        return new KioskSettings(contentDir, language, fullScreen, w, h, idleTimeout, startScreen, theme, mapFile);
    }

    public KioskSettings withStartScreen(ScreenName screen) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, screen, theme, mapFile);
    }

    public KioskSettings withMapFile(Path file) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, startScreen, theme, file);
    }
}
