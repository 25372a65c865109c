package org.wuzhenkiosk.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;
import org.wuzhenkiosk.content.Playback;
import org.wuzhenkiosk.content.Problem;

/**
 * The content on show. A folder that fails validation never replaces what is shown: at start the kiosk falls
 * back to its bundled content, later it keeps the last good content; either way the problems are kept for staff.
 */
public final class ContentState {

    private static final System.Logger LOG = System.getLogger(ContentState.class.getName());
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyObjectWrapper<Check> lastCheck = new ReadOnlyObjectWrapper<>(this, "lastCheck");
    private final List<Problem> problems = new ArrayList<>();
    private boolean fallback;
    private Path configured;

    /**
     * The latest look at the content folder, for the staff panel.
     *
     * @param applied whether that content is now on show (false: it had errors, the previous content stays)
     */
    public record Check(Instant at, Path folder, boolean applied, List<Problem> problems) {
        public Check {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }
    }

    private ContentState() {
    }

    /**
     * What the first look at the content found: the configured folder's result (null when none is configured) and,
     * when that had errors or was not asked for, the bundled content's (else null).
     */
    public record FirstLoad(Path configured, ContentLoader.Result configuredResult, Path bundled,
                            ContentLoader.Result bundledResult) {
    }

    /**
     * Reads the configured folder (null: the bundled content), and the bundled content if it fails, warning about
     * media {@code playback} cannot play; any thread but the FX thread.
     */
    public static FirstLoad read(Path configured, Playback playback) {
        Path bundled = BundledContent.root();
        ContentLoader.Result chosen = configured == null ? null : ContentLoader.load(configured, playback);
        ContentLoader.Result fallback = chosen != null && chosen.ok() ? null : ContentLoader.load(bundled, playback);
        return new FirstLoad(configured, chosen, bundled, fallback);
    }

    /** Loads the configured folder (null: the bundled content), falling back to the bundled content. */
    public static ContentState start(Path configured) {
        return from(read(configured, Playback.ANY));
    }

    /** The state for what {@link #read} found, on the FX thread; fails only when the bundled content is broken. */
    public static ContentState from(FirstLoad loaded) {
        ContentState state = new ContentState();
        Path configured = loaded.configured();
        state.configured = configured;
        if (configured != null) {
            ContentLoader.Result result = loaded.configuredResult();
            state.problems.addAll(result.problems());
            state.lastCheck.set(new Check(Instant.now(), configured, result.ok(), result.problems()));
            if (result.ok()) {
                state.content.set(result.content());
                logWarnings(result);
                return state;
            }
            LOG.log(Level.ERROR, "content in " + configured + " has " + result.errors().size()
                    + " error(s); showing the bundled content instead:\n  "
                    + String.join("\n  ", result.errors().stream().map(Problem::toString).toList()));
            state.fallback = true;
        }
        ContentLoader.Result result = loaded.bundledResult();
        if (!result.ok()) {
            state.problems.addAll(result.problems());
            throw new IllegalStateException("the bundled content is broken, which the build should have caught:\n"
                    + String.join("\n", result.errors().stream().map(Problem::toString).toList()));
        }
        logWarnings(result);
        state.content.set(result.content());
        if (configured == null) {
            state.lastCheck.set(new Check(Instant.now(), loaded.bundled(), true, result.problems()));
        }
        return state;
    }

    /** Swaps in new content only when it is clean; returns the problems found. */
    public List<Problem> reload(Path folder) {
        return apply(folder, ContentLoader.load(folder));
    }

    /**
     * Shows a loaded folder when it is clean, else keeps what is shown; call on the FX thread, as screens rebuild.
     * Returns the problems found.
     */
    public List<Problem> apply(Path folder, ContentLoader.Result result) {
        problems.clear();
        problems.addAll(result.problems());
        if (result.ok()) {
            content.set(result.content());
            fallback = false;
        }
        lastCheck.set(new Check(Instant.now(), folder, result.ok(), result.problems()));
        return List.copyOf(result.problems());
    }

    /** The folder the settings name, or null when the kiosk shows its bundled content by design. */
    public Path configuredFolder() {
        return configured;
    }

    /** The folder to read again on a reload: the configured one, else the bundled content. */
    public Path folderToReload() {
        return configured != null ? configured : BundledContent.root();
    }

    public ReadOnlyObjectProperty<Check> lastCheckProperty() {
        return lastCheck.getReadOnlyProperty();
    }

    public Check lastCheck() {
        return lastCheck.get();
    }

    private static void logWarnings(ContentLoader.Result result) {
        result.problems().forEach(p -> LOG.log(Level.WARNING, p.toString()));
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public Content content() {
        return content.get();
    }

    /** True when the configured content failed and the bundled content is shown instead. */
    public boolean showingFallback() {
        return fallback;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
