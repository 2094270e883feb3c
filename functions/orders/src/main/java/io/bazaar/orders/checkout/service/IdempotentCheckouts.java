package io.bazaar.orders.checkout.service;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.checkout.repository.IdempotencyRecord;
import io.bazaar.orders.checkout.repository.IdempotencyStore;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Runs a checkout at most once per account and Idempotency-Key: the first request claims the key, retries with the
 * same body get its stored answer, a retry while it runs gets 409 and a different body 422. A request that fails
 * before its commit frees the key again.
 */
@ApplicationScoped
public class IdempotentCheckouts {

    private final IdempotencyStore store;
    private final OrdersConfig config;
    private final Clock clock;

    IdempotentCheckouts(IdempotencyStore store, OrdersConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param work the checkout; it sets the flag once its transaction committed, after which the key is never freed
     */
    public Uni<CheckoutOutcome> once(String recordId, String requestHash, Function<AtomicBoolean, Uni<CheckoutOutcome>> work) {
        Instant now = clock.instant();
        return store.claim(recordId, requestHash, now.getEpochSecond(), now.plus(config.idempotencyTtl()).getEpochSecond())
                .chain(held -> {
                    if (held.isPresent()) {
                        return Uni.createFrom().item(replay(held.get(), requestHash, now));
                    }
                    AtomicBoolean committed = new AtomicBoolean();
                    return work.apply(committed)
                            .call(outcome -> store.complete(recordId, outcome.json()))
                            .onFailure(failure -> !committed.get())
                            .call(failure -> store.release(recordId));
                });
    }

    private static CheckoutOutcome replay(IdempotencyRecord record, String requestHash, Instant now) {
        if (!record.requestHash().equals(requestHash)) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key.");
        }
        if (!record.completed() || record.expiresAt() < now.getEpochSecond()) {
            // an expired record still here lost the conditional put to a fresh claim that is now running
            throw ProblemException.conflict("request-in-progress", "A request with this Idempotency-Key is still running.");
        }
        return new CheckoutOutcome(record.response(), true);
    }
}
