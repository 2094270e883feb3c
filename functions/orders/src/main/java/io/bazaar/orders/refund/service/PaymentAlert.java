package io.bazaar.orders.refund.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something about a payment an admin must look at (a payment refunded automatically, a refund made outside Bazaar). */
public record PaymentAlert(long id, UUID paymentId, String kind, String detail, @Schema(nullable = true) UUID refundId,
        Instant createdAt) {

    /** A payment succeeded after its orders had been cancelled, and was refunded automatically. */
    public static final String PAID_AFTER_CANCELLATION = "PAID_AFTER_CANCELLATION";
    /** The provider reports more refunded on a payment than Bazaar has recorded (a refund from its dashboard). */
    public static final String REFUNDED_OUTSIDE = "REFUNDED_OUTSIDE_BAZAAR";
}
