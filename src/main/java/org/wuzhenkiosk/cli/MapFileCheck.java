package org.wuzhenkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Wording;

/** {@code --validate}'s check of the configured world map file (map.file), beside the content's own checks. */
final class MapFileCheck {

    private MapFileCheck() {
    }

    static List<Problem> run(Path mapFile, Path contentDir, String language, PrintWriter out) {
        if (mapFile == null) {
            return List.of();
        }
        out.println(Wording.of("validate.map", mapFile.toUri()).in(language));
        List<Problem> problems = BasemapLoader.check(mapFile, contentDir);
        if (problems.stream().anyMatch(Problem::isError)) {
            return Stream.concat(problems.stream(), Stream.of(Problem.worded(Problem.Severity.WARNING,
                    mapFile.toString(), 0, 0, "map.file", null, Wording.of("map.bundled.instead"), null))).toList();
        }
        return problems;
    }
}
