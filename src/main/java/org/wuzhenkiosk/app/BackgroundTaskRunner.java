package org.wuzhenkiosk.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** The kiosk's task runner: a single daemon thread (work stays in order), results posted to the FX thread. */
final class BackgroundTaskRunner implements TaskRunner {

    private static final System.Logger LOG = System.getLogger(BackgroundTaskRunner.class.getName());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kiosk-tasks");
        thread.setDaemon(true); // never keeps the JVM alive after the window closed
        return thread;
    });

    @Override
    public <T> void submit(String what, Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception e) {
                    LOG.log(Level.WARNING, what + " failed: " + e, e);
                    Platform.runLater(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, what + " skipped: the kiosk is shutting down");
        }
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
