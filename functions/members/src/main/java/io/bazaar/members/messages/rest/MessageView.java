package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.Attachment;
import io.bazaar.members.messages.service.Side;
import io.bazaar.members.messages.service.ThreadMessage;

/**
 * A message as the shopper sees it: who wrote it (the shopper or the shop), the text as typed (plain text, to be shown
 * as text), its images; a deleted message keeps its place without text or images.
 */
public record MessageView(long id, Side author,
        @Schema(nullable = true, description = "Plain text as typed; null when the message was deleted") String body,
        boolean deleted, Instant createdAt, List<Attachment> attachments) {

    public static MessageView of(ThreadMessage m, Map<Long, List<Attachment>> attachments) {
        if (m.deleted()) {
            return new MessageView(m.id(), m.side(), null, true, m.createdAt(), List.of());
        }
        return new MessageView(m.id(), m.side(), m.body(), false, m.createdAt(), attachments.getOrDefault(m.id(), List.of()));
    }
}
