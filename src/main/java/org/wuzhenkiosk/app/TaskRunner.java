package org.wuzhenkiosk.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (loading content, checking a PIN) away from the FX thread and hands the result back to it.
 * Tests use {@link #sameThread()}, which makes every step happen at once, in order.
 */
public interface TaskRunner {

    /** Runs {@code work}, then {@code done} with its result, or {@code failed} with its exception, on the FX thread. */
    <T> void submit(String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed);

    /** Stops taking work; what runs now may finish. */
    default void shutdown() {
    }

    /** Everything on the calling thread, at once: deterministic for tests. */
    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void submit(String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }

    /** One background thread, so that work runs in the order it was submitted; results on the FX thread. */
    static TaskRunner background() {
        return new BackgroundTaskRunner();
    }
}
