package io.bazaar.orders.returns.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shopper's request for a return or a refund on lines of one delivered order, and where it stands. */
public record OrderReturn(UUID id, String orderNumber, UUID accountId, UUID merchantId, ReturnKind kind,
        ReturnStatus status, ReturnReason reason, String details, String currency, String rejectReason, String carrier,
        String trackingNumber, String refundActor, UUID refundId, Long refundAmountMinor, Instant createdAt,
        Instant updatedAt, List<ReturnLine> lines) {

    public OrderReturn withLines(List<ReturnLine> lines) {
        return new OrderReturn(id, orderNumber, accountId, merchantId, kind, status, reason, details, currency, rejectReason,
                carrier, trackingNumber, refundActor, refundId, refundAmountMinor, createdAt, updatedAt, lines);
    }
}
