package org.wuzhenkiosk.cli;

import java.io.PrintWriter;
import org.wuzhenkiosk.content.Wording;

/** A line the staff command line prints, in the staff's language, from {@code content/problems_*.properties}. */
final class Terminal {

    private Terminal() {
    }

    static void say(PrintWriter out, String language, String key, Object... args) {
        out.println(Wording.of(key, args).in(language));
    }
}
