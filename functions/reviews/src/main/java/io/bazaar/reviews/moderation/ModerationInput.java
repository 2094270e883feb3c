package io.bazaar.reviews.moderation;

import jakarta.validation.constraints.Size;

/** An admin's optional note on a decision (e.g. why a review was rejected). */
public record ModerationInput(@Size(max = 300, message = "must be at most 300 characters") String note) {
}
