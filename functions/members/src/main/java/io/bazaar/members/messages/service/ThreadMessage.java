package io.bazaar.members.messages.service;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a thread, as the author typed it; a deleted one keeps its text here, and answers to the shopper leave
 * it out.
 *
 * @param staffAccountId the staff member who wrote it (null for the shopper's)
 * @param deletedBy      the staff member who deleted it, or null
 */
public record ThreadMessage(long id, UUID threadId, Side side, UUID staffAccountId, String body, Instant createdAt,
        Instant deletedAt, UUID deletedBy) {

    public boolean deleted() {
        return deletedAt != null;
    }
}
