package org.wuzhenkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A content file is read only where it really lies inside the content folder, as a media file is: a link out of the
 * folder is named with where it leads, in the staff's language; links that stay inside, and a content folder that is
 * itself a link (a new version published by switching a link), are read as they are.
 */
class LinkedContentFilesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exhibition.json", "events.json", "cases.json", "countries.json"})
    void eachContentFileLinkedOutsideTheFolderIsRefusedNamingWhereItLeads(String name, @TempDir Path dir)
            throws IOException {
        Path content = validBase(dir.resolve("content"));
        Path outside = Files.move(content.resolve(name), dir.resolve("elsewhere-" + name));
        HostileFiles.link(content.resolve(name), outside);

        ContentLoader.Result result = ContentLoader.load(content);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(name);
            assertThat(p.toString()).startsWith(name + ":0:0: $: error: " + name + " is a link to "
                    + outside.toRealPath() + ", outside the content folder Fix: copy the file itself");
            assertThat(p.describe("fr")).contains(name + " est un lien vers " + outside.toRealPath());
            assertThat(p.describe("ar")).contains(name + " رابط إلى " + outside.toRealPath());
        });
    }

    @Test
    void aTourLinkedOutsideTheFolderIsRefusedThoughTheFileIsOptional(@TempDir Path dir) throws IOException {
        Path content = validBase(dir.resolve("content"));
        Path outside = Files.writeString(dir.resolve("story.json"), "{\"stops\": []}");
        HostileFiles.link(content.resolve("story.json"), outside);

        assertThat(ContentLoader.load(content).errors()).extracting(Problem::toString)
                .singleElement().asString().startsWith("story.json:0:0: $: error: story.json is a link to ");
    }

    @Test
    void aContentFileLinkedToAnotherFileInsideTheFolderIsRead(@TempDir Path dir) throws IOException {
        Path content = validBase(dir.resolve("content"));
        Path versions = Files.createDirectories(content.resolve("versions"));
        Files.move(content.resolve("events.json"), versions.resolve("events-2.json"));
        HostileFiles.link(content.resolve("events.json"), Path.of("versions", "events-2.json"));

        ContentLoader.Result result = ContentLoader.load(content);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().events()).extracting(TimelineEvent::id).containsExactly("wic-2021");
    }

    @Test
    void aContentFolderThatIsItselfALinkIsReadWhereItLeadsMediaAndAll(@TempDir Path dir) throws IOException {
        Path version = validBase(dir.resolve("v2"));
        Path published = HostileFiles.link(dir.resolve("content"), version);

        ContentLoader.Result result = ContentLoader.load(published);

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().cases()).hasSize(1);
    }

    @Test
    void aMapNamedInsideTheContentFolderThatLinksOutIsRefusedAndTheBundledMapDrawn(@TempDir Path dir)
            throws IOException {
        Path content = validBase(dir.resolve("content"));
        Path outside = Files.copy(BasemapLoader.bundled(), dir.resolve("world.geojson"));
        Path map = HostileFiles.link(Files.createDirectories(content.resolve("map")).resolve("world.geojson"),
                outside);

        BasemapLoader.Choice choice = BasemapLoader.loadOrBundled(map, content);

        assertThat(choice.fallback()).isTrue();
        List<Problem> problems = BasemapLoader.check(map, content);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith(map + ":0:0: error: the map file is a link to "
                    + outside.toRealPath() + ", outside the content folder it lies in");
            assertThat(p.describe("zh")).contains("地图文件是一个链接");
        });
        // set by staff to where it really lies, or through a link of their own outside the content, it is read
        assertThat(BasemapLoader.loadOrBundled(outside, content).fallback()).isFalse();
        Path staffLink = HostileFiles.link(dir.resolve("approved.geojson"), outside);
        assertThat(BasemapLoader.check(staffLink, content)).isEmpty();
    }

    private static Path validBase(Path target) throws IOException {
        try {
            BundledCopy.of(Path.of(LinkedContentFilesTest.class.getResource("/broken/valid-base").toURI()), target);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }
}
