package io.bazaar.identity.registration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sign-up with an email address or a phone number (exactly one) and a password. */
public record RegisterRequest(
        @Size(max = 254, message = "must be at most 254 characters") String email,
        @Size(max = 16, message = "must be at most 16 characters") String phone,
        @NotNull(message = "is required") String password,
        @Size(min = 1, max = 80, message = "must be 1 to 80 characters") String displayName) {
}
