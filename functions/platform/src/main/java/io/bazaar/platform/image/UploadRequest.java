package io.bazaar.platform.image;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** What a client is about to upload: the type and exact size, both signed into the upload URL. */
public record UploadRequest(
        @NotBlank(message = "is required") String contentType,
        @NotNull(message = "is required") @Positive(message = "must be at least 1 byte") Long sizeBytes) {
}
