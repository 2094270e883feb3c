package io.bazaar.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.constructs.Construct;

/**
 * Starts the areas' scheduled jobs in AWS: a Lambda only runs when invoked, so one EventBridge rule per job invokes the
 * area's alias directly with a fixed API Gateway (payload 2.0) event for {@code POST /internal/jobs/{name}}, which
 * {@code io.bazaar.platform.jobs.JobTriggerResource} answers. API Gateway has no route there, so only EventBridge can
 * start a job (the target grants {@code lambda:InvokeFunction} to EventBridge, scoped to the rule).
 */
public final class JobSchedules extends Construct {

    /** The route key the events claim; no such route exists in the HTTP API. */
    public static final String ROUTE_KEY = "POST /internal/jobs/{name}";

    public JobSchedules(Construct scope, String id, StackSettings settings, Map<ApiArea, IFunction> aliases) {
        super(scope, id);
        aliases.forEach((area, alias) -> {
            for (ApiArea.Job job : area.jobs()) {
                Rule.Builder.create(this, Ids.pascal(area.name()) + Ids.pascal(job.name()))
                        .ruleName(settings.resourceName(area.name() + "-" + job.name()))
                        .description("Starts the " + area.name() + " job " + job.name())
                        .schedule(Schedule.expression(job.schedule()))
                        .targets(List.of(LambdaFunction.Builder.create(alias)
                                .event(RuleTargetInput.fromObject(event(job)))
                                // a late run is worth little: the next tick comes soon and jobs catch up
                                .maxEventAge(Duration.minutes(15))
                                .retryAttempts(2)
                                .build()))
                        .build();
            }
        });
    }

    /** The API Gateway HTTP API event (payload format 2.0) that asks a function to run {@code job}. */
    public static Map<String, Object> event(ApiArea.Job job) {
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("method", "POST");
        http.put("path", job.path());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "Amazon EventBridge");

        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("routeKey", ROUTE_KEY);
        requestContext.put("stage", "$default");
        requestContext.put("domainName", "localhost");
        requestContext.put("http", http);

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", ROUTE_KEY);
        event.put("rawPath", job.path());
        event.put("rawQueryString", "");
        event.put("headers", Map.of("host", "localhost", "user-agent", "Amazon EventBridge"));
        event.put("pathParameters", Map.of("name", job.name()));
        event.put("requestContext", requestContext);
        event.put("isBase64Encoded", false);
        return event;
    }
}
