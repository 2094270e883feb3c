package io.bazaar.identity.export;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.profile.ProfileView;
import io.bazaar.identity.session.SessionView;
import io.bazaar.identity.verification.VerificationView;
import io.bazaar.orders.contract.SavedAddress;

/**
 * Everything Bazaar keeps about a person outside their orders, as one document they can download. Identity-document
 * numbers appear masked, as everywhere; orders are listed by GET /api/orders.
 */
public record AccountData(Instant exportedAt, ProfileView profile, List<SessionView> sessions,
        @Schema(description = "Real-name submissions, newest first, numbers masked") List<VerificationView> verifications,
        @Schema(description = "The address book, kept by the orders area") List<SavedAddress> addresses,
        @Schema(description = "Where the rest is") String orders) {
}
