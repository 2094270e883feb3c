package io.bazaar.reviews.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The merchant's reply to a review (plain text). */
public record ReplyInput(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String text) {
}
