package io.bazaar.members.messages.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.members.messages.service.Attachment;
import io.bazaar.members.messages.service.Side;
import io.bazaar.members.messages.service.ThreadMessage;

/**
 * A message as the shop's staff see it: also which staff member wrote it, and for a deleted one when and by whom (its
 * text stays the shop's record; the shopper no longer sees it).
 */
public record StaffMessageView(long id, Side author,
        @Schema(nullable = true, description = "The staff member who wrote it; null for the shopper's") UUID staffAccountId,
        @Schema(description = "Plain text as typed") String body, boolean deleted,
        @Schema(nullable = true) Instant deletedAt, @Schema(nullable = true) UUID deletedBy, Instant createdAt,
        List<Attachment> attachments) {

    public static StaffMessageView of(ThreadMessage m, Map<Long, List<Attachment>> attachments) {
        return new StaffMessageView(m.id(), m.side(), m.staffAccountId(), m.body(), m.deleted(), m.deletedAt(),
                m.deletedBy(), m.createdAt(), attachments.getOrDefault(m.id(), List.of()));
    }
}
