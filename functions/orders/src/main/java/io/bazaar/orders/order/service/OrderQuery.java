package io.bazaar.orders.order.service;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a merchant narrows its orders by, already checked; null (or an empty set) filters nothing. The same query
 * lists the orders and is kept with an export, which produces exactly the orders the list showed.
 *
 * @param statuses       the order is in one of these
 * @param payment        where the order's money stands
 * @param from           placed at or after
 * @param to             placed before
 * @param customer       the customer's login (e-mail address, any case, or E.164 phone number), resolved through
 *                       identity's contract when the query runs
 * @param productId      a line of the order is of this product
 * @param skuId          a line of the order is of this SKU
 * @param numberPrefix   the order number starts with this (upper case)
 * @param recipientName  the ship-to name starts with this (any case)
 * @param recipientPhone the ship-to phone number ends with these digits (punctuation ignored)
 * @param carrier        shipped with this carrier (any case)
 * @param trackingNumber shipped under this tracking number
 */
public record OrderQuery(Set<OrderStatus> statuses, PaymentState payment, Instant from, Instant to, String customer,
        UUID productId, UUID skuId, String numberPrefix, String recipientName, String recipientPhone, String carrier,
        String trackingNumber, OrderSort sort) {

    public OrderQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? OrderSort.NEWEST : sort;
    }

    /** Every order of the merchant, newest first. */
    public static OrderQuery all() {
        return new OrderQuery(Set.of(), null, null, null, null, null, null, null, null, null, null, null, OrderSort.NEWEST);
    }
}
