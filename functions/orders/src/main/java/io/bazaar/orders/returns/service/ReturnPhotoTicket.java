package io.bazaar.orders.returns.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Where the shopper's browser PUTs one return photo, with these headers, before expiresAt; the type and size are signed. */
public record ReturnPhotoTicket(UUID photoId, String uploadUrl, String method, Map<String, String> headers,
        Instant expiresAt) {
}
