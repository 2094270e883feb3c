package io.bazaar.platform.problem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Optional query parameters read into typed values, each bad one recorded as a field error, so that a list's one
 * 400 names every mistake of the request at once.
 */
public final class QueryParams {

    public static final String INSTANT_OR_DATE = "must be an ISO 8601 instant or date, e.g. 2026-11-25T00:00:00Z or 2026-11-25";

    private QueryParams() {
    }

    /** The value parsed, null when it is absent or blank; an error when {@code parser} refuses it (returns null or throws). */
    public static <T> T parse(List<FieldError> errors, String field, String value, Function<String, T> parser,
            String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T parsed;
        try {
            parsed = parser.apply(value.strip());
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (parsed == null) {
            errors.add(new FieldError(field, message));
        }
        return parsed;
    }

    /** An ISO 8601 instant, or a date: its start (UTC), or with {@code endOfDay} the start of the next day. */
    public static Instant instantOrDate(String value, boolean endOfDay) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            LocalDate day = LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
