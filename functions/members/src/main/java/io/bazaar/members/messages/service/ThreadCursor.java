package io.bazaar.members.messages.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/**
 * Where a page of the shop's threads ended, in their order (unanswered first, then newest activity, then id): the next
 * page starts after it, so threads that move meanwhile never repeat rows within a page walk (keyset paging). Opaque to
 * clients.
 */
public record ThreadCursor(boolean awaitingReply, Instant lastMessageAt, UUID id) {

    public static ThreadCursor after(MessageThread last) {
        return new ThreadCursor(last.awaitingReply(), last.lastMessageAt(), last.id());
    }

    public String encode() {
        String text = awaitingReply + "|" + lastMessageAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor the client sent back; null when absent, 400 when it is not one of ours. */
    public static ThreadCursor decode(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && (parts[0].equals("true") || parts[0].equals("false"))) {
                return new ThreadCursor(Boolean.parseBoolean(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // not one of ours: the same answer as a damaged one
        }
        throw ProblemException.invalid(new FieldError(field, "is not a cursor of this list; start again without it"));
    }
}
