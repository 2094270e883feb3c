package io.bazaar.localenv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An API Gateway HTTP API event (payload format 2.0) as AWS sends it to a Lambda, for the tests that hand events to a
 * packaged function ({@link PackagedFunctionExtension}) or to Quarkus' mock event server ({@code POST /_lambda_}).
 */
public final class ApiGatewayEvent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_IP = "203.0.113.7";

    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>(Map.of(
            "content-type", "application/json", "accept", "application/json", "x-forwarded-for", SOURCE_IP));
    private List<String> cookies;
    private String body;

    private ApiGatewayEvent(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static ApiGatewayEvent request(String method, String path) {
        return new ApiGatewayEvent(method, path);
    }

    /** Adds or replaces a header (names are lower case in v2 events). */
    public ApiGatewayEvent header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** An Authorization: Bearer header, when the token is not null. */
    public ApiGatewayEvent bearer(String tokenOrNull) {
        return tokenOrNull == null ? this : header("authorization", "Bearer " + tokenOrNull);
    }

    /** Cookies as API Gateway passes them: one "name=value" string each, outside the headers. */
    public ApiGatewayEvent cookies(List<String> values) {
        this.cookies = List.copyOf(values);
        return this;
    }

    /** The body as JSON text, when the value is not null. */
    public ApiGatewayEvent json(Object valueOrNull) {
        try {
            this.body = valueOrNull == null ? null : JSON.writeValueAsString(valueOrNull);
            return this;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public String toJson() {
        // a path with a query (/api/x?a=1) is sent as API Gateway splits it: rawPath and rawQueryString
        int query = path.indexOf('?');
        String rawPath = query < 0 ? path : path.substring(0, query);
        Map<String, Object> event = new HashMap<>(Map.of(
                "version", "2.0",
                "routeKey", "ANY /{proxy+}",
                "rawPath", rawPath,
                "rawQueryString", query < 0 ? "" : path.substring(query + 1),
                "headers", headers,
                "requestContext", Map.of(
                        "accountId", "123456789012", "apiId", "bazaar", "domainName", "api.bazaar.test",
                        "requestId", UUID.randomUUID().toString(), "stage", "$default",
                        "http", Map.of("method", method, "path", rawPath, "protocol", "HTTP/1.1",
                                "sourceIp", SOURCE_IP, "userAgent", "lambda-test")),
                "isBase64Encoded", false));
        if (cookies != null) {
            event.put("cookies", cookies);
        }
        if (body != null) {
            event.put("body", body);
        }
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
