package org.wuzhenkiosk.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kiosk jar that {@code mvn package} makes carries JavaFX's natives for its platform, built for its processor,
 * and the bundled exhibition, and names the kiosk as its main class. Runs after the jars are built (the
 * {@code platform-jars} execution in the pom passes {@code kiosk.jars}); run alone it is skipped.
 */
class PlatformJarsIT {

    /** ELF and PE machine codes and Mach-O CPU types. */
    private static final int ELF_X86_64 = 62;
    private static final int ELF_AARCH64 = 183;
    private static final int PE_AMD64 = 0x8664;
    private static final int MACHO_X86_64 = 0x01000007;
    private static final int MACHO_ARM64 = 0x0100000C;

    @ParameterizedTest(name = "wuzhen-kiosk-{0}.jar")
    @CsvSource({"win, glass.dll", "mac, libglass.dylib", "mac-aarch64, libglass.dylib", "linux, libglass.so",
            "linux-aarch64, libglass.so"})
    void eachPlatformsJarHoldsItsNativesAndTheBundledContent(String platform, String glass) throws IOException {
        String dir = System.getProperty("kiosk.jars");
        assumeTrue(dir != null, "the jars are checked after mvn package (integration-test phase)");
        Path jar = Path.of(dir, "wuzhen-kiosk-" + platform + ".jar");
        assertThat(jar).as("mvn package makes a jar for " + platform).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry glassEntry = file.getEntry(glass);
            assertThat(glassEntry).as(glass + " in " + jar.getFileName()).isNotNull();
            try (InputStream in = file.getInputStream(glassEntry)) {
                assertThat(architecture(in.readNBytes(4096))).as("the processor " + glass + " is built for")
                        .isEqualTo(expectedArchitecture(platform));
            }
            for (String media : List.of("jfxmedia", "prism_sw", "javafx_font")) {
                assertThat(file.stream().anyMatch(e -> e.getName().contains(media) && isNative(e.getName())))
                        .as(media + " native in " + jar.getFileName()).isTrue();
            }
            assertThat(file.stream().filter(e -> isNative(e.getName())).map(ZipEntry::getName)
                    .filter(name -> !belongsTo(name, platform)))
                    .as("no other platform's natives in " + jar.getFileName()).isEmpty();
            for (String content : List.of("content/exhibition.json", "content/events.json", "content/cases.json",
                    "content/map/countries-110m.geojson")) {
                assertThat(file.getEntry(content)).as(content + " in " + jar.getFileName()).isNotNull();
            }
            Manifest manifest = file.getManifest();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo("org.wuzhenkiosk.cli.Main");
        }
    }

    @Test
    void theJarForThisMachineKeepsItsPlainName() {
        String dir = System.getProperty("kiosk.jars");
        assumeTrue(dir != null, "the jars are checked after mvn package (integration-test phase)");
        assertThat(Files.isRegularFile(Path.of(dir, "wuzhen-kiosk.jar"))).as("wuzhen-kiosk.jar for scripts").isTrue();
    }

    private static boolean isNative(String name) {
        return !name.contains("/") && (name.endsWith(".dll") || name.endsWith(".so") || name.endsWith(".dylib"));
    }

    private static boolean belongsTo(String name, String platform) {
        return switch (platform) {
            case "win" -> name.endsWith(".dll");
            case "mac", "mac-aarch64" -> name.endsWith(".dylib");
            default -> name.endsWith(".so");
        };
    }

    private static String expectedArchitecture(String platform) {
        return switch (platform) {
            case "win" -> "pe-amd64";
            case "mac" -> "macho-x86_64";
            case "mac-aarch64" -> "macho-arm64";
            case "linux" -> "elf-x86_64";
            case "linux-aarch64" -> "elf-aarch64";
            default -> throw new IllegalArgumentException(platform);
        };
    }

    /** The format and processor a native library's header names. */
    static String architecture(byte[] head) {
        ByteBuffer le = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            int machine = le.getShort(18) & 0xffff;
            return machine == ELF_X86_64 ? "elf-x86_64" : machine == ELF_AARCH64 ? "elf-aarch64" : "elf-" + machine;
        }
        if (head[0] == 'M' && head[1] == 'Z') {
            int pe = le.getInt(0x3c);
            int machine = le.getShort(pe + 4) & 0xffff;
            return machine == PE_AMD64 ? "pe-amd64" : "pe-" + Integer.toHexString(machine);
        }
        if (le.getInt(0) == 0xfeedfacf) { // 64-bit Mach-O, little-endian
            int cpu = le.getInt(4);
            return cpu == MACHO_X86_64 ? "macho-x86_64" : cpu == MACHO_ARM64 ? "macho-arm64" : "macho-" + cpu;
        }
        return "unknown";
    }
}
