package io.bazaar.identity.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.platform.audit.AuditEntry;

/** One entry of the staff audit log as the owner reads it: who, what, when and from where. */
public record AuditEntryView(Instant at, UUID accountId,
        @Schema(description = "The staff member's display name, or their login; the account id alone if it is gone") String staffName,
        String method, @Schema(examples = "/api/merchant/orders/{number}/ship") String route,
        @Schema(examples = "MerchantOrderResource.ship") String operation,
        @Schema(description = "The ids in the path, by parameter name") Map<String, String> targets, int status,
        String clientAddress, @Schema(nullable = true) String userAgent, String requestId) {

    static AuditEntryView of(AuditEntry entry, String staffName) {
        return new AuditEntryView(entry.at(), entry.accountId(), staffName, entry.method(), entry.route(), entry.operation(),
                entry.targets(), entry.status(), entry.clientAddress(), entry.userAgent(), entry.requestId());
    }
}
