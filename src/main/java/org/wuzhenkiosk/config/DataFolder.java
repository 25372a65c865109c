package org.wuzhenkiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where an installed kiosk keeps its settings, logs and statistics: a folder of the user it runs as, because the
 * program itself lies in a folder only an administrator may write. The installers' launchers set
 * {@value #INSTALLED_PROPERTY}; a kiosk started from its jar keeps using its working folder.
 */
public final class DataFolder {

    /** The system property the installers' launchers set (jpackage {@code --java-options}). */
    public static final String INSTALLED_PROPERTY = "wuzhen.kiosk.installed";
    private static final System.Logger LOG = System.getLogger(DataFolder.class.getName());
    private static final String BUNDLED = "/org/wuzhenkiosk/config/kiosk.properties";

    private DataFolder() {
    }

    /**
     * The settings file when no {@code --config} is given: {@code kiosk.properties} in the working folder, or for
     * an installed kiosk in its data folder, where the shipped settings are copied on the first start so that
     * staff can edit them and the logs and statistics they name land beside them.
     */
    public static Path settingsFile() {
        if (!Boolean.getBoolean(INSTALLED_PROPERTY)) {
            return SettingsFile.DEFAULT_LOCATION;
        }
        Path folder = forSystem(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
        try {
            return settingsIn(folder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the data folder " + folder + " cannot be written (" + e.getMessage()
                    + "); settings are read from the working folder instead");
            return SettingsFile.DEFAULT_LOCATION;
        }
    }

    /**
     * Where the kiosk keeps files it makes for itself (the bundled fonts, copied out of the jar once): a
     * {@code cache} folder in the data folder, for an installed kiosk and one started from its jar alike.
     */
    public static Path cacheFolder() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve("cache");
    }

    /** {@code folder}/kiosk.properties, written from the shipped settings if it is not there yet. */
    static Path settingsIn(Path folder) throws IOException {
        Path file = folder.resolve("kiosk.properties");
        if (!Files.exists(file)) {
            Files.createDirectories(folder);
            try (InputStream shipped = DataFolder.class.getResourceAsStream(BUNDLED)) {
                if (shipped == null) {
                    throw new IOException("the shipped kiosk.properties is missing from the program");
                }
                Files.copy(shipped, file);
            }
            LOG.log(Level.INFO, "first start: the settings were written to " + file + " (edit them there)");
        }
        return file;
    }

    /**
     * The data folder by the operating system's convention: {@code %LOCALAPPDATA%\WuzhenKiosk} on Windows,
     * {@code ~/Library/Application Support/WuzhenKiosk} on macOS, {@code $XDG_DATA_HOME/wuzhen-kiosk} (by default
     * {@code ~/.local/share/wuzhen-kiosk}) elsewhere.
     */
    static Path forSystem(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("WuzhenKiosk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("WuzhenKiosk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("wuzhen-kiosk");
    }
}
