package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.SyntheticContent;

/**
 * Process start to first frame, side by side with an empty JavaFX app ({@link EmptyFxApp}) launched the same way:
 * the kiosk on each start screen, with a class archive (the README's tuned launch) and with as many events on the
 * timeline as it takes ({@link Limits#EVENTS}). Runs alternate, several of each ({@code -Dbench.startup.runs},
 * default 5), on headless Monocle and, when a display is present, in a real window. Prints the median, min–max and
 * the ratio to the empty app for first frame, peak resident memory and CPU time.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.startup.runs", 5);
    private static final long TIMEOUT_SECONDS = 180;
    private static final String EMPTY = "empty JavaFX app";
    /**
     * The launchers' tuning of the JIT (README, "Start-up time"): the optimising compiler (C2) takes a method ten
     * times later than by default, so that on two cores it does not compete with the start for the processor, and
     * the methods that stay hot all day are optimised all the same, a few seconds on.
     */
    static final String[] LATER_C2 = {"-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000",
        "-XX:Tier4CompileThreshold=150000", "-XX:Tier4BackEdgeThreshold=400000"};

    @TempDir
    Path work;

    private record Figures(long firstFrameMs, long peakResidentMb, long cpuMs) {
    }

    private record Launch(String name, List<String> jvm, String main, List<String> args) {
    }

    @Test
    void firstFrameSideBySideWithAnEmptyJavaFxApp() throws Exception {
        Path jar = Path.of("target", "wuzhen-kiosk.jar").toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "run after the package phase (mvn -B verify -Pbench): " + jar);
        Path settings = Files.writeString(work.resolve("kiosk.properties"), "# defaults\n");
        Path tenThousand = work.resolve("most-events");
        SyntheticContent.write(tenThousand, Limits.EVENTS, 20, 7L);

        String monocle = testClassPath().stream().filter(p -> p.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("openjfx-monocle is not on the test class path"));
        String classes = String.join(File.pathSeparator, jar.toString(), monocle,
                Path.of("target", "test-classes").toAbsolutePath().toString());
        List<String> headless = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dheadless.geometry=1920x1080-32");
        System.out.printf("%nStart-up benchmark: %d cores, Java %s, %d runs of each, alternating%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS);
        measure("headless Monocle, software rendering", headless, classes, settings, tenThousand);
        if (System.getenv("DISPLAY") != null) {
            measure("a real window on " + System.getenv("DISPLAY") + ", JavaFX's default pipeline", List.of(),
                    classes, settings, tenThousand);
        }
    }

    private void measure(String pipeline, List<String> platform, String classes, Path settings, Path tenThousand)
            throws Exception {
        List<String> kioskArgs = List.of("--windowed", "--size", "1920x1080", "--config", settings.toString());
        Path archive = work.resolve("kiosk-" + Math.abs(pipeline.hashCode()) + ".jsa");
        List<Launch> launches = new ArrayList<>();
        launches.add(new Launch(EMPTY, platform, EmptyFxApp.class.getName(), List.of()));
        launches.add(kiosk("kiosk, home", platform, kioskArgs));
        for (String screen : List.of("timeline", "cases", "map")) {
            launches.add(kiosk("kiosk, " + screen, platform, concat(kioskArgs, "--screen", screen)));
        }
        launches.add(kiosk("kiosk, home, class archive", concat(platform, "-XX:SharedArchiveFile=" + archive),
                kioskArgs));
        launches.add(kiosk("kiosk, home, later C2", concat(platform, LATER_C2), kioskArgs));
        launches.add(kiosk("kiosk, home, archive and later C2",
                concat(concat(platform, LATER_C2), "-XX:SharedArchiveFile=" + archive), kioskArgs));
        launches.add(new Launch(EMPTY + ", later C2", concat(platform, LATER_C2), EmptyFxApp.class.getName(),
                List.of()));
        launches.add(kiosk(String.format("kiosk, timeline of %,d events", Limits.EVENTS), platform,
                concat(kioskArgs, "--screen", "timeline", "--content", tenThousand.toString())));

        // the tuned launch's archive, from a training run as README describes (the jar only: Java 17 archives
        // no classes from a folder, so the class path must hold jars alone)
        String jars = classes.substring(0, classes.lastIndexOf(File.pathSeparator));
        run(new Launch("training", concat(platform, "-XX:ArchiveClassesAtExit=" + archive),
                "org.wuzhenkiosk.cli.Main", kioskArgs), jars);

        Map<String, List<Figures>> results = new LinkedHashMap<>();
        for (int round = 0; round < RUNS; round++) {
            for (Launch launch : launches) {
                String path = launch.name().contains("class archive") ? jars : classes;
                results.computeIfAbsent(launch.name(), k -> new ArrayList<>()).add(run(launch, path));
            }
        }
        print(pipeline, results);
    }

    private static Launch kiosk(String name, List<String> jvm, List<String> args) {
        return new Launch(name, jvm, "org.wuzhenkiosk.cli.Main", args);
    }

    private Figures run(Launch launch, String classPath) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(launch.jvm());
        command.add("-D" + FirstFrame.PROPERTY + "=exit");
        command.addAll(List.of("-cp", classPath, launch.main()));
        command.addAll(launch.args());
        Path log = work.resolve("run.log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(launch.name() + " drew no first frame within " + TIMEOUT_SECONDS + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = FirstFrame.LINE.matcher(output);
        assertThat(m.find()).as("%s printed its first frame:%n%s", launch.name(), output).isTrue();
        long peak = m.group(2).equals("?") ? -1 : Long.parseLong(m.group(2));
        return new Figures(Long.parseLong(m.group(1)), peak, Long.parseLong(m.group(3)));
    }

    private static void print(String pipeline, Map<String, List<Figures>> results) {
        Figures empty = medians(results.get(EMPTY));
        System.out.printf("%n%s%n", pipeline);
        System.out.printf("%-34s %26s %22s %22s%n", "", "first frame ms (ratio)", "peak resident MB", "CPU ms");
        results.forEach((name, runs) -> {
            Figures median = medians(runs);
            System.out.printf("%-34s %26s %22s %22s%n", name,
                    cell(runs.stream().mapToLong(Figures::firstFrameMs).toArray(), empty.firstFrameMs()),
                    cell(runs.stream().mapToLong(Figures::peakResidentMb).toArray(), empty.peakResidentMb()),
                    cell(runs.stream().mapToLong(Figures::cpuMs).toArray(), empty.cpuMs()));
            assertThat(median.firstFrameMs()).isPositive();
        });
    }

    private static String cell(long[] values, long emptyMedian) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long median = median(sorted);
        return String.format("%d (%d–%d) %.2fx", median, sorted[0], sorted[sorted.length - 1],
                emptyMedian > 0 ? (double) median / emptyMedian : Double.NaN);
    }

    private static Figures medians(List<Figures> runs) {
        return new Figures(median(runs.stream().mapToLong(Figures::firstFrameMs).sorted().toArray()),
                median(runs.stream().mapToLong(Figures::peakResidentMb).sorted().toArray()),
                median(runs.stream().mapToLong(Figures::cpuMs).sorted().toArray()));
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static List<String> concat(List<String> list, String... more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }

    private static List<String> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(path.split(File.pathSeparator));
    }
}
