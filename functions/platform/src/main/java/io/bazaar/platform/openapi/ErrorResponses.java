package io.bazaar.platform.openapi;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.bazaar.platform.problem.Problem;

/**
 * The problem+json errors an operation can answer. The ones that follow from its shape are added here: 400 for a body
 * or query, header or cookie parameters, 401 and 403 where it takes a token (Quarkus derives the security requirement
 * from @RolesAllowed and @Authenticated), 404 for a path parameter, and a default for failures of the server. The ones
 * only its code knows (409, 422, 429, ...) the resource declares with @APIResponse; every error response without
 * content gets the Problem schema.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(ErrorResponses::complete));
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null || has(operation, p -> p.getIn() != Parameter.In.PATH)) {
            add(responses, "400", "Invalid input; errors names each bad field");
        }
        if (operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty())) {
            add(responses, "401", "Not Authorized");
            add(responses, "403", "Not Allowed");
        }
        if (has(operation, p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, "404", "Not found");
        }
        add(responses, APIResponses.DEFAULT, "Unexpected failure; quote requestId when reporting it");
        responses.getAPIResponses().forEach((code, response) -> {
            if (!code.startsWith("2") && !code.startsWith("3") && response.getContent() == null) {
                response.setContent(problem());
            }
        });
    }

    private static boolean has(Operation operation, Predicate<Parameter> test) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(test);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ApiDocument.SCHEMAS + Problem.SCHEMA)));
    }
}
