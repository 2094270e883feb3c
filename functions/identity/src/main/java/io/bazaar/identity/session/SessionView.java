package io.bazaar.identity.session;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-in session as the person sees it on their security page. */
public record SessionView(String id, @Schema(nullable = true) Instant createdAt, @Schema(nullable = true) Instant lastUsedAt,
        @Schema(nullable = true) String userAgent, @Schema(nullable = true, description = "The client address, last part hidden") String ipAddress,
        @Schema(description = "The session of the token this request carries") boolean current) {

    static SessionView of(StoredSession session, boolean current) {
        return new SessionView(session.familyId(), session.createdAt(), session.lastUsedAt(), session.userAgent(),
                session.maskedAddress(), current);
    }
}
