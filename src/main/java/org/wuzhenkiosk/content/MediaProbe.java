package org.wuzhenkiosk.content;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** The key of the fix for a picture too big to show. */
    private static final String SCALE_DOWN = "probe.picture.scale.down";

    private MediaProbe() {
    }

    /** ok, or why not and what to do. */
    public record Verdict(boolean ok, Wording says, Wording fixSays) {
        static final Verdict OK = new Verdict(true, null, null);

        static Verdict no(String reasonKey, String fixKey, Object... args) {
            return new Verdict(false, Wording.of(reasonKey, args), Wording.of(fixKey, args));
        }

        /** Why not, in English. */
        public String reason() {
            return says == null ? null : says.in(Wording.ENGLISH);
        }

        /** What to do, in English. */
        public String fix() {
            return fixSays == null ? null : fixSays.in(Wording.ENGLISH);
        }
    }

    /** Formats the kiosk plays, by what the file's first bytes say. */
    enum Container { PNG, JPEG, GIF, BMP, WAV, AIFF, MP3, MP4, FLV, HLS, OGG, WEBM, UNKNOWN }

    public static Verdict probe(Path file, String declaredType) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        } catch (IOException e) {
            return Verdict.no("probe.unreadable", "probe.unreadable.fix", String.valueOf(e.getMessage()));
        }
        if (head.length == 0) {
            return Verdict.no("probe.empty", "probe.empty.fix");
        }
        Container container = sniff(head, file.getFileName().toString());
        String type = declaredType == null ? "" : declaredType;
        switch (type) {
            case "image":
                return probeImage(file, container);
            case "audio":
                return switch (container) {
                    case WAV, AIFF, MP3, MP4 -> Verdict.OK;
                    case OGG, WEBM -> Verdict.no("probe.audio.ogg", "probe.audio.ogg.fix");
                    default -> Verdict.no("probe.audio.not", "probe.audio.not.fix", describe(container));
                };
            case "video":
                return switch (container) {
                    case MP4, FLV -> Verdict.OK;
                    case HLS -> Verdict.no("probe.video.playlist", "probe.video.playlist.fix");
                    case OGG, WEBM -> Verdict.no("probe.video.webm", "probe.video.webm.fix");
                    default -> Verdict.no("probe.video.not", "probe.video.not.fix", describe(container));
                };
            default:
                return Verdict.OK;
        }
    }

    private static Verdict probeImage(Path file, Container container) {
        if (container == Container.UNKNOWN || container.ordinal() > Container.BMP.ordinal()) {
            return Verdict.no("probe.picture.not", "probe.picture.not.fix", describe(container));
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            return Verdict.no("probe.unreadable", "probe.unreadable.fix", String.valueOf(e.getMessage()));
        }
        if (bytes > Limits.PICTURE_FILE_BYTES) {
            return Verdict.no("probe.picture.big", SCALE_DOWN, Limits.megabytes(bytes),
                    Limits.megabytes(Limits.PICTURE_FILE_BYTES));
        }
        // a memory cache: ImageIO's default file cache would write a temporary file for every picture probed
        try (InputStream raw = Files.newInputStream(file);
             ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Verdict.no("probe.picture.undecodable", "probe.picture.again");
            }
            ImageReader reader = readers.next();
            List<String> warnings = new ArrayList<>();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Verdict.no("probe.picture.no.pixels", "probe.picture.again");
                }
                // the header's size, before any decoding: a few kilobytes can claim a billion pixels
                if ((long) width * height > Limits.PICTURE_PIXELS) {
                    return Verdict.no("probe.picture.pixels", SCALE_DOWN, width, height,
                            String.format(Locale.ROOT, "%,d", (long) width * height),
                            String.format(Locale.ROOT, "%,d", Limits.PICTURE_PIXELS));
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
                return Verdict.no("probe.picture.damaged", "probe.picture.damaged.fix", decoderSays(warnings.get(0)));
            }
            return Verdict.OK;
        } catch (IOException | RuntimeException e) {
            return Verdict.no("probe.picture.undecodable.why", "probe.picture.cut",
                    decoderSays(e instanceof EOFException ? "end of file" : String.valueOf(e.getMessage())));
        }
    }

    /**
     * The pixels a picture's header claims, without decoding it; empty when there is no readable picture header.
     * The kiosk checks it again before each decode, as a picture may have been replaced since it was checked.
     */
    public static OptionalLong pixels(Path file) {
        return size(file).map(size -> OptionalLong.of(size.pixels())).orElse(OptionalLong.empty());
    }

    /** A picture's width and height in pixels, as its header says. */
    public record PictureSize(int width, int height) {

        public long pixels() {
            return (long) width * height;
        }
    }

    /** The width and height a picture's header claims, without decoding it; empty when it has no readable header. */
    public static Optional<PictureSize> size(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new PictureSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The container of a clip or narration by its first bytes ("mp4", "mp3", "wav", "aiff", "flv", …), or "" when it
     * cannot be read or is none the kiosk knows.
     */
    public static String format(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Container container = sniff(in.readNBytes(16), file.getFileName().toString());
            return container == Container.UNKNOWN ? "" : container.name().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
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

    /** A picture decoder's reason (ImageIO speaks English) in words staff read in their language; English keeps it. */
    static Wording decoderSays(String reason) {
        String said = reason.toLowerCase(Locale.ROOT);
        if (said.contains("end of") || said.contains("premature") || said.contains("truncated")) {
            return Wording.of("probe.decoder.ends.early", reason);
        }
        if (said.contains("crc")) {
            return Wording.of("probe.decoder.checksum", reason);
        }
        if (said.contains("unsupported")) {
            return Wording.of("probe.decoder.unsupported", reason);
        }
        if (said.contains("corrupt") || said.contains("bogus") || said.contains("invalid") || said.contains("error")) {
            return Wording.of("probe.decoder.corrupt", reason);
        }
        return Wording.of("probe.decoder.says", reason);
    }

    private static Wording describe(Container container) {
        return container == Container.UNKNOWN ? Wording.of("probe.unknown")
                : Wording.of("probe.data", container.name().toLowerCase(Locale.ROOT));
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
