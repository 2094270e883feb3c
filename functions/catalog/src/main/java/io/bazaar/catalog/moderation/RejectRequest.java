package io.bazaar.catalog.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a product is rejected; the merchant sees it. */
public record RejectRequest(@NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
}
