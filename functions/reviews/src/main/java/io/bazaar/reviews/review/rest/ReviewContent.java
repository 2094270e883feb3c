package io.bazaar.reviews.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a reviewer writes and may edit: stars, title, text and up to 6 photos (the ids of their uploads, in order). */
public record ReviewContent(
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 5")
        @Max(value = 5, message = "must be between 1 and 5") Integer stars,
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String title,
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String text,
        @Size(max = 6, message = "must be at most 6 photos") List<@NotNull(message = "must be an image id") UUID> imageIds) {

    /** The photo ids, none when left out. */
    public List<UUID> images() {
        return imageIds == null ? List.of() : imageIds;
    }
}
