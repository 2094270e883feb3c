package io.bazaar.orders.returns.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the merchant refuses a return; the shopper is told. */
public record RejectRequest(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
}
