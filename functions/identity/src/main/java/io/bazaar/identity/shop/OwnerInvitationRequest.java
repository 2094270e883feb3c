package io.bazaar.identity.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom the platform invites as an owner of an existing shop. */
public record OwnerInvitationRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String login) {
}
