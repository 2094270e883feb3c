package io.bazaar.members.inbox.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.inbox.service.Notification;

/** An in-app notification: the client words {@code key} (with {@code params}) in the reader's language. */
public record NotificationView(UUID id, InboxKind kind,
        @Schema(description = "Message key, e.g. order.paid; the storefront's words are inbox.messages.<key>") String key,
        Map<String, String> params,
        @Schema(nullable = true, description = "A storefront path, e.g. /orders/2612...") String link,
        boolean read, Instant createdAt, @Schema(nullable = true) Instant readAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind(), n.key(), n.params(), n.link(), n.readAt() != null, n.createdAt(),
                n.readAt());
    }
}
