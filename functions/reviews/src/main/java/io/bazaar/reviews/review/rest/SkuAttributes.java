package io.bazaar.reviews.review.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/** A SKU's attribute values as bought (stored as a JSON object), as text by attribute name. */
final class SkuAttributes {

    private SkuAttributes() {
    }

    static Map<String, String> of(String json) {
        Map<String, String> attributes = new LinkedHashMap<>();
        new JsonObject(json).forEach(e -> attributes.put(e.getKey(), String.valueOf(e.getValue())));
        return attributes;
    }
}
