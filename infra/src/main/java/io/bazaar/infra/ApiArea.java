package io.bazaar.infra;

import java.util.List;
import java.util.Set;

import software.amazon.awscdk.services.apigatewayv2.HttpMethod;

/**
 * One API area as deployed: its Lambda artifact, the routes it answers and what it may touch; adding an area is adding one entry to {@link #all()}.
 *
 * @param name         the area, as in /api/{area}/... and in resource names (lower case)
 * @param artifact     the function zip, relative to the artifacts directory (context {@code bazaar:artifactsDir})
 * @param routes       the HTTP API routes sent to this area's function
 * @param tables       names (without the stage prefix) of the DynamoDB tables the area reads and writes
 * @param capabilities what else the area may do beyond its tables and the database
 */
public record ApiArea(String name, String artifact, List<Route> routes, List<String> tables, Set<Capability> capabilities) {

    /** One route of the HTTP API, e.g. {@code ANY /api/auth/{proxy+}}. */
    public record Route(HttpMethod method, String path) {
        /** The route key as API Gateway writes it. */
        public String key() {
            return method.name() + " " + path;
        }
    }

    /** Permissions some areas need and others must not have. */
    public enum Capability {
        /** Sends e-mail through SES from the configured sender address. */
        SEND_EMAIL,
        /** Sends SMS through SNS (direct publish to a phone number). */
        SEND_SMS,
        /** Signs JWTs, so it reads the key pair secret (private key included). */
        ISSUE_TOKENS
    }

    public ApiArea {
        routes = List.copyOf(routes);
        tables = List.copyOf(tables);
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(capabilities);
    }

    /** Sign-up, sign-in, verification codes, refresh tokens and the user's own profile. */
    public static ApiArea identity() {
        return new ApiArea("identity", "identity-lambda/target/function.zip",
                List.of(new Route(HttpMethod.ANY, "/api/auth/{proxy+}"),
                        new Route(HttpMethod.ANY, "/api/me"),
                        new Route(HttpMethod.ANY, "/api/me/{proxy+}"),
                        new Route(HttpMethod.GET, "/api/identity/openapi")),
                List.of(DataStores.VERIFICATION_CODES, DataStores.REFRESH_TOKENS, DataStores.RATE_LIMITS),
                Set.of(Capability.SEND_EMAIL, Capability.SEND_SMS, Capability.ISSUE_TOKENS));
    }

    /** Every area deployed today. */
    public static List<ApiArea> all() {
        return List.of(identity());
    }
}
