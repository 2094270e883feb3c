package io.bazaar.members.messages.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shopper's first message to a shop, about one of the shop's products, one of the shopper's orders there, or neither. */
public record NewThreadRequest(
        @NotNull(message = "is required") UUID merchantId,
        @Schema(nullable = true, description = "A product of that shop the message is about") UUID productId,
        @Schema(nullable = true, description = "One of the shopper's orders from that shop the message is about")
        @Size(max = 24, message = "must be at most 24 characters") String orderNumber,
        @NotBlank(message = "is required") String body,
        @Schema(nullable = true, description = "Uploaded images (POST /api/me/messages/attachments), in order, at most 4")
        List<UUID> attachmentIds) {
}
