package io.bazaar.platform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One change a merchant's staff member made, as the staff audit log keeps it: who (merchant and account), what (the
 * method, the route template, the resource method that answered, the ids in the path, the status), when, and from
 * where (client address and user agent).
 *
 * @param route     the route template, e.g. {@code /api/merchant/orders/{number}/ship}
 * @param operation the resource method that answered, {@code ClassName.method} (the API document has no operation
 *                  ids of its own)
 * @param targets   the path parameters by name, e.g. {@code number -> 20261204-0001}
 */
public record AuditEntry(UUID merchantId, UUID accountId, Instant at, String requestId, String method, String route,
        String operation, Map<String, String> targets, int status, String clientAddress, String userAgent) {
}
