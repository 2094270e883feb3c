package io.bazaar.identity.shop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.contract.ServiceHours;

/** A shop's profile as its staff edit it. */
public record ShopProfileView(UUID merchantId, String name, String description, @Schema(nullable = true) String logoUrl,
        @Schema(nullable = true) ReturnAddress returnAddress, List<ServiceHours> serviceHours, String timeZone,
        @Schema(nullable = true, description = "When the profile was last saved; null if never") Instant updatedAt) {
}
