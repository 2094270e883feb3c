package io.bazaar.platform.problem;

/** One invalid input field of a request, named as the client sent it. */
public record FieldError(String field, String message) {
}
