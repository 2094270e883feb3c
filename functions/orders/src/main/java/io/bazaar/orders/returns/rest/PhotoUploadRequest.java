package io.bazaar.orders.returns.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** What the shopper is about to upload as a return photo: the type and exact size, both signed into the upload URL. */
public record PhotoUploadRequest(
        @NotBlank(message = "is required") String contentType,
        @NotNull(message = "is required") @Positive(message = "must be at least 1 byte") Long sizeBytes) {
}
