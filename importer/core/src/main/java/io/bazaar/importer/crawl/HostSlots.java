package io.bazaar.importer.crawl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time and a pause between two (with politeness on), and a host-wide
 * "not before" set by Retry-After (always), so every thread of the process keeps the manners one crawler would.
 */
final class HostSlots {

    /** A request's turn at a host; closing it starts the pause before the next. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long notBeforeNanos = System.nanoTime();
    }

    private final boolean polite;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostSlots(boolean polite) {
        this.polite = polite;
    }

    /** Waits for the host's turn; {@code delayNanos} is the pause after this request (ignored without politeness). */
    Slot enter(String host, long delayNanos) throws InterruptedException {
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        if (polite) {
            state.lock.lockInterruptibly();
        }
        try {
            sleepUntil(state);
        } catch (InterruptedException e) {
            if (polite) {
                state.lock.unlock();
            }
            throw e;
        }
        return () -> {
            if (polite) {
                synchronized (state) {
                    state.notBeforeNanos = Math.max(state.notBeforeNanos, System.nanoTime() + delayNanos);
                }
                state.lock.unlock();
            }
        };
    }

    /** The host asked us to come back later (Retry-After or back-off): nobody asks it anything before then. */
    void defer(String host, long waitNanos) {
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (state) {
            state.notBeforeNanos = Math.max(state.notBeforeNanos, System.nanoTime() + waitNanos);
        }
    }

    private static void sleepUntil(Host state) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (state) {
                wait = state.notBeforeNanos - System.nanoTime();
            }
            if (wait <= 0) {
                return;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
