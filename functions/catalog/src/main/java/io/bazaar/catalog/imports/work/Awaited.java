package io.bazaar.catalog.imports.work;

import java.util.function.Supplier;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Lets the importer's worker threads (blocking: crawling, S3) use the reactive catalog services: the work runs on
 * a Vert.x context, as Hibernate Reactive requires, and the thread waits for its result.
 */
public final class Awaited {

    private Awaited() {
    }

    public static <T> T result(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
