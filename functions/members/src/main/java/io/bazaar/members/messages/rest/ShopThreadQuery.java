package io.bazaar.members.messages.rest;

import static io.bazaar.platform.problem.QueryParams.INSTANT_OR_DATE;
import static io.bazaar.platform.problem.QueryParams.instantOrDate;
import static io.bazaar.platform.problem.QueryParams.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.ShopThreadFilter;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/**
 * The filters of the shop's thread list as query parameters; {@link #toFilter()} checks them all at once, each bad one
 * a field error of one 400. Dates are read as the merchant's order list reads them.
 */
public class ShopThreadQuery {

    @QueryParam("productId")
    @Schema(description = "Only threads about this product")
    String productId;

    @QueryParam("orderNumber")
    @Schema(description = "Only threads about this order")
    String orderNumber;

    @QueryParam("from")
    @Schema(description = "Threads with a message at or after: an ISO 8601 instant, or a date (its start, UTC)")
    String from;

    @QueryParam("to")
    @Schema(description = "Threads whose newest message is before: an ISO 8601 instant, or a date (the whole day, UTC)")
    String to;

    @QueryParam("unread")
    @Schema(description = "true: only threads with customer messages no one has read")
    String unread;

    public ShopThreadFilter toFilter() {
        List<FieldError> errors = new ArrayList<>();
        UUID product = parse(errors, "productId", productId, UUID::fromString, "must be a product id (UUID)");
        String order = parse(errors, "orderNumber", orderNumber, v -> v.matches("[0-9A-Za-z-]{1,24}") ? v : null,
                "must be an order number (letters and digits, at most 24)");
        Instant fromAt = parse(errors, "from", from, v -> instantOrDate(v, false), INSTANT_OR_DATE);
        Instant toAt = parse(errors, "to", to, v -> instantOrDate(v, true), INSTANT_OR_DATE);
        if (fromAt != null && toAt != null && !toAt.isAfter(fromAt)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        Boolean unreadOnly = parse(errors, "unread", unread,
                v -> v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : null, "must be true or false");
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return new ShopThreadFilter(product, order, fromAt, toAt, Boolean.TRUE.equals(unreadOnly));
    }

}
