package io.bazaar.identity.verification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A real-name submission as the person, or an admin, sees it: the document number masked, never in clear. */
public record VerificationView(UUID id, @Schema(nullable = true, description = "Only in the admins' list") UUID accountId,
        String legalName, DocumentType documentType,
        @Schema(description = "The last 4 characters, the rest hidden") String documentNumberMasked, VerificationStatus status,
        @Schema(nullable = true) String rejectionReason, Instant submittedAt, @Schema(nullable = true) Instant decidedAt) {

    static VerificationView of(RealNameVerification v, boolean forAdmin) {
        return new VerificationView(v.id, forAdmin ? v.accountId : null, v.legalName, v.documentType, v.maskedNumber(),
                v.status, v.rejectionReason, v.submittedAt, v.decidedAt);
    }
}
