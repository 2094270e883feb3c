package io.bazaar.identity.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new address again, with the code that was sent to it. */
public record ContactConfirmation(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters") String newValue,
        @NotBlank(message = "is required") @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String code) {
}
