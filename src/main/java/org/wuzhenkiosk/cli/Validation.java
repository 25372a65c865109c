package org.wuzhenkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.Problem;

/** {@code --validate}: checks content and settings, prints every problem, answers with an exit code. */
final class Validation {

    private Validation() {
    }

    static int run(Path contentDir, SettingsFile.Result settings, List<Problem> optionProblems, PrintWriter out) {
        out.println("Checking settings: " + settings.source());
        out.println("Checking content:  " + contentDir.toUri());
        List<Problem> problems = new ArrayList<>(settings.problems());
        problems.addAll(optionProblems);
        ContentLoader.Result content = ContentLoader.load(contentDir);
        problems.addAll(content.problems());
        problems.addAll(MapFileCheck.run(settings.settings().mapFile(), out));
        if (content.ok()) {
            problems.addAll(SettingsFile.checkAgainst(settings, content.content().exhibition()));
        }
        problems.forEach(out::println);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (content.ok()) {
            out.printf("Content: %d events, %d cases, languages %s.%n", content.content().events().size(),
                    content.content().cases().size(), content.content().exhibition().languageCodes());
        }
        out.printf("%d error%s, %d warning%s: %s%n", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s", errors == 0 ? "the kiosk can show this content" : errors > 0
                        && !content.ok() ? "the kiosk would keep showing its last good content" : "fix the settings");
        out.flush();
        return errors == 0 ? 0 : 1;
    }
}
