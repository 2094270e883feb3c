package io.bazaar.identity.shop;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The upload to make the shop's logo. */
public record LogoConfirmation(@NotNull(message = "is required") UUID uploadId) {
}
