package org.wuzhenkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wuzhenkiosk.content.BundledCopy;
import org.wuzhenkiosk.content.HostileFiles;
import org.wuzhenkiosk.content.Limits;
import org.wuzhenkiosk.content.SyntheticContent;

/**
 * At the 256 MB heap the README promises, with the launchers' exit on running out of memory: content a restart
 * cannot get past would be a crash loop under a restart-on-failure service. The kiosk draws its first frame on a
 * picture bomb (with the bundled content) and on more events than it shows (with those that fit).
 */
class SmallHeapStartTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

    @Test
    void aCoverOf12000By12000PixelsStartsOnTheBundledContent(@TempDir Path work)
            throws IOException, InterruptedException, URISyntaxException {
        Path content = work.resolve("content");
        BundledCopy.of(Path.of(SmallHeapStartTest.class.getResource("/broken/valid-base").toURI()), content);
        Files.write(content.resolve("media/cover.png"), HostileFiles.png(12_000, 12_000));

        ForkedKiosk.Start start = ForkedKiosk.untilFirstFrame(work, SMALL_HEAP,
                List.of("--content", content.toString(), "--screen", "cases"));

        assertThat(start.drewFirstFrame()).as(start.output()).isTrue();
        assertThat(start.output()).contains("showing the bundled content instead")
                .contains("12000 x 12000 = 144,000,000 pixels").doesNotContain("OutOfMemoryError");
    }

    @Test
    void moreEventsThanTheTimelineShowsStartOnTheTimelineWithThoseThatFit(@TempDir Path work)
            throws IOException, InterruptedException {
        Path content = work.resolve("content");
        SyntheticContent.write(content, Limits.EVENTS + 500, 200, 7L);

        ForkedKiosk.Start start = ForkedKiosk.untilFirstFrame(work, SMALL_HEAP,
                List.of("--content", content.toString(), "--screen", "timeline"));

        assertThat(start.drewFirstFrame()).as(start.output()).isTrue();
        assertThat(start.output()).contains("the timeline shows the first " + Limits.EVENTS)
                .doesNotContain("showing the bundled content instead").doesNotContain("OutOfMemoryError");
    }
}
