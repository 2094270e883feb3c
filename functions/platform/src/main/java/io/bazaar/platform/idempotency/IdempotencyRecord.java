package io.bazaar.platform.idempotency;

/** What the idempotency table remembers about one key: whether it is done, for which request, and the answer. */
public record IdempotencyRecord(String status, String requestHash, String response, long expiresAt) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String COMPLETED = "COMPLETED";

    public boolean completed() {
        return COMPLETED.equals(status);
    }
}
