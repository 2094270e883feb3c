package io.bazaar.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Runs a write at most once per Idempotency-Key (checkouts, import jobs): the first request claims the key, retries
 * with the same body get its stored answer, a retry while it runs gets 409 and a different body 422. A request that
 * fails before its commit frees the key again. Work that can finish what an earlier attempt committed (a checkout
 * whose payment page could not be opened) uses {@link #onceResumable}, so that a failure after the commit frees the
 * key too and the retry completes the request instead of being refused until the record expires.
 */
@ApplicationScoped
public class IdempotentRequests {

    private final IdempotencyStore store;
    private final Clock clock;

    IdempotentRequests(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param recordId    the key, scoped by the caller to the action and the account ({@code checkout#<account>#<key>})
     * @param requestHash a hash of the request body, to refuse the same key for a different request
     * @param ttl         how long retries are answered from the record
     * @param work        the write; it sets the flag once its effects are committed, after which the key is never freed,
     *                    and gives its answer as JSON
     */
    public Uni<IdempotentResult> once(String recordId, String requestHash, Duration ttl, Function<AtomicBoolean, Uni<String>> work) {
        return run(recordId, requestHash, ttl, work);
    }

    /**
     * Like {@link #once}, for work that is safe to run again after its commit: it looks for what an earlier attempt
     * committed under the same key and finishes it. Any failure frees the key, so the client's retry resumes.
     */
    public Uni<IdempotentResult> onceResumable(String recordId, String requestHash, Duration ttl, Supplier<Uni<String>> work) {
        return run(recordId, requestHash, ttl, neverCommitted -> work.get());
    }

    private Uni<IdempotentResult> run(String recordId, String requestHash, Duration ttl,
            Function<AtomicBoolean, Uni<String>> work) {
        Instant now = clock.instant();
        return store.claim(recordId, requestHash, now.getEpochSecond(), now.plus(ttl).getEpochSecond())
                .chain(held -> {
                    if (held.isPresent()) {
                        return Uni.createFrom().item(replay(held.get(), requestHash, now));
                    }
                    AtomicBoolean committed = new AtomicBoolean();
                    return work.apply(committed)
                            .call(answer -> store.complete(recordId, answer))
                            .map(answer -> new IdempotentResult(answer, false))
                            .onFailure(failure -> !committed.get())
                            .call(failure -> store.release(recordId));
                });
    }

    private static IdempotentResult replay(IdempotencyRecord record, String requestHash, Instant now) {
        if (!record.requestHash().equals(requestHash)) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key.");
        }
        if (!record.completed() || record.expiresAt() < now.getEpochSecond()) {
            // an expired record still here lost the conditional put to a fresh claim that is now running
            throw ProblemException.conflict("request-in-progress", "A request with this Idempotency-Key is still running.");
        }
        return new IdempotentResult(record.response(), true);
    }
}
