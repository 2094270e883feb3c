package io.bazaar.reviews.contract;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * A published review as other areas may show it: plain text (the reader escapes it), the stars, who wrote it under
 * their public name, and the SKU bought.
 *
 * @param authorName        the reviewer's public name; null when their account was deleted ({@code authorErased})
 * @param authorErased      the reviewer deleted their account: show a neutral name in the reader's language instead
 * @param skuAttributesJson the SKU's attribute values as bought, a JSON object
 */
public record PublishedReview(UUID id, UUID productId, String authorName, boolean authorErased, int stars, String title,
        String text, String skuAttributesJson, Instant createdAt) {

    /** The attribute values of the SKU bought, by attribute name. */
    public Map<String, Object> skuAttributes() {
        return new JsonObject(skuAttributesJson).getMap();
    }
}
