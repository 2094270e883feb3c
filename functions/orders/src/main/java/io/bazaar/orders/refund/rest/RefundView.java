package io.bazaar.orders.refund.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.refund.service.Refund;
import io.bazaar.orders.refund.service.RefundLine;

/** A refund as the API shows it, with the order's state after it. */
public record RefundView(UUID refundId, UUID paymentId, String orderNumber, String kind, long amountMinor,
        String currency, String status, @Schema(nullable = true) String reason, String by, Instant createdAt,
        List<RefundLine> lines) {

    public static RefundView of(Refund r) {
        return new RefundView(r.id(), r.paymentId(), r.orderNumber(), r.kind(), r.amountMinor(), r.currency(), r.status(),
                r.reason(), r.by(), r.createdAt(), r.lines());
    }
}
