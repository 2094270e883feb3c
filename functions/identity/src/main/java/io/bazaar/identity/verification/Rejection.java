package io.bazaar.identity.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an admin rejects a submission; the person reads it. */
public record Rejection(@NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
}
