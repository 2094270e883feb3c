package io.bazaar.identity.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Rejects an application with a reason. */
public record ApplicationRejection(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
}
