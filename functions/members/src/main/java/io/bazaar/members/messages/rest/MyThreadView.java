package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.Conversation;
import io.bazaar.members.messages.service.MessageThread;

/** A thread of the shopper with all its messages, oldest first. */
public record MyThreadView(UUID id, UUID merchantId, @Schema(nullable = true) String shopName,
        @Schema(nullable = true) UUID productId, @Schema(nullable = true) String productName,
        @Schema(nullable = true) String orderNumber, Instant createdAt, Instant lastMessageAt, List<MessageView> messages) {

    public static MyThreadView of(Conversation c) {
        MessageThread t = c.thread();
        return new MyThreadView(t.id(), t.merchantId(), c.shopName(), t.productId(), t.productName(), t.orderNumber(),
                t.createdAt(), t.lastMessageAt(), c.messages().stream().map(m -> MessageView.of(m, c.attachments())).toList());
    }
}
