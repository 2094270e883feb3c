package io.bazaar.platform.aws;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Runs a blocking call (the AWS SDK's sync clients, a slow password hash) on a worker thread and delivers the
 * result back on the caller's Vert.x context, so reactive code around it (Hibernate Reactive) stays on its thread.
 */
@ApplicationScoped
public class BlockingCalls {

    private final Vertx vertx;

    BlockingCalls(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> Uni<T> run(Supplier<T> call) {
        return vertx.executeBlocking(Uni.createFrom().item(call), false);
    }

    public Uni<Void> run(Runnable call) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            call.run();
            return null;
        }), false);
    }
}
