package io.bazaar.reviews.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a merchant thinks a review breaks the rules, for the platform admin who decides. */
public record ReportInput(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
}
