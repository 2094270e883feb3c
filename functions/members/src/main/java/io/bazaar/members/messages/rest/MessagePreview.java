package io.bazaar.members.messages.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.Side;
import io.bazaar.members.messages.service.ThreadMessage;

/** The newest message of a thread in a list: who wrote it and its text (none when it was deleted). */
public record MessagePreview(Side author,
        @Schema(nullable = true, description = "Plain text as typed; null when the message was deleted") String body,
        boolean deleted, Instant createdAt) {

    public static MessagePreview of(ThreadMessage m) {
        return m == null ? null : new MessagePreview(m.side(), m.deleted() ? null : m.body(), m.deleted(), m.createdAt());
    }
}
