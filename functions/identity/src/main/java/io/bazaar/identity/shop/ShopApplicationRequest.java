package io.bazaar.identity.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business applies for a shop: its name, who to contact (their email or phone gets the owner's invitation). */
public record ShopApplicationRequest(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String businessName,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String contactName,
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String contact,
        @Schema(nullable = true) @Size(max = 1000, message = "must be at most 1000 characters") String message) {
}
