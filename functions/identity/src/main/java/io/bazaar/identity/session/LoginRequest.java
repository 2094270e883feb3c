package io.bazaar.identity.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Email or phone, and password. */
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String login,
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {
}
