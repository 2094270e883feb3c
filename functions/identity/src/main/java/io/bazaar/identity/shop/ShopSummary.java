package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A shop as the platform's admins list it. */
public record ShopSummary(UUID id, String name, Instant createdAt, List<String> owners, long staff,
        long pendingInvitations) {
}
