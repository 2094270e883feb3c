package io.bazaar.catalog.imports.work;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

/**
 * The local run's queue: messages run on a small thread pool, those of one host one after another (as SQS FIFO
 * message groups do in AWS). A failed message is logged and dropped; the job records stay as far as they got.
 */
final class InProcessImportQueue implements ImportQueue, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessImportQueue.class);

    private final ImportWorker worker;
    private final ExecutorService threads;
    private final Map<String, CompletableFuture<Void>> lastOfHost = new HashMap<>();

    InProcessImportQueue(ImportWorker worker, int threadCount) {
        this.worker = worker;
        this.threads = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public synchronized void send(ImportMessage message) {
        CompletableFuture<Void> previous = lastOfHost.getOrDefault(message.host(), CompletableFuture.completedFuture(null));
        CompletableFuture<Void> next = previous.thenRunAsync(() -> {
            try {
                worker.handle(message);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import message %s failed", message);
            }
        }, threads);
        lastOfHost.put(message.host(), next);
        next.whenComplete((done, error) -> forget(message.host(), next));
    }

    private synchronized void forget(String host, CompletableFuture<Void> finished) {
        lastOfHost.remove(host, finished);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
