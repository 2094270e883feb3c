package io.bazaar.platform.idempotency;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/** The Idempotency-Key header every retryable write takes, and what a usable one looks like. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    /** The response header telling a client that it got the stored answer of an earlier request. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private IdempotencyKey() {
    }

    /** The key, or a 400 problem when it is missing or not 1-100 visible ASCII characters. */
    public static String require(String value) {
        if (value == null || value.isEmpty() || value.length() > 100 || !value.matches("[\\x21-\\x7E]+")) {
            throw ProblemException.invalid(new FieldError(HEADER, "must be 1-100 visible ASCII characters"));
        }
        return value;
    }
}
