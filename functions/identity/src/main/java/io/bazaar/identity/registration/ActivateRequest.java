package io.bazaar.identity.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The login an account was registered with and the six-digit code sent to it. */
public record ActivateRequest(
        @NotBlank(message = "is required") String login,
        @NotBlank(message = "is required") @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String code) {
}
