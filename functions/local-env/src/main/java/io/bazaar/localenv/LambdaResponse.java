package io.bazaar.localenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a function answered to an API Gateway HTTP API event (payload format 2.0): status, headers, the cookies
 * API Gateway turns into Set-Cookie headers, and the body. Header names are kept as the function wrote them and
 * looked up in any case, as HTTP does.
 */
public record LambdaResponse(int statusCode, Map<String, String> headers, List<String> cookies, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static LambdaResponse parse(String document) {
        try {
            JsonNode root = JSON.readTree(document);
            Map<String, String> headers = new LinkedHashMap<>();
            root.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
            List<String> cookies = new ArrayList<>();
            root.path("cookies").forEach(c -> cookies.add(c.asText()));
            String body = root.path("body").isNull() ? null : root.path("body").asText(null);
            return new LambdaResponse(root.path("statusCode").asInt(), headers, List.copyOf(cookies), body);
        } catch (IOException e) {
            throw new UncheckedIOException("The function's answer is not a JSON document: " + document, e);
        }
    }

    /** The header's value in any letter case, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The body read as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("The body is not JSON: " + body, e);
        }
    }
}
