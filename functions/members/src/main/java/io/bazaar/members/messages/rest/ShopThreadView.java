package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.Conversation;
import io.bazaar.members.messages.service.MaskedCustomer;
import io.bazaar.members.messages.service.MessageThread;

/** A thread of the shop with all its messages, oldest first, as its staff see it. */
public record ShopThreadView(UUID id, MaskedCustomer customer, @Schema(nullable = true) UUID productId,
        @Schema(nullable = true) String productName, @Schema(nullable = true) String orderNumber, Instant createdAt,
        Instant lastMessageAt, boolean unanswered, List<StaffMessageView> messages) {

    public static ShopThreadView of(Conversation c) {
        MessageThread t = c.thread();
        return new ShopThreadView(t.id(), c.customer(), t.productId(), t.productName(), t.orderNumber(), t.createdAt(),
                t.lastMessageAt(), t.awaitingReply(),
                c.messages().stream().map(m -> StaffMessageView.of(m, c.attachments())).toList());
    }
}
