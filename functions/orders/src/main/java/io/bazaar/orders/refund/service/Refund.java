package io.bazaar.orders.refund.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money given back on a payment: on one order (REQUESTED) or, for a payment whose orders were cancelled, AUTOMATIC. */
public record Refund(UUID id, UUID paymentId, String orderNumber, String kind, long amountMinor, String currency,
        String status, String providerReference, String reason, String by, Instant createdAt, List<RefundLine> lines) {

    public static final String REQUESTED = "REQUESTED";
    public static final String AUTOMATIC = "AUTOMATIC";
}
