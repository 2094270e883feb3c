package io.bazaar.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load: {@code clients} workers each run one call after another for a fixed time, cycling through the
 * given work items; bounded in time, so a run always stops by itself.
 */
public final class LoadRun {

    /** One unit of work; throws on failure. */
    @FunctionalInterface
    public interface Call<T> {
        void run(T item) throws Exception;
    }

    private LoadRun() {
    }

    public static <T> Latencies run(int clients, double seconds, List<T> items, Call<T> call) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long[][] perClient = new long[clients][];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<long[]>> futures = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] samples = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        T item = items.get(Math.floorMod(next.getAndIncrement(), items.size()));
                        long t0 = System.nanoTime();
                        try {
                            call.run(item);
                            if (n == samples.length) {
                                samples = java.util.Arrays.copyOf(samples, n * 2);
                            }
                            samples[n++] = System.nanoTime() - t0;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return java.util.Arrays.copyOf(samples, n);
                }));
            }
            for (int c = 0; c < clients; c++) {
                perClient[c] = futures.get(c).get();
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = 0;
        for (long[] samples : perClient) {
            total += samples.length;
        }
        long[] all = new long[total];
        int offset = 0;
        for (long[] samples : perClient) {
            System.arraycopy(samples, 0, all, offset, samples.length);
            offset += samples.length;
        }
        return new Latencies(all, elapsed, errors.get());
    }
}
