package io.bazaar.members.device.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A shopper's phone that receives pushes.
 *
 * @param endpointArn the SNS platform endpoint, or null where no platform application is configured (pushes recorded)
 * @param enabled     false once SNS reported the endpoint disabled (the app was removed, the token expired)
 */
public record Device(UUID id, UUID accountId, DevicePlatform platform, String token, String endpointArn, boolean enabled,
        Instant createdAt, Instant updatedAt) {
}
