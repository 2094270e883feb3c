package io.bazaar.platform.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the scanned document at build time (registered as {@code mp.openapi.filter}), so every area's operations
 * follow one set of rules instead of hundreds of hand annotations: see functions/README.md, "OpenAPI document".
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ErrorResponses.addTo(openAPI);
        ResponseSchemas.requireEveryProperty(openAPI);
    }
}
