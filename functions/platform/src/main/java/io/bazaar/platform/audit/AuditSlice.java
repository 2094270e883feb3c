package io.bazaar.platform.audit;

import java.util.List;

/** One page of a merchant's audit log, newest first; nextCursor (null at the end) reads on. */
public record AuditSlice(List<AuditEntry> entries, String nextCursor) {
}
