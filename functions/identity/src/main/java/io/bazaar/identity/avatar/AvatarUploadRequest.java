package io.bazaar.identity.avatar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** What a person is about to upload as their avatar: the type and exact size, both signed into the upload URL. */
public record AvatarUploadRequest(
        @NotBlank(message = "is required") String contentType,
        @NotNull(message = "is required") @Positive(message = "must be at least 1 byte") Long sizeBytes) {
}
