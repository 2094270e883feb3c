package io.bazaar.identity.shop;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.contract.ServiceHours;

/**
 * The whole shop profile as the staff save it (the logo apart, which is uploaded): what is left out is cleared. The
 * hours are checked by {@link ShopProfileService} (24-hour HH:mm, closes after opens, each weekday once).
 */
public record ShopProfileUpdate(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
        @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters") String name,
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "^[\\P{Cntrl}\\n\\r\\t]*$", message = "must not contain control characters other than line breaks")
        String description,
        @Schema(nullable = true) @Valid ReturnAddress returnAddress,
        @NotNull(message = "is required (an empty list: closed every day)") @Size(max = 7, message = "has at most one entry per weekday")
        List<@Valid ServiceHours> serviceHours,
        @NotBlank(message = "is required") @Schema(description = "IANA time zone of the hours", examples = "Asia/Shanghai")
        String timeZone) {
}
