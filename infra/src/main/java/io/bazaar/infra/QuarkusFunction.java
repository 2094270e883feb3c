package io.bazaar.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A Quarkus application deployed as a Lambda function the way every Bazaar function is: its zip from the artifacts
 * directory, Java 21 with SnapStart on published versions reached through the alias {@value #ALIAS}, in the VPC,
 * configured for production and the database; the API areas ({@link ApiFunctions}) and the import worker
 * ({@link ImportWorker}) are built with it.
 *
 * <p>Java 21 rather than 17: the Quarkus jars are compiled with release 17 and run unchanged on it, it is the newest
 * LTS managed runtime that SnapStart supports, and it stays supported longer than java17.
 *
 * <p>Not a construct of its own: it adds {@code Logs}, {@code Function} and {@code LiveAlias} to the scope it is given,
 * so the logical ids of the functions deployed before it existed stay as they were.
 */
final class QuarkusFunction {

    /** The Quarkus Lambda entry point (quarkus-amazon-lambda and quarkus-amazon-lambda-http). */
    static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /** The alias callers invoke; SnapStart snapshots are taken of published versions only. */
    static final String ALIAS = "live";

    /**
     * What the functions run with, built before them.
     *
     * @param siteUrl   the web site's URL (pages and API on one origin), the default public base URL
     * @param imagesUrl the base URL product images (and avatars, under avatars/) are served from
     */
    record Surroundings(Network network, DataStores stores, Database database, TokenKeys tokenKeys,
                        PaymentSecrets payments, DocumentKeys documentKeys, ImportQueue imports, EventsQueue events,
                        String siteUrl, String imagesUrl) {

        /** The shop's public URL: {@code bazaar:publicBaseUrl}, or the web site's. */
        String publicBaseUrl(StackSettings settings) {
            return settings.publicBaseUrl().orElse(siteUrl);
        }
    }

    /**
     * What differs from one function to the next.
     *
     * @param name                the short name, e.g. {@code catalog}; the function is {@code bazaar-<stage>-<name>}
     * @param description         the function's description
     * @param artifact            the function zip, relative to the artifacts directory (context {@code bazaar:artifactsDir})
     * @param memoryMb            memory, which also buys CPU
     * @param timeout             the longest an invocation may run
     * @param subnets             where in the VPC it runs
     * @param securityGroup       its security group
     * @param reservedConcurrency the most copies that may run at once, empty for the account's shared pool
     */
    record Shape(String name, String description, String artifact, int memoryMb, Duration timeout,
                 SubnetSelection subnets, ISecurityGroup securityGroup, Optional<Integer> reservedConcurrency) {
        Shape {
            Objects.requireNonNull(reservedConcurrency, "reservedConcurrency");
        }
    }

    private final Function function;
    private final Alias alias;

    QuarkusFunction(Construct scope, StackSettings settings, Shape shape, Surroundings surroundings) {
        Database database = surroundings.database();
        String functionName = settings.resourceName(shape.name());
        Path zip = settings.artifactsDir().resolve(shape.artifact());
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Function zip of '" + shape.name() + "' not found: " + zip
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
        // EventBridge starts periodic work (JobSchedules); an in-process scheduler would only tick while an
        // invocation happens to be running
        environment.put("QUARKUS_SCHEDULER_ENABLED", "false");

        LogGroup logs = LogGroup.Builder.create(scope, "Logs")
                .logGroupName("/aws/lambda/" + functionName)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        function = Function.Builder.create(scope, "Function")
                .functionName(functionName)
                .description(shape.description())
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.X86_64)
                .handler(HANDLER)
                .code(Code.fromAsset(zip.toString()))
                .memorySize(shape.memoryMb())
                .timeout(shape.timeout())
                .reservedConcurrentExecutions(shape.reservedConcurrency().orElse(null))
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .logGroup(logs)
                .vpc(surroundings.network().vpc())
                .vpcSubnets(shape.subnets())
                .securityGroups(List.of(shape.securityGroup()))
                .environment(environment)
                .build();
        database.secret().grantRead(function);

        // the alias below publishes the current version, which is what SnapStart snapshots
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "published through the alias " + ALIAS);
        alias = Alias.Builder.create(scope, "LiveAlias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
    }

    Function function() {
        return function;
    }

    /** What callers invoke: the published version SnapStart restores. */
    Alias alias() {
        return alias;
    }

    /** Read and write on exactly {@code tables} (names without the stage prefix). */
    void readWriteTables(DataStores stores, List<String> tables) {
        for (String table : tables) {
            stores.table(table).grantReadWriteData(function);
        }
    }

    /** Knows where product images are published (the CDN), to show them; no access to the bucket itself. */
    void linkProductImages(Surroundings surroundings) {
        function.addEnvironment("BAZAAR_CATALOG_IMAGES_BASE_URL", surroundings.imagesUrl());
    }

    /** Reads and writes the product image bucket, and knows where images and product pages are published. */
    void readWriteProductImages(StackSettings settings, Surroundings surroundings) {
        surroundings.stores().productImages().grantReadWrite(function);
        function.addEnvironment("BAZAAR_CATALOG_IMAGES_BUCKET", surroundings.stores().productImages().getBucketName());
        function.addEnvironment("BAZAAR_CATALOG_PUBLIC_BASE_URL", surroundings.publicBaseUrl(settings));
        function.addEnvironment("BAZAAR_CATALOG_IMAGES_BASE_URL", surroundings.imagesUrl());
    }

    /** Review photos live under reviews/ in the product image bucket, served by the same CDN; only that prefix. */
    void readWriteReviewImages(Surroundings surroundings) {
        surroundings.stores().productImages().grantReadWrite(function, "reviews/*");
        surroundings.stores().productImages().grantDelete(function, "reviews/*");
        function.addEnvironment("BAZAAR_REVIEWS_IMAGES_BUCKET", surroundings.stores().productImages().getBucketName());
        function.addEnvironment("BAZAAR_REVIEWS_IMAGES_BASE_URL", surroundings.imagesUrl());
    }
}
