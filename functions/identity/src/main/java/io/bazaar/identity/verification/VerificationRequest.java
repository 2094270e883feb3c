package io.bazaar.identity.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A legal name and an identity document, as the person submits them. */
public record VerificationRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters") String legalName,
        @NotNull(message = "is required") DocumentType documentType,
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String documentNumber) {

    @Override
    public String toString() {
        return "VerificationRequest[" + documentType + "]";
    }
}
