package io.bazaar.identity.staff;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Invites a person, by email or phone, to the shop's staff with these roles. */
public record InvitationRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String login,
        @NotNull(message = "is required") @Size(min = 1, max = 10, message = "must name 1 to 10 roles") List<@NotNull(message = "is required") UUID> roleIds) {
}
