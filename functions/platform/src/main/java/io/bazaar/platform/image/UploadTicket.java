package io.bazaar.platform.image;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Where and how to upload an image: PUT the bytes to uploadUrl with these headers before expiresAt, then confirm. */
public record UploadTicket(UUID imageId, String uploadUrl, String method, Map<String, String> headers, Instant expiresAt) {
}
