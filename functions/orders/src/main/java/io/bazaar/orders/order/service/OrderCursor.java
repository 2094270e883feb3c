package io.bazaar.orders.order.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/**
 * Where a page of a merchant's orders ended: the sort key and order number of its last order. The next page starts
 * after that key, so orders placed meanwhile never shift or repeat rows (keyset paging). Clients see it as an opaque
 * string, which also names its sort: a cursor of another sort is a 400.
 *
 * @param placedAt the last order's creation time (sorts by date)
 * @param totalMinor the last order's total (sorts by total)
 */
public record OrderCursor(OrderSort sort, Instant placedAt, long totalMinor, String number) {

    public static OrderCursor after(OrderSort sort, MerchantOrder last) {
        return new OrderCursor(sort, last.createdAt(), last.totalMinor(), last.number());
    }

    public String encode() {
        String key = switch (sort) {
            case NEWEST, OLDEST -> placedAt.toString();
            case TOTAL_HIGH, TOTAL_LOW -> Long.toString(totalMinor);
        };
        String text = sort.name() + "|" + key + "|" + number;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor the client sent back for a query in this sort; null when absent. */
    public static OrderCursor decode(String field, String value, OrderSort sort) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(sort.name()) && !parts[2].isEmpty()) {
                return switch (sort) {
                    case NEWEST, OLDEST -> new OrderCursor(sort, Instant.parse(parts[1]), 0, parts[2]);
                    case TOTAL_HIGH, TOTAL_LOW -> new OrderCursor(sort, null, Long.parseLong(parts[1]), parts[2]);
                };
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // not one of ours: the same answer as a cursor of another sort
        }
        throw ProblemException.invalid(new FieldError(field, "is not a cursor of this list in this sort; start again without it"));
    }
}
