package org.wuzhenkiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kiosk's version, as Maven wrote it at build time. */
final class BuildInfo {

    private BuildInfo() {
    }

    static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development build");
        } catch (IOException e) {
            return "development build";
        }
    }
}
