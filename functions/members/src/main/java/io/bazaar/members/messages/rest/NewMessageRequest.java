package io.bazaar.members.messages.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One more message in a thread (the shopper's, or a staff reply): text as typed, and optional uploaded images. */
public record NewMessageRequest(
        @NotBlank(message = "is required") String body,
        @Schema(nullable = true, description = "Uploaded images, in order, at most 4") List<UUID> attachmentIds) {
}
