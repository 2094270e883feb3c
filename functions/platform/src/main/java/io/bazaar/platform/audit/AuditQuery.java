package io.bazaar.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What part of a merchant's audit log to read, newest first.
 *
 * @param accountIdOrNull only this staff member's entries
 * @param fromOrNull      entries at or after this instant
 * @param untilOrNull     entries before this instant
 * @param cursorOrNull    the {@link AuditSlice#nextCursor()} of the page before
 * @param size            at most this many entries
 */
public record AuditQuery(UUID accountIdOrNull, Instant fromOrNull, Instant untilOrNull, String cursorOrNull, int size) {
}
