package io.bazaar.identity.password;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The current password, proving it is the person, and the new one. */
public record PasswordChange(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String currentPassword,
        @NotNull(message = "is required") String newPassword) {
}
