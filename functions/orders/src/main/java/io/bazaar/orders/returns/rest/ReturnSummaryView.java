package io.bazaar.orders.returns.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.returns.service.OrderReturn;
import io.bazaar.orders.returns.service.ReturnLine;

/** A return in a list: what, on which order, where it stands, how many units and (once refunded) how much. */
public record ReturnSummaryView(UUID returnId, String orderNumber, UUID merchantId,
        @Schema(nullable = true, description = "The shop's name, in the platform admin's list (null elsewhere, or when "
                + "the shop is gone)") String shopName,
        String kind, String status, String reason, String currency, int units,
        @Schema(nullable = true) Long refundAmountMinor, Instant createdAt, Instant updatedAt) {

    public static ReturnSummaryView of(OrderReturn r) {
        return of(r, null);
    }

    public static ReturnSummaryView of(OrderReturn r, String shopName) {
        return new ReturnSummaryView(r.id(), r.orderNumber(), r.merchantId(), shopName, r.kind().name(), r.status().name(),
                r.reason().name(), r.currency(), r.lines().stream().mapToInt(ReturnLine::quantity).sum(),
                r.refundAmountMinor(), r.createdAt(), r.updatedAt());
    }
}
