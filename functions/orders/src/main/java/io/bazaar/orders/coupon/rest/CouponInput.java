package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new coupon as the platform admin defines it: either amountMinor + currency or percent. */
public record CouponInput(
        @NotNull(message = "is required") @Pattern(regexp = "[A-Za-z0-9_-]{3,40}", message = "must be 3-40 letters, digits, _ or -") String code,
        UUID merchantId,
        @Min(value = 1, message = "must be at least 1") Long amountMinor,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer percent,
        @Min(value = 0, message = "must be 0 or more") Long minSpendMinor,
        @NotNull(message = "is required") Instant validFrom,
        @NotNull(message = "is required") Instant validUntil,
        boolean oncePerCustomer,
        @Min(value = 1, message = "must be at least 1") Integer totalUses) {
}
