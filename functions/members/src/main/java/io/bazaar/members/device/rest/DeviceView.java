package io.bazaar.members.device.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.device.service.Device;

/** A registered device; the token itself is not shown again. */
public record DeviceView(UUID id, @Schema(description = "ios or android") String platform,
        @Schema(description = "Pushes go out to it through SNS (false: none configured for the platform, or disabled)") boolean pushEnabled,
        Instant createdAt) {

    public static DeviceView of(Device device) {
        return new DeviceView(device.id(), device.platform().name().toLowerCase(java.util.Locale.ROOT),
                device.endpointArn() != null && device.enabled(), device.createdAt());
    }
}
