package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.ListedThread;
import io.bazaar.members.messages.service.MessageThread;

/** One of the shopper's threads in their list: the shop, the subject, the newest message and the unread replies. */
public record MyThreadSummaryView(UUID id, UUID merchantId,
        @Schema(nullable = true, description = "The shop's name (null for a shop identity no longer knows)") String shopName,
        @Schema(nullable = true) UUID productId, @Schema(nullable = true) String productName,
        @Schema(nullable = true) String orderNumber, Instant lastMessageAt,
        @Schema(description = "Replies of the shop the shopper has not seen") long unread,
        @Schema(nullable = true) MessagePreview lastMessage) {

    public static MyThreadSummaryView of(ListedThread listed, String shopName) {
        MessageThread t = listed.thread();
        return new MyThreadSummaryView(t.id(), t.merchantId(), shopName, t.productId(), t.productName(), t.orderNumber(),
                t.lastMessageAt(), listed.unread(), MessagePreview.of(listed.lastMessage()));
    }
}
