package io.bazaar.members.device.rest;

import jakarta.validation.constraints.NotBlank;

/** A phone to push to: its platform ({@code ios} or {@code android}) and the token APNs or FCM gave the app. */
public record DeviceRequest(@NotBlank(message = "is required") String platform, @NotBlank(message = "is required") String token) {
}
