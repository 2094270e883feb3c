package io.bazaar.orders.coupon.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new coupon as the platform admin defines it: either amountMinor + currency or percent. A published coupon is
 * collected by shoppers into their wallets (within the collect window, from the collect stock, at most
 * perCustomerLimit each) and used from there only.
 */
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
        @Min(value = 1, message = "must be at least 1") Integer totalUses,
        @Schema(description = "Shoppers collect it into their wallets and use it from there only") boolean published,
        @Schema(nullable = true, description = "Collectable from (default: now)") Instant collectFrom,
        @Schema(nullable = true, description = "Collectable until (default: validUntil)") Instant collectUntil,
        @Schema(nullable = true, description = "How many may be collected in all (default: no limit)")
        @Min(value = 1, message = "must be at least 1") Integer collectStock,
        @Schema(nullable = true, description = "How many one shopper may collect (default 1)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer perCustomerLimit,
        @Schema(nullable = true, description = "A collected coupon is valid this many days from collecting, never past "
                + "validUntil (default: validFrom to validUntil)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 3650, message = "must be at most 3650") Integer validDays,
        @Schema(description = "Only verified members (real name verified) may collect and use it") boolean membersOnly) {
}
