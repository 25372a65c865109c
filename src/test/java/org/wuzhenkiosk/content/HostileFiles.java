package org.wuzhenkiosk.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Files as an attacker (or an unlucky export) makes them: pictures whose few bytes claim billions of pixels, files
 * that are big on disk without taking the space, for the hostile-content tests.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A symbolic link at {@code link} to {@code target}; the test is skipped where links cannot be made (Windows
     * without the privilege to make them, a file system without links).
     */
    public static Path link(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
            throw e;
        }
    }

    /** A named pipe at {@code file}, which no one writes; the test is skipped where mkfifo cannot make one. */
    public static void pipe(Path file) throws IOException {
        boolean made;
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
            made = mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            made = false;
        }
        Assumptions.assumeTrue(made, "named pipes cannot be made here (no mkfifo)");
    }

    /** A PNG header of {@code width} x {@code height} black pixels with their first rows, in a few kilobytes. */
    public static byte[] png(int width, int height) throws IOException {
        return png(width, height, Math.min(height, 16));
    }

    /** A whole, decodable PNG of {@code width} x {@code height} black pixels, small on disk (one zlib stream). */
    public static byte[] completePng(int width, int height) throws IOException {
        return png(width, height, height);
    }

    private static byte[] png(int width, int height, int rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 1-bit grey
        chunk(out, "IHDR", header.array());
        byte[] raw = new byte[rows * (1 + (width + 7) / 8)];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        chunk(out, "IDAT", Arrays.copyOf(buffer, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A GIF whose one image claims {@code width} x {@code height} pixels (at most 65535 each). */
    public static byte[] gif(int width, int height) {
        ByteBuffer gif = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        gif.put("GIF89a".getBytes(StandardCharsets.US_ASCII)).putShort((short) width).putShort((short) height)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        gif.put((byte) 0x2C).putShort((short) 0).putShort((short) 0).putShort((short) width).putShort((short) height)
                .put((byte) 0).put((byte) 2).put((byte) 2).put((byte) 0x4C).put((byte) 0x01).put((byte) 0)
                .put((byte) 0x3B);
        return Arrays.copyOf(gif.array(), gif.position());
    }

    /** A run-length encoded 8-bit BMP claiming {@code width} x {@code height} pixels in about a kilobyte. */
    public static byte[] bmp(int width, int height) {
        int palette = 256 * 4;
        ByteBuffer bmp = ByteBuffer.allocate(54 + palette + 2).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(bmp.capacity()).putInt(0).putInt(54 + palette);
        bmp.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 8).putInt(1).putInt(2)
                .putInt(2835).putInt(2835).putInt(256).putInt(0);
        bmp.position(54 + palette);
        bmp.put((byte) 0).put((byte) 1); // end of bitmap: every pixel left at colour 0
        return bmp.array();
    }

    /** A real 16 x 16 JPEG whose frame header then claims {@code width} x {@code height} pixels (at most 65535). */
    public static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", out);
        byte[] jpeg = out.toByteArray();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) { // start of frame: precision, height, width
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame header");
    }

    /** Makes {@code file} {@code bytes} long after what it holds, without writing them (a sparse file). */
    public static void growTo(Path file, long bytes) throws IOException {
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try (RandomAccessFile grown = new RandomAccessFile(file.toFile(), "rw")) {
            grown.setLength(bytes);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
