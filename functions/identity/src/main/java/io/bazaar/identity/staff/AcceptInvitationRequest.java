package io.bazaar.identity.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Accepts an invitation: the login it was sent to, its code, and the password of the account with that login (or,
 * when there is none yet, the password of the account this creates).
 */
public record AcceptInvitationRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String login,
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String code,
        @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password,
        @Schema(nullable = true, description = "The display name of a new account") @Size(max = 80, message = "must be at most 80 characters") String displayName) {
}
