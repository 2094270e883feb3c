package io.bazaar.identity.avatar;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Where and how to upload: PUT the bytes to uploadUrl with these headers before expiresAt, then confirm uploadId. */
public record AvatarUploadTicket(UUID uploadId, String uploadUrl, String method, Map<String, String> headers,
        Instant expiresAt) {
}
