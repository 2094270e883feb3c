package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.UUID;

/** What the applicant is told: the application is in, under this id. */
public record ShopApplicationReceived(UUID id, ShopApplicationStatus status, Instant createdAt) {
}
