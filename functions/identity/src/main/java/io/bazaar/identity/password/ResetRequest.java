package io.bazaar.identity.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new password, proven by the reset code sent to the login. */
public record ResetRequest(
        @NotBlank(message = "is required") String login,
        @NotBlank(message = "is required") @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String code,
        @NotNull(message = "is required") String newPassword) {
}
