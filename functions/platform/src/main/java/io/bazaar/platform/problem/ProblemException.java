package io.bazaar.platform.problem;

import java.time.Duration;
import java.util.List;

/**
 * A domain failure that the client should see: carries its HTTP status and stable problem type, so services
 * say what went wrong and the one {@link ProblemMapper} says how.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
            Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ProblemException badRequest(String type, String detail, FieldError... errors) {
        return new ProblemException(400, type, "Bad request", detail, List.of(errors));
    }

    /** Bad input found by a service rule rather than an annotation: same shape as bean-validation failures. */
    public static ProblemException invalid(FieldError... errors) {
        return new ProblemException(400, "validation", "Invalid input", "One or more fields are invalid.", List.of(errors));
    }

    public static ProblemException unauthorized(String type, String detail) {
        return new ProblemException(401, type, "Not authenticated", detail);
    }

    public static ProblemException forbidden(String type, String detail) {
        return new ProblemException(403, type, "Forbidden", detail);
    }

    public static ProblemException notFound(String type, String detail) {
        return new ProblemException(404, type, "Not found", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "Conflict", detail);
    }

    public static ProblemException unprocessable(String type, String detail) {
        return new ProblemException(422, type, "Rule broken", detail);
    }

    public static ProblemException tooManyRequests(String type, String detail) {
        return new ProblemException(429, type, "Too many requests", detail);
    }

    /** A 429 that tells the client when to try again: the response carries {@code Retry-After} in whole seconds. */
    public static ProblemException tooManyRequests(String type, String detail, Duration retryAfter) {
        return new ProblemException(429, type, "Too many requests", detail, List.of(), retryAfter);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** How long the client should wait before trying again, or null when the answer does not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
