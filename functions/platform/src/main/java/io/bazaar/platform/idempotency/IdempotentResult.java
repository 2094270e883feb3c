package io.bazaar.platform.idempotency;

/** A request's answer as JSON, and whether it is a replay of an earlier request with the same Idempotency-Key. */
public record IdempotentResult(String json, boolean replayed) {
}
