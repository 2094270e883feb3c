package io.bazaar.orders.shipping.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A merchant's shipping rule as the merchant centre sends it. */
public record ShippingRuleInput(
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Long flatFeeMinor,
        @Min(value = 0, message = "must be 0 or more") Long freeAboveMinor,
        @Size(max = 200, message = "must have at most 200 entries") List<@Valid @NotNull(message = "is required") RegionFeeInput> regions) {

    /** One override: a whole country (no region) or one region of it. */
    public record RegionFeeInput(
            @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @Size(max = 80, message = "must be at most 80 characters") String region,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Long feeMinor) {
    }
}
