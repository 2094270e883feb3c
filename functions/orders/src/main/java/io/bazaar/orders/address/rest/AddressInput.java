package io.bazaar.orders.address.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as a customer types it: saved under /api/me/addresses or given inline at checkout. */
public record AddressInput(
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String name,
        @NotBlank(message = "is required") @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,19}", message = "must be a phone number") String phone,
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
        @Size(max = 80, message = "must be at most 80 characters") String region,
        @NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String city,
        @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String line1,
        @Size(max = 200, message = "must be at most 200 characters") String line2) {

    /** The same address with blanks trimmed and absent optional parts empty. */
    public AddressInput normalised() {
        return new AddressInput(name.strip(), phone.strip(), country, trim(region), city.strip(), trim(postalCode),
                line1.strip(), trim(line2));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
