package io.bazaar.catalog.page;

import java.time.Instant;
import java.util.UUID;

/** What a sitemap needs of a product: the parts of its address and when it last changed. */
public record ProductLink(UUID id, String slug, Instant updatedAt) {
}
