package org.wuzhenkiosk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.wuzhenkiosk.content.Wording;

/**
 * Every setting of the kiosk, typed and checked.
 *
 * @param contentDir the content folder, or null for the content bundled with the kiosk
 * @param language   the language at start and after a reset, or null for the content's default language
 * @param mapFile    a GeoJSON basemap to draw instead of the bundled one, or null
 * @param operations how the kiosk looks after itself: visitor statistics, staff PIN, live reload, logs
 * @param reach      whether the kiosk starts, and returns after every idle reset, with its controls and what is open
 *                   in the lower part of the screen, within reach of a seated or short visitor
 */
public record KioskSettings(Path contentDir, String language, boolean fullScreen, int width, int height,
                            Duration idleTimeout, ScreenName startScreen, Theme theme, Path mapFile,
                            Operations operations, boolean reach) {

    public static final KioskSettings DEFAULTS =
            new KioskSettings(null, null, true, 1920, 1080, Duration.ofSeconds(90), ScreenName.HOME, Theme.DEFAULT,
                    null, Operations.DEFAULTS, false);

    /**
     * Settings for running all day without a person beside the kiosk.
     *
     * @param analyticsDir      folder of the daily visitor statistics files, or null to record nothing
     * @param analyticsMaxBytes the most those files may take together; the oldest days go first
     * @param staffPin          the staff PIN's salted hash, or null when staff mode is not set up
     * @param contentWatch      whether edits in the content folder are picked up while the kiosk runs
     * @param logsDir           folder of the rotating log files, or null to log to the console only
     * @param picturesCacheBytes the most the decoded pictures kept for showing again may take in memory
     * @param staffLanguage     the language of --validate and the staff panel, or null for the computer's
     * @param attractStory      whether the attract loop plays the guided tour's stops instead of cases and milestones
     */
    public record Operations(Path analyticsDir, long analyticsMaxBytes, PinHash staffPin, boolean contentWatch,
                             Path logsDir, long picturesCacheBytes, String staffLanguage, boolean attractStory) {

        public static final long MEGABYTE = 1024L * 1024L;
        /** Languages the staff messages are written in (content/problems_*.properties), English first. */
        public static final List<String> STAFF_LANGUAGES = Wording.languages();
        public static final Operations DEFAULTS = new Operations(null, 50 * MEGABYTE, null, true, null,
                64 * MEGABYTE, null, false);

        public Operations withAnalyticsDir(Path dir) {
            return new Operations(dir, analyticsMaxBytes, staffPin, contentWatch, logsDir,
                    picturesCacheBytes, staffLanguage, attractStory);
        }

        public Operations withAnalyticsMaxBytes(long bytes) {
            return new Operations(analyticsDir, bytes, staffPin, contentWatch, logsDir,
                    picturesCacheBytes, staffLanguage, attractStory);
        }

        public Operations withStaffPin(PinHash pin) {
            return new Operations(analyticsDir, analyticsMaxBytes, pin, contentWatch, logsDir,
                    picturesCacheBytes, staffLanguage, attractStory);
        }

        public Operations withContentWatch(boolean watch) {
            return new Operations(analyticsDir, analyticsMaxBytes, staffPin, watch, logsDir,
                    picturesCacheBytes, staffLanguage, attractStory);
        }

        public Operations withPicturesCacheBytes(long bytes) {
            return new Operations(analyticsDir, analyticsMaxBytes, staffPin, contentWatch, logsDir, bytes,
                    staffLanguage, attractStory);
        }

        public Operations withStaffLanguage(String language) {
            return new Operations(analyticsDir, analyticsMaxBytes, staffPin, contentWatch, logsDir, picturesCacheBytes,
                    language, attractStory);
        }

        /** The language staff read: the one set, else the computer's when the kiosk speaks it, else English. */
        public String staffLanguageOrSystem() {
            if (staffLanguage != null) {
                return staffLanguage;
            }
            return STAFF_LANGUAGES.contains(Locale.getDefault().getLanguage()) ? Locale.getDefault().getLanguage()
                    : STAFF_LANGUAGES.get(0);
        }

        public Operations withAttractStory(boolean story) {
            return new Operations(analyticsDir, analyticsMaxBytes, staffPin, contentWatch, logsDir, picturesCacheBytes,
                    staffLanguage, story);
        }

        public Operations withLogsDir(Path dir) {
            return new Operations(analyticsDir, analyticsMaxBytes, staffPin, contentWatch, dir, picturesCacheBytes,
                    staffLanguage, attractStory);
        }
    }

    /** Colour themes; each is a pseudo-class on the scene's root. */
    public enum Theme {
        DEFAULT, HIGH_CONTRAST;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public KioskSettings withContentDir(Path dir) {
        return new KioskSettings(dir, language, fullScreen, width, height, idleTimeout, startScreen, theme, mapFile,
                operations, reach);
    }

    public KioskSettings withLanguage(String code) {
        return new KioskSettings(contentDir, code, fullScreen, width, height, idleTimeout,
                startScreen, theme, mapFile, operations, reach);
    }

    public KioskSettings withFullScreen(boolean full) {
        return new KioskSettings(contentDir, language, full, width, height, idleTimeout,
                startScreen, theme, mapFile, operations, reach);
    }

    public KioskSettings withSize(int w, int h) {
        return new KioskSettings(contentDir, language, fullScreen, w, h, idleTimeout, startScreen, theme, mapFile,
                operations, reach);
    }

    public KioskSettings withStartScreen(ScreenName screen) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout,
                screen, theme, mapFile, operations, reach);
    }

    public KioskSettings withIdleTimeout(Duration timeout) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, timeout, startScreen, theme, mapFile,
                operations, reach);
    }

    public KioskSettings withTheme(Theme newTheme) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, startScreen, newTheme,
                mapFile, operations, reach);
    }

    public KioskSettings withMapFile(Path file) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, startScreen, theme, file,
                operations, reach);
    }

    public KioskSettings withOperations(Operations ops) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, startScreen, theme,
                mapFile, ops, reach);
    }

    public KioskSettings withReach(boolean lower) {
        return new KioskSettings(contentDir, language, fullScreen, width, height, idleTimeout, startScreen, theme,
                mapFile, operations, lower);
    }
}
