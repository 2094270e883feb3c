package io.bazaar.identity.deletion;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password, typed again: deleting an account cannot be undone. */
public record DeletionRequest(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most 128 characters") String password) {
}
