package io.bazaar.identity.avatar;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The upload to make the avatar. */
public record AvatarConfirmation(@NotNull(message = "is required") UUID uploadId) {
}
