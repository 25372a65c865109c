package org.wuzhenkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wuzhenkiosk.config.SettingsFile;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.Playback;
import org.wuzhenkiosk.content.Problem;
import org.wuzhenkiosk.content.Wording;

/** {@code --validate}: checks content and settings, prints every problem, answers with an exit code. */
final class Validation {

    private Validation() {
    }

    static int run(Path contentDir, SettingsFile.Result settings, List<Problem> optionProblems, Playback playback,
                   PrintWriter out) {
        String language = settings.settings().operations().staffLanguageOrSystem();
        out.println(Wording.of("validate.settings", settings.source()).in(language));
        out.println(Wording.of("validate.content", contentDir.toUri()).in(language));
        List<Problem> problems = new ArrayList<>(settings.problems());
        problems.addAll(optionProblems);
        ContentLoader.Result content = ContentLoader.load(contentDir, playback);
        problems.addAll(content.problems());
        problems.addAll(MapFileCheck.run(settings.settings().mapFile(), contentDir, language, out));
        if (content.ok()) {
            problems.addAll(SettingsFile.checkAgainst(settings, content.content().exhibition()));
        }
        problems.forEach(p -> out.println(p.describe(language)));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (content.ok()) {
            out.println(Wording.of("validate.counts", content.content().events().size(),
                    content.content().cases().size(), content.content().exhibition().languageCodes().toString())
                    .in(language));
        }
        String verdict = errors == 0 ? "validate.ok" : !content.ok() ? "validate.kept" : "validate.settings.wrong";
        out.println(Wording.of("validate.summary", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s", Wording.of(verdict)).in(language));
        out.flush();
        return errors == 0 ? 0 : 1;
    }
}
