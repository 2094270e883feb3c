package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.ListedThread;
import io.bazaar.members.messages.service.MaskedCustomer;
import io.bazaar.members.messages.service.MessageThread;

/** One of the shop's threads in the staff's list: the customer masked, the subject, whether it waits for an answer. */
public record ShopThreadSummaryView(UUID id, MaskedCustomer customer, @Schema(nullable = true) UUID productId,
        @Schema(nullable = true) String productName, @Schema(nullable = true) String orderNumber, Instant createdAt,
        Instant lastMessageAt, @Schema(description = "The newest message is the customer's") boolean unanswered,
        @Schema(description = "Customer messages no one of the staff has seen") long unread,
        @Schema(nullable = true) MessagePreview lastMessage) {

    public static ShopThreadSummaryView of(ListedThread listed, MaskedCustomer customer) {
        MessageThread t = listed.thread();
        return new ShopThreadSummaryView(t.id(), customer, t.productId(), t.productName(), t.orderNumber(), t.createdAt(),
                t.lastMessageAt(), t.awaitingReply(), listed.unread(), MessagePreview.of(listed.lastMessage()));
    }
}
