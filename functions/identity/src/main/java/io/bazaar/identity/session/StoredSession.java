package io.bazaar.identity.session;

import java.time.Instant;

/** A live sign-in session as stored with its refresh-token family; times may be null for families from before. */
public record StoredSession(String familyId, Instant createdAt, Instant lastUsedAt, String userAgent,
        String maskedAddress) {
}
