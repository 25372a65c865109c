package org.wuzhenkiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Tells whether a media file is what the content says it is and in a format the kiosk can show, by reading its
 * contents (images: decoded through ImageIO, so a picture cut short is caught; audio and video: the container's
 * signature).
 */
public final class MediaProbe {

    private static final String SCALE_DOWN = "scale it down to about 1920 pixels on its longer side (the "
            + "screen's width) and save it as JPEG or PNG";

    private MediaProbe() {
    }

    /** ok, or why not and what to do. */
    public record Verdict(boolean ok, String reason, String fix) {
        static final Verdict OK = new Verdict(true, null, null);

        static Verdict no(String reason, String fix) {
            return new Verdict(false, reason, fix);
        }
    }

    /** Formats the kiosk plays, by what the file's first bytes say. */
    enum Container { PNG, JPEG, GIF, BMP, WAV, AIFF, MP3, MP4, FLV, HLS, OGG, WEBM, UNKNOWN }

    public static Verdict probe(Path file, String declaredType) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        } catch (IOException e) {
            return Verdict.no("it cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        if (head.length == 0) {
            return Verdict.no("the file is empty", "copy the file again; the copy was not finished");
        }
        Container container = sniff(head, file.getFileName().toString());
        String type = declaredType == null ? "" : declaredType;
        switch (type) {
            case "image":
                return probeImage(file, container);
            case "audio":
                return switch (container) {
                    case WAV, AIFF, MP3, MP4 -> Verdict.OK;
                    case OGG, WEBM -> Verdict.no("Ogg/WebM audio does not play in JavaFX",
                            "convert it to WAV (plays everywhere) or MP3/M4A");
                    default -> Verdict.no("it is not an audio file the kiosk can play (found " + describe(container)
                            + ")", "use WAV (plays everywhere) or MP3/M4A");
                };
            case "video":
                return switch (container) {
                    case MP4, FLV -> Verdict.OK;
                    case HLS -> Verdict.no("it is a playlist (HLS), which names other files, on this computer or on "
                            + "the network; the kiosk plays only the files in its content folder",
                            "put the clip itself in the content folder as MP4 (H.264 video, AAC audio)");
                    case OGG, WEBM -> Verdict.no("WebM/Ogg video does not play in JavaFX",
                            "convert it to MP4 (H.264 video, AAC audio)");
                    default -> Verdict.no("it is not a video file the kiosk can play (found " + describe(container)
                            + ")", "use MP4 with H.264 video and AAC audio");
                };
            default:
                return Verdict.OK;
        }
    }

    private static Verdict probeImage(Path file, Container container) {
        if (container == Container.UNKNOWN || container.ordinal() > Container.BMP.ordinal()) {
            return Verdict.no("it is not a PNG, JPEG, GIF or BMP picture (found " + describe(container) + ")",
                    "save the picture as PNG or JPEG");
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            return Verdict.no("it cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        if (bytes > Limits.PICTURE_FILE_BYTES) {
            return Verdict.no("the picture is " + Limits.megabytes(bytes) + "; a picture may be at most "
                    + Limits.megabytes(Limits.PICTURE_FILE_BYTES), SCALE_DOWN);
        }
        // a memory cache: ImageIO's default file cache would write a temporary file for every picture probed
        try (InputStream raw = Files.newInputStream(file);
             ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Verdict.no("the picture cannot be decoded", "save it again as PNG or JPEG");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Verdict.no("the picture has no pixels", "save it again as PNG or JPEG");
                }
                // the header's size, before any decoding: a few kilobytes can claim a billion pixels
                if ((long) width * height > Limits.PICTURE_PIXELS) {
                    return Verdict.no(String.format(Locale.ROOT, "the picture is %d x %d = %,d pixels; the kiosk "
                            + "shows pictures of at most %,d pixels (such as 4000 x 4000)", width, height,
                            (long) width * height, Limits.PICTURE_PIXELS), SCALE_DOWN);
                }
                // the header alone passes for a file cut short: decode it all, keeping only every n-th pixel
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / 64);
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
            } finally {
                reader.dispose();
            }
            if (!warnings.isEmpty()) {
                return Verdict.no("the picture is damaged (" + warnings.get(0) + ")",
                        "save it again as PNG or JPEG; the file may have been cut short while copying");
            }
            return Verdict.OK;
        } catch (IOException | RuntimeException e) {
            return Verdict.no("the picture cannot be decoded (" + e.getMessage() + ")",
                    "save it again as PNG or JPEG; the file may be damaged or cut short");
        }
    }

    /**
     * The pixels a picture's header claims, without decoding it; empty when there is no readable picture header.
     * The kiosk checks it again before each decode, as a picture may have been replaced since it was checked.
     */
    public static OptionalLong pixels(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return OptionalLong.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return OptionalLong.of((long) reader.getWidth(0) * reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static Container sniff(byte[] h, String name) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return Container.PNG;
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return Container.JPEG;
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return Container.GIF;
        }
        if (startsWith(h, 'B', 'M')) {
            return Container.BMP;
        }
        if (startsWith(h, 'R', 'I', 'F', 'F') && h.length >= 12 && h[8] == 'W' && h[9] == 'A' && h[10] == 'V') {
            return Container.WAV;
        }
        if (startsWith(h, 'F', 'O', 'R', 'M')) {
            return Container.AIFF;
        }
        if (startsWith(h, 'I', 'D', '3') || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0)) {
            return Container.MP3;
        }
        if (h.length >= 8 && h[4] == 'f' && h[5] == 't' && h[6] == 'y' && h[7] == 'p') {
            return Container.MP4;
        }
        if (startsWith(h, 'F', 'L', 'V')) {
            return Container.FLV;
        }
        if (startsWith(h, '#', 'E', 'X', 'T', 'M', '3', 'U')) {
            return Container.HLS;
        }
        if (startsWith(h, 'O', 'g', 'g', 'S')) {
            return Container.OGG;
        }
        if (startsWith(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Container.WEBM;
        }
        return Container.UNKNOWN;
    }

    private static String describe(Container container) {
        return container == Container.UNKNOWN ? "an unknown format"
                : container.name().toLowerCase(Locale.ROOT) + " data";
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(head, signature.length), toBytes(signature));
    }

    private static byte[] toBytes(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
