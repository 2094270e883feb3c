package io.bazaar.orders.order.rest;

import static io.bazaar.platform.problem.QueryParams.INSTANT_OR_DATE;
import static io.bazaar.platform.problem.QueryParams.instantOrDate;
import static io.bazaar.platform.problem.QueryParams.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.service.OrderQuery;
import io.bazaar.orders.order.service.OrderSort;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.PaymentState;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/**
 * The merchant's order filters as a client sends them: the query parameters of {@code GET /api/merchant/orders}, and
 * the same names in the body of an export. {@link #toQuery()} checks every field at once: each bad one is a field
 * error of one 400.
 */
@Schema(description = "Filters of the merchant's orders; absent or empty fields filter nothing")
public record OrderQueryInput(
        @Schema(nullable = true, description = "Order statuses, any of them (repeat or comma-separate)") List<String> status,
        @Schema(nullable = true, description = "UNPAID, PAID, PARTIALLY_REFUNDED or REFUNDED") String paymentStatus,
        @Schema(nullable = true, description = "Placed at or after: an ISO 8601 instant, or a date (its start, UTC)") String from,
        @Schema(nullable = true, description = "Placed before: an ISO 8601 instant, or a date (the whole day, UTC)") String to,
        @Schema(nullable = true, description = "The customer's e-mail address or E.164 phone number") String customer,
        @Schema(nullable = true, description = "A product id one of the order's lines is of") String product,
        @Schema(nullable = true, description = "A SKU id one of the order's lines is of") String sku,
        @Schema(nullable = true, description = "The start of the order number") String number,
        @Schema(nullable = true, description = "The start of the recipient's name, any case") String recipientName,
        @Schema(nullable = true, description = "The recipient's phone number, or its end (digits compared)") String recipientPhone,
        @Schema(nullable = true, description = "The carrier, any case") String carrier,
        @Schema(nullable = true, description = "The tracking number") String trackingNumber,
        @Schema(nullable = true, description = "NEWEST (default), OLDEST, TOTAL_HIGH or TOTAL_LOW") String sort) {

    /** The checked query; a 400 naming every field that is not understood. */
    public OrderQuery toQuery() {
        return toQuery("");
    }

    /** The same, with the fields of the 400 named under a prefix (e.g. {@code filter.} in a request body). */
    public OrderQuery toQuery(String prefix) {
        List<FieldError> found = new ArrayList<>();
        OrderQuery query = read(found);
        if (!found.isEmpty()) {
            throw ProblemException.invalid(found.stream().distinct()
                    .map(e -> new FieldError(prefix + e.field(), e.message())).toArray(FieldError[]::new));
        }
        return query;
    }

    private OrderQuery read(List<FieldError> errors) {
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        if (status != null) {
            status.stream().filter(v -> v != null).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).forEach(v -> {
                        OrderStatus s = named(OrderStatus.class, v);
                        if (s == null) {
                            errors.add(new FieldError("status", "must be one of " + names(OrderStatus.values())));
                        } else {
                            statuses.add(s);
                        }
                    });
        }
        PaymentState payment = parse(errors, "paymentStatus", paymentStatus, v -> named(PaymentState.class, v),
                "must be one of " + names(PaymentState.values()));
        Instant fromAt = parse(errors, "from", from, v -> instantOrDate(v, false), INSTANT_OR_DATE);
        Instant toAt = parse(errors, "to", to, v -> instantOrDate(v, true), INSTANT_OR_DATE);
        if (fromAt != null && toAt != null && !toAt.isAfter(fromAt)) {
            errors.add(new FieldError("to", "must be after from"));
        }
        String login = parse(errors, "customer", customer, OrderQueryInput::login,
                "must be an e-mail address or an E.164 phone number such as +8613800138000");
        UUID productId = parse(errors, "product", product, OrderQueryInput::uuid, "must be a product id (UUID)");
        UUID skuId = parse(errors, "sku", sku, OrderQueryInput::uuid, "must be a SKU id (UUID)");
        String prefix = parse(errors, "number", number, v -> v.matches("[0-9A-Za-z]{1,24}") ? v.toUpperCase(Locale.ROOT) : null,
                "must be letters and digits, at most 24");
        String name = parse(errors, "recipientName", recipientName, v -> v.length() <= 80 ? v : null,
                "must be at most 80 characters");
        String phone = parse(errors, "recipientPhone", recipientPhone, OrderQueryInput::phoneDigits,
                "must be a phone number (5 to 20 digits)");
        String carrierName = parse(errors, "carrier", carrier, v -> v.length() <= 60 ? v : null, "must be at most 60 characters");
        String tracking = parse(errors, "trackingNumber", trackingNumber, v -> v.length() <= 80 ? v : null,
                "must be at most 80 characters");
        OrderSort order = parse(errors, "sort", sort, v -> named(OrderSort.class, v), "must be one of " + names(OrderSort.values()));
        return new OrderQuery(statuses, payment, fromAt, toAt, login, productId, skuId, prefix, name, phone, carrierName,
                tracking, order);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String login(String value) {
        if (value.length() <= 254 && value.matches("[^@\\s]+@[^@\\s]+")) {
            return value;
        }
        return value.matches("\\+[1-9][0-9]{6,14}") ? value : null;
    }

    private static UUID uuid(String value) {
        return UUID.fromString(value);
    }

    private static String phoneDigits(String value) {
        if (!value.matches("\\+?[0-9 ()-]{5,25}")) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        return digits.length() >= 5 && digits.length() <= 20 ? digits : null;
    }
}
