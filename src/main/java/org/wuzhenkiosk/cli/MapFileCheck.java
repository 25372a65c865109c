package org.wuzhenkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.wuzhenkiosk.content.BasemapLoader;
import org.wuzhenkiosk.content.Problem;

/** {@code --validate}'s check of the configured world map file (map.file), beside the content's own checks. */
final class MapFileCheck {

    private MapFileCheck() {
    }

    static List<Problem> run(Path mapFile, PrintWriter out) {
        if (mapFile == null) {
            return List.of();
        }
        out.println("Checking map:      " + mapFile.toUri());
        List<Problem> problems = BasemapLoader.check(mapFile);
        if (problems.stream().anyMatch(Problem::isError)) {
            return Stream.concat(problems.stream(), Stream.of(new Problem(
                    Problem.Severity.WARNING, mapFile.toString(), 0, 0, "map.file",
                    "the kiosk draws its bundled world map until this file is fixed", null))).toList();
        }
        return problems;
    }
}
