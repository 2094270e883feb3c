package io.bazaar.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The RFC 9457 problem+json body every area answers errors with. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = Problem.SCHEMA, requiredProperties = { "type", "title", "status" })
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Its component schema in the OpenAPI document. */
    public static final String SCHEMA = "Problem";

    /** Base of every stable problem type URI; the last path segment names the problem. */
    public static final String TYPE_BASE = "https://bazaar.dev/problems/";
}
