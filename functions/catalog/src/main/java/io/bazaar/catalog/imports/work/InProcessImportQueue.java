package io.bazaar.catalog.imports.work;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

/**
 * The local run's queue: messages run on a small thread pool, those of one host one after another (as SQS FIFO
 * message groups do in AWS). A failed message is tried again twice, as SQS would before its dead-letter queue.
 */
final class InProcessImportQueue implements ImportQueue, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InProcessImportQueue.class);
    private static final int ATTEMPTS = 3;

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
        CompletableFuture<Void> next = previous.thenRunAsync(() -> handle(message), threads);
        lastOfHost.put(message.host(), next);
        next.whenComplete((done, error) -> forget(message.host(), next));
    }

    /** As SQS redelivers: up to {@value #ATTEMPTS} tries with growing pauses; work is safe to repeat. */
    private void handle(ImportMessage message) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                worker.handle(message);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    LOG.errorf(e, "Import message %s failed %d times and is dropped", message, ATTEMPTS);
                    worker.giveUp(message, e);
                    return;
                }
                LOG.warnf(e, "Import message %s failed; trying again", message);
                try {
                    Thread.sleep(1000L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private synchronized void forget(String host, CompletableFuture<Void> finished) {
        lastOfHost.remove(host, finished);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
