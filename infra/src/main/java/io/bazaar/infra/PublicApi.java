package io.bazaar.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.PayloadFormatVersion;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/** The one public entry point: an API Gateway HTTP API that sends each area's routes to that area's function (payload format 2.0). */
public final class PublicApi extends Construct {

    private final HttpApi api;

    public PublicApi(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        api = HttpApi.Builder.create(this, "HttpApi")
                .apiName(settings.resourceName("api"))
                .description("Bazaar API, stage " + settings.stage())
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(List.of(settings.webOrigin()))
                        .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.HEAD, CorsHttpMethod.POST,
                                CorsHttpMethod.PUT, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE))
                        .allowHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"))
                        .exposeHeaders(List.of("Location"))
                        .maxAge(Duration.hours(1))
                        .build())
                .build();
    }

    /** Adds every route of {@code area}, all sent to {@code target} through one integration. */
    public void route(ApiArea area, IFunction target) {
        HttpLambdaIntegration integration = HttpLambdaIntegration.Builder
                .create(Ids.pascal(area.name()) + "Integration", target)
                .payloadFormatVersion(PayloadFormatVersion.VERSION_2_0)
                .build();
        for (ApiArea.Route route : area.routes()) {
            api.addRoutes(AddRoutesOptions.builder()
                    .path(route.path())
                    .methods(List.of(route.method()))
                    .integration(integration)
                    .build());
        }
    }

    /** The API's base URL, without a trailing slash. */
    public String url() {
        return api.getApiEndpoint();
    }
}
