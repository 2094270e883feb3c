package io.bazaar.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One Lambda function per API area, each reached through its alias {@code live}, with exactly the grants its area declares.
 *
 * <p>Java 21 rather than 17: the Quarkus jars are compiled with release 17 and run unchanged on it, it is the newest
 * LTS managed runtime that SnapStart supports, and it stays supported longer than java17.
 */
public final class ApiFunctions extends Construct {

    /** The Quarkus Lambda entry point (quarkus-amazon-lambda-http). */
    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The alias the API targets; SnapStart snapshots are taken of published versions only. */
    public static final String ALIAS = "live";

    private final Map<ApiArea, Alias> aliases = new LinkedHashMap<>();

    /**
     * What the functions run with, built before them.
     *
     * @param apiUrl the HTTP API's base URL, the default public base URL of product pages
     */
    public record Surroundings(Network network, DataStores stores, Database database, TokenKeys tokenKeys,
                               PaymentSecrets payments, String apiUrl, String imagesUrl) {
    }

    public ApiFunctions(Construct scope, String id, StackSettings settings, List<ApiArea> areas, Surroundings surroundings) {
        super(scope, id);
        for (ApiArea area : areas) {
            Construct areaScope = new Construct(this, Ids.pascal(area.name()));
            Function function = function(areaScope, settings, area, surroundings.network(), surroundings.database());
            grant(function, settings, area, surroundings);
            // the alias below publishes the current version, which is what SnapStart snapshots
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "published through the alias " + ALIAS);
            aliases.put(area, Alias.Builder.create(areaScope, "LiveAlias")
                    .aliasName(ALIAS)
                    .version(function.getCurrentVersion())
                    .build());
        }
    }

    /** Each area with the alias its routes should target, in the order given. */
    public Map<ApiArea, IFunction> aliases() {
        return Collections.unmodifiableMap(aliases);
    }

    private static Function function(Construct scope, StackSettings settings, ApiArea area, Network network, Database database) {
        String functionName = settings.resourceName(area.name());
        Path zip = settings.artifactsDir().resolve(area.artifact());
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Function zip of area '" + area.name() + "' not found: " + zip
                    + " (build it with `./mvnw -B package -DskipTests` at the root, or point context "
                    + StackSettings.ARTIFACTS_DIR + " elsewhere)");
        }

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "prod");
        environment.put("BAZAAR_AWS_TABLE_PREFIX", settings.tablePrefix());
        environment.put("BAZAAR_AWS_REGION", Stack.of(scope).getRegion());
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        environment.put("BAZAAR_DB_SECRET_ARN", database.secret().getSecretArn());
        // EventBridge starts the area's jobs through POST /internal/jobs/{name} (JobSchedules); an in-process
        // scheduler would only tick while a request happens to be running
        environment.put("BAZAAR_JOBS_HTTP_TRIGGER", "true");
        environment.put("QUARKUS_SCHEDULER_ENABLED", "false");
        if (area.capabilities().contains(ApiArea.Capability.SEND_EMAIL)) {
            environment.put("BAZAAR_NOTIFY_MAIL_FROM", settings.mailFrom());
        }

        LogGroup logs = LogGroup.Builder.create(scope, "Logs")
                .logGroupName("/aws/lambda/" + functionName)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        return Function.Builder.create(scope, "Function")
                .functionName(functionName)
                .description("Bazaar " + area.name() + " API (Quarkus)")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.X86_64)
                .handler(HANDLER)
                .code(Code.fromAsset(zip.toString()))
                .memorySize(1024)
                .timeout(Duration.seconds(15))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logs)
                .vpc(network.vpc())
                .vpcSubnets(Network.isolatedSubnets())
                .securityGroups(List.of(network.functionsSecurityGroup()))
                .environment(environment)
                .build();
    }

    private static void grant(Function function, StackSettings settings, ApiArea area, Surroundings surroundings) {
        for (String table : area.tables()) {
            surroundings.stores().table(table).grantReadWriteData(function);
        }
        surroundings.database().secret().grantRead(function);

        TokenKeys tokenKeys = surroundings.tokenKeys();
        tokenKeys.publicKeySecret().grantRead(function);
        function.addEnvironment("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", tokenKeys.publicKeySecret().getSecretArn());
        if (area.capabilities().contains(ApiArea.Capability.ISSUE_TOKENS)) {
            tokenKeys.secret().grantRead(function);
            function.addEnvironment("BAZAAR_JWT_SECRET_ARN", tokenKeys.secret().getSecretArn());
        }
        if (area.capabilities().contains(ApiArea.Capability.PRODUCT_IMAGES)) {
            surroundings.stores().productImages().grantReadWrite(function);
            function.addEnvironment("BAZAAR_CATALOG_IMAGES_BUCKET", surroundings.stores().productImages().getBucketName());
            function.addEnvironment("BAZAAR_CATALOG_PUBLIC_BASE_URL", settings.publicBaseUrl().orElse(surroundings.apiUrl()));
            function.addEnvironment("BAZAAR_CATALOG_IMAGES_BASE_URL", surroundings.imagesUrl());
        }
        if (area.capabilities().contains(ApiArea.Capability.TAKE_PAYMENTS)) {
            surroundings.payments().secret().grantRead(function);
            function.addEnvironment("BAZAAR_PAYMENTS_SECRET_ARN", surroundings.payments().secret().getSecretArn());
            // the payment provider calls the webhook, and sends shoppers back, through the public API
            function.addEnvironment("BAZAAR_PAYMENTS_PUBLIC_BASE_URL", surroundings.apiUrl());
        }
        if (area.capabilities().contains(ApiArea.Capability.SEND_EMAIL)) {
            // any verified identity (SES checks the domain's or the address's), but only from the configured sender
            String identities = Stack.of(function).formatArn(ArnComponents.builder()
                    .service("ses").resource("identity").resourceName("*")
                    .arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build());
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ses:SendEmail", "ses:SendRawEmail"))
                    .resources(List.of(identities))
                    .conditions(Map.of("StringEquals", Map.of("ses:FromAddress", settings.mailFrom())))
                    .build());
        }
        if (area.capabilities().contains(ApiArea.Capability.SEND_SMS)) {
            // publishing straight to a phone number has no resource ARN to name
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sns:Publish"))
                    .resources(List.of("*"))
                    .build());
        }
    }
}
