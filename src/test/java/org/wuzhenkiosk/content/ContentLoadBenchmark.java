package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content check and load (what {@code --validate} and every start do) against a bare Gson parse of the same
 * JSON files, at the bundled size, 1,000 and 10,000 records: time (the first call of this JVM, then the median of
 * warm calls) and bytes allocated. Prints each figure and the ratio.
 */
@Tag("benchmark")
class ContentLoadBenchmark {

    private static final int WARM_RUNS = 5;
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path work;

    private record Cost(long firstMs, long warmMedianMs, long allocatedMb) {
    }

    @Test
    void loadAgainstABareGsonParse() throws IOException {
        Path bundled = work.resolve("bundled");
        BundledCopy.into(bundled);
        Path thousand = work.resolve("1000");
        SyntheticContent.write(thousand, 800, 200, 3L);
        Path tenThousand = work.resolve("10000");
        SyntheticContent.write(tenThousand, 8_000, 2_000, 3L);

        System.out.printf("%nContent load benchmark (%d cores): load = validate and bind, as --validate and a start"
                + " do; parse = Gson's JsonParser over the same files%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("%-10s %-7s %10s %14s %14s%n", "content", "", "first ms", "warm median ms", "allocated MB");
        for (Path dir : List.of(bundled, thousand, tenThousand)) {
            Cost parse = cost(() -> parseAll(dir));
            Cost load = cost(() -> assertThat(ContentLoader.load(dir).errors()).as("errors in %s", dir).isEmpty());
            String name = dir.getFileName().toString();
            System.out.printf("%-10s %-7s %10d %14d %14d%n", name, "parse", parse.firstMs(), parse.warmMedianMs(),
                    parse.allocatedMb());
            System.out.printf("%-10s %-7s %10d %14d %14d%n", "", "load", load.firstMs(), load.warmMedianMs(),
                    load.allocatedMb());
            System.out.printf("%-10s %-7s %9.1fx %13.1fx %13.1fx%n", "", "ratio",
                    ratio(load.firstMs(), parse.firstMs()), ratio(load.warmMedianMs(), parse.warmMedianMs()),
                    ratio(load.allocatedMb(), parse.allocatedMb()));
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static Cost cost(Step step) throws IOException {
        long bytesBefore = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = System.nanoTime();
        step.run();
        long firstMs = (System.nanoTime() - start) / 1_000_000;
        long allocated = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytesBefore;
        long[] warm = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            step.run();
            warm[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(warm);
        return new Cost(firstMs, warm[WARM_RUNS / 2], allocated / (1024 * 1024));
    }

    private static void parseAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).isJsonObject())
                        .isTrue();
            }
        }
    }

    private static double ratio(long value, long base) {
        return (double) value / Math.max(1, base);
    }
}
