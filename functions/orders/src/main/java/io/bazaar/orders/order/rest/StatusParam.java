package io.bazaar.orders.order.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/** Reads order statuses from query parameters; an unknown name is a 400 naming the field and the known names. */
final class StatusParam {

    private StatusParam() {
    }

    /** The status named by the value; null when it is absent or blank (no filter). */
    static OrderStatus one(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldError(field, "must be one of " + Arrays.stream(OrderStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    /** The statuses named by repeated (or comma-separated) values; empty when none is given (no filter). */
    static Set<OrderStatus> many(String field, List<String> values) {
        Set<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
        if (values != null) {
            values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(v -> one(field, v))
                    .filter(s -> s != null).forEach(statuses::add);
        }
        return statuses;
    }
}
