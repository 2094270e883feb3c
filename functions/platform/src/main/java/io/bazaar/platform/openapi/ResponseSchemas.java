package io.bazaar.platform.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks every property of a schema that only responses use as required. Jackson writes every component of a response
 * record, null or not (no response type sets {@code @JsonInclude}), so a client always finds each key; the ones whose
 * value can be null say so with {@code @Schema(nullable = true)}. Schemas that requests use keep what bean validation
 * says (a client may leave out what is not {@code @NotNull}), and a schema that lists its required properties itself
 * keeps its list.
 */
final class ResponseSchemas {

    private ResponseSchemas() {
    }

    static void requireEveryProperty(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> read = new HashSet<>();
        Set<String> written = new HashSet<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> schemasOf(r.getContent())
                        .forEach(s -> collect(s, schemas, read)));
            }
            if (operation.getRequestBody() != null) {
                schemasOf(operation.getRequestBody().getContent()).forEach(s -> collect(s, schemas, written));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> collect(p.getSchema(), schemas, written));
            }
        });
        read.removeAll(written);
        read.stream().map(schemas::get).filter(s -> s.getProperties() != null && s.getRequired() == null)
                .forEach(s -> s.setRequired(new ArrayList<>(s.getProperties().keySet())));
    }

    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream());
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null ? Stream.empty()
                : content.getMediaTypes().values().stream().map(MediaType::getSchema);
    }

    /** The names of the component schemas reachable from this one, into {@code names}. */
    private static void collect(Schema schema, Map<String, Schema> all, Set<String> names) {
        if (schema == null) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(ApiDocument.SCHEMAS)) {
            String name = ref.substring(ApiDocument.SCHEMAS.length());
            if (names.add(name)) {
                collect(all.get(name), all, names);
            }
        }
        List<Schema> nested = new ArrayList<>();
        if (schema.getProperties() != null) {
            nested.addAll(schema.getProperties().values());
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(l -> l != null).forEach(nested::addAll);
        nested.add(schema.getItems());
        nested.add(schema.getAdditionalPropertiesSchema());
        nested.add(schema.getNot());
        nested.forEach(s -> collect(s, all, names));
    }
}
