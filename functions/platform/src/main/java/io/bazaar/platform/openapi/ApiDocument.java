package io.bazaar.platform.openapi;

/** Names the areas' OpenAPI annotations share with the platform's document filter. */
public final class ApiDocument {

    /** The bearer scheme for access tokens, as named by {@code quarkus.smallrye-openapi.security-scheme-name}. */
    public static final String BEARER = "jwt";

    static final String SCHEMAS = "#/components/schemas/";

    private ApiDocument() {
    }
}
