package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shop application as the admins see it. */
public record ShopApplicationView(UUID id, String businessName, String contactName, String contact,
        @Schema(nullable = true) String message, ShopApplicationStatus status, @Schema(nullable = true) UUID merchantId,
        @Schema(nullable = true) Instant decidedAt, @Schema(nullable = true) String decisionNote, Instant createdAt) {

    static ShopApplicationView of(ShopApplication a) {
        return new ShopApplicationView(a.id, a.businessName, a.contactName, a.contactLogin, a.message, a.status,
                a.merchantId, a.decidedAt, a.decisionNote, a.createdAt);
    }
}
