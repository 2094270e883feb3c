package io.bazaar.identity.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A shop an admin opens: its name and its owner's email or phone (who gets the invitation). */
public record NewShop(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String ownerLogin) {
}
