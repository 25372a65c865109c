package org.wuzhenkiosk.config;

import java.util.Locale;

/** The kiosk's screens, as named in settings and on the command line. */
public enum ScreenName {
    HOME, TIMELINE, CASES, MAP, STORY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
