package io.bazaar.identity.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new email address or phone number, and the current password (a borrowed session must not move the login). */
public record ContactChangeRequest(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String newValue,
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {
}
