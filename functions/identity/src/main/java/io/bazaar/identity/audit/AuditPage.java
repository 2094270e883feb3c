package io.bazaar.identity.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the staff audit log, newest first. */
public record AuditPage(List<AuditEntryView> items,
        @Schema(nullable = true, description = "Pass as cursor for the next (older) page; null at the end") String nextCursor) {
}
