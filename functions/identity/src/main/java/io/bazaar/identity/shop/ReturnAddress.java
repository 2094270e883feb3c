package io.bazaar.identity.shop;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where shoppers send goods back to: a postal address with the name and phone of whoever receives them. */
public record ReturnAddress(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String name,
        @NotBlank(message = "is required") @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,19}", message = "must be a phone number") String phone,
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Schema(nullable = true) @Size(max = 80, message = "must be at most 80 characters") String region,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String city,
        @Schema(nullable = true) @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String line1,
        @Schema(nullable = true) @Size(max = 200, message = "must be at most 200 characters") String line2) {
}
