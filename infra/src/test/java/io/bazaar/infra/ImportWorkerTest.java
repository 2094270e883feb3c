package io.bazaar.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.statementsOfFunction;
import static io.bazaar.infra.TemplateQueries.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import worker: its function, where it runs, what starts it (queue, schedule) and what it may touch. */
class ImportWorkerTest {

    private static Template template;
    private static String function;
    private static List<Map<String, Object>> statements;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
        function = logicalId(template, "AWS::Lambda::Function", Map.of("FunctionName", "bazaar-test-importer"));
        statements = statementsOfFunction(template, function);
    }

    @Test
    void workerIsAQuarkusFunctionWithSnapStartFiveMinutesAnd2GbAndBoundedConcurrency() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "bazaar-test-importer",
                "Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest",
                "Runtime", "java21",
                "Architectures", List.of("x86_64"),
                "MemorySize", 2048,
                "Timeout", 300,
                "ReservedConcurrentExecutions", 10,
                "SnapStart", Map.of("ApplyOn", "PublishedVersions")));
        template.hasResourceProperties("AWS::Lambda::Alias", Map.of(
                "Name", "live",
                "FunctionName", Map.of("Ref", function),
                "FunctionVersion", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Version"))));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/bazaar-test-importer",
                "RetentionInDays", 30));
    }

    @Test
    @SuppressWarnings("unchecked")
    void workerRunsInTheSubnetsWithARouteOutWithItsOwnSecurityGroup() {
        Map<String, Object> vpcConfig = (Map<String, Object>) properties(template, function).get("VpcConfig");
        List<Object> subnets = (List<Object>) vpcConfig.get("SubnetIds");
        assertEquals(2, subnets.size(), subnets::toString);
        for (Object subnet : subnets) {
            String id = text(subnet).replaceAll("^\\$\\{|}$", "");
            assertTrue(properties(template, id).get("Tags").toString().contains("aws-cdk:subnet-type, Value=Private"), id);
            String routeTable = (String) ((Map<?, ?>) properties(template, logicalId(template, "AWS::EC2::SubnetRouteTableAssociation",
                    Map.of("SubnetId", Map.of("Ref", id)))).get("RouteTableId")).get("Ref");
            template.hasResourceProperties("AWS::EC2::Route", Map.of(
                    "RouteTableId", Map.of("Ref", routeTable),
                    "DestinationCidrBlock", "0.0.0.0/0",
                    "NatGatewayId", Match.anyValue()));
        }
        String group = logicalId(template, "AWS::EC2::SecurityGroup",
                Map.of("GroupDescription", Match.stringLikeRegexp("^Bazaar import worker")));
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of(group, "GroupId"))), vpcConfig.get("SecurityGroupIds"));
    }

    @Test
    void apiFunctionsStayInTheIsolatedSubnets() {
        for (ApiArea area : ApiArea.all()) {
            Map<?, ?> vpcConfig = (Map<?, ?>) properties(template, TemplateQueries.functionId(template, area)).get("VpcConfig");
            for (Object subnet : (List<?>) vpcConfig.get("SubnetIds")) {
                String id = text(subnet).replaceAll("^\\$\\{|}$", "");
                assertTrue(properties(template, id).get("Tags").toString().contains("aws-cdk:subnet-type, Value=Isolated"),
                        area.name() + ": " + id);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void workerReachesDynamoDbAndS3ThroughTheFreeGatewayEndpoints() {
        for (String service : List.of("dynamodb", "s3")) {
            Map<String, Map<String, Object>> endpoints = template.findResources("AWS::EC2::VPCEndpoint", Map.of("Properties",
                    Match.objectLike(Map.of("VpcEndpointType", "Gateway"))));
            Map<String, Object> endpoint = endpoints.values().stream()
                    .map(resource -> (Map<String, Object>) resource.get("Properties"))
                    .filter(properties -> text(properties.get("ServiceName")).endsWith("." + service))
                    .findFirst().orElseThrow();
            // two isolated and two egress subnets, each with its own route table
            assertEquals(4, ((List<?>) endpoint.get("RouteTableIds")).size(), service);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void workerIsConfiguredLikeCatalogForProductionAndTheQueue() {
        Map<String, Object> variables = (Map<String, Object>) ((Map<String, Object>) properties(template, function)
                .get("Environment")).get("Variables");
        String cluster = template.getResourceId("AWS::RDS::DBCluster");
        String endpoint = "${" + cluster + ".Endpoint.Address}:${" + cluster + ".Endpoint.Port}";

        assertEquals(new TreeSet<>(Set.of("QUARKUS_PROFILE", "BAZAAR_AWS_TABLE_PREFIX", "BAZAAR_AWS_REGION",
                "QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL", "BAZAAR_DB_SECRET_ARN",
                "BAZAAR_CATALOG_IMAGES_BUCKET", "BAZAAR_CATALOG_IMAGES_BASE_URL", "BAZAAR_CATALOG_PUBLIC_BASE_URL",
                "BAZAAR_IMPORTS_QUEUE_URL", "QUARKUS_SCHEDULER_ENABLED", "BAZAAR_IMPORTS_WORKER")), new TreeSet<>(variables.keySet()));
        assertEquals("prod", variables.get("QUARKUS_PROFILE"));
        assertEquals("bazaar-test-", variables.get("BAZAAR_AWS_TABLE_PREFIX"));
        assertEquals(Map.of("Ref", "AWS::Region"), variables.get("BAZAAR_AWS_REGION"));
        assertEquals("postgresql://" + endpoint + "/bazaar", text(variables.get("QUARKUS_DATASOURCE_REACTIVE_URL")));
        assertEquals("jdbc:postgresql://" + endpoint + "/bazaar", text(variables.get("QUARKUS_DATASOURCE_JDBC_URL")));
        assertEquals(Map.of("Ref", template.getResourceId("AWS::SecretsManager::SecretTargetAttachment")),
                variables.get("BAZAAR_DB_SECRET_ARN"));
        assertEquals(Map.of("Ref", TemplateQueries.imageBucket(template)), variables.get("BAZAAR_CATALOG_IMAGES_BUCKET"));
        assertEquals(TemplateQueries.webSiteUrl(template), variables.get("BAZAAR_CATALOG_PUBLIC_BASE_URL"));
        assertEquals(Map.of("Ref", queue()), variables.get("BAZAAR_IMPORTS_QUEUE_URL"));
        assertEquals("false", variables.get("QUARKUS_SCHEDULER_ENABLED"));
        assertEquals("sqs", variables.get("BAZAAR_IMPORTS_WORKER"));
        // the same image and page URLs as catalog, which renders what the worker imports
        Map<String, Object> catalog = (Map<String, Object>) ((Map<String, Object>) properties(template,
                TemplateQueries.functionId(template, ApiArea.catalog())).get("Environment")).get("Variables");
        for (String shared : List.of("BAZAAR_CATALOG_IMAGES_BASE_URL", "BAZAAR_CATALOG_PUBLIC_BASE_URL", "BAZAAR_IMPORTS_QUEUE_URL")) {
            assertEquals(catalog.get(shared), variables.get(shared), shared);
        }
    }

    @Test
    void queueInvokesTheWorkerAliasOneMessageAtATimeReportingFailuresPerMessage() {
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
        String mapping = logicalId(template, "AWS::Lambda::EventSourceMapping",
                Map.of("EventSourceArn", Map.of("Fn::GetAtt", List.of(queue(), "Arn"))));
        Map<String, Object> properties = properties(template, mapping);
        assertEquals(1, properties.get("BatchSize"));
        assertEquals(List.of("ReportBatchItemFailures"), properties.get("FunctionResponseTypes"));
        // one below the reserved concurrency: a throttled message would count as a receive on its way to the dead letters
        assertEquals(Map.of("MaximumConcurrency", 9), properties.get("ScalingConfig"));
        assertTrue(text(properties.get("FunctionName")).contains(alias()), properties.get("FunctionName")::toString);
        assertTrue(text(properties.get("FunctionName")).endsWith(":live"), properties.get("FunctionName")::toString);
    }

    @Test
    void queueHidesAMessageForSixTimesTheWorkersTimeout() {
        Object timeout = properties(template, function).get("Timeout");
        assertEquals(6 * ((Number) timeout).intValue(), properties(template, queue()).get("VisibilityTimeout"));
    }

    @Test
    void refreshRunsEveryFifteenMinutesWithAConstantJobEvent() throws JsonProcessingException {
        Map<String, Object> rule = properties(template, logicalId(template, "AWS::Events::Rule",
                Map.of("Name", "bazaar-test-importer-import-refresh")));
        assertEquals("rate(15 minutes)", rule.get("ScheduleExpression"));
        assertEquals("ENABLED", rule.get("State"));
        List<?> targets = (List<?>) rule.get("Targets");
        assertEquals(1, targets.size());
        Map<?, ?> target = (Map<?, ?>) targets.get(0);
        assertEquals(Map.of("Ref", alias()), target.get("Arn"));
        assertEquals(Map.of("job", "import-refresh"), new ObjectMapper().readValue((String) target.get("Input"), Map.class));
        assertEquals(Map.of("MaximumEventAgeInSeconds", 900, "MaximumRetryAttempts", 2), target.get("RetryPolicy"));
        template.hasResourceProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "FunctionName", Map.of("Ref", alias()),
                "Principal", "events.amazonaws.com",
                "SourceArn", Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::Events::Rule",
                        Map.of("Name", "bazaar-test-importer-import-refresh")), "Arn"))));
    }

    @Test
    void workerReadsAndWritesExactlyCatalogsTables() {
        Set<String> tables = new TreeSet<>();
        for (Map<String, Object> statement : statements) {
            if (asList(statement.get("Action")).stream().noneMatch(action -> action.toString().startsWith("dynamodb:"))) {
                continue;
            }
            for (Object resource : asList(statement.get("Resource"))) {
                assertFalse(resource.toString().contains("*"), () -> "wildcard DynamoDB resource " + resource);
                String table = (String) ((List<?>) ((Map<?, ?>) resource).get("Fn::GetAtt")).get(0);
                tables.add(((String) properties(template, table).get("TableName")).substring("bazaar-test-".length()));
            }
        }
        assertEquals(new TreeSet<>(ImportWorker.TABLES), tables);
        assertEquals(Set.of("behaviour-counters", "import-jobs", "import-items", "price-history"), tables);
        // never identity's, cart's or orders'
        assertTrue(tables.stream().noneMatch(Set.of("verification-codes", "refresh-tokens", "rate-limits", "carts",
                "idempotency-keys")::contains), tables::toString);
    }

    @Test
    void workerConsumesAndSendsToTheImportQueueOnly() {
        List<Object> onQueue = actionsOn(Map.of("Fn::GetAtt", List.of(queue(), "Arn")));
        assertTrue(onQueue.containsAll(List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility",
                "sqs:SendMessage")), onQueue::toString);
        List<Object> sqsResources = statements.stream()
                .filter(statement -> asList(statement.get("Action")).stream().anyMatch(action -> action.toString().startsWith("sqs:")))
                .flatMap(statement -> asList(statement.get("Resource")).stream())
                .distinct()
                .toList();
        assertEquals(List.of(Map.of("Fn::GetAtt", List.of(queue(), "Arn"))), sqsResources);
    }

    @Test
    void workerReadsTheDatabaseSecretButNoTokenOrPaymentSecret() {
        List<Object> secrets = TemplateQueries.readableSecrets(statements);
        assertEquals(List.of(Map.of("Ref", template.getResourceId("AWS::SecretsManager::SecretTargetAttachment"))), secrets);
    }

    @Test
    void workerReadsAndWritesTheImageBucketAndNothingElseWithoutANamedResource() {
        String bucket = TemplateQueries.imageBucket(template);
        List<Object> onBucket = actionsOn(Map.of("Fn::GetAtt", List.of(bucket, "Arn")));
        assertTrue(onBucket.containsAll(List.of("s3:GetObject*", "s3:PutObject", "s3:DeleteObject*", "s3:List*")), onBucket::toString);
        for (Map<String, Object> statement : statements) {
            assertFalse(asList(statement.get("Resource")).contains("*"), () -> "unscoped statement " + statement);
            assertFalse(asList(statement.get("Action")).stream().anyMatch(action -> action.toString().startsWith("ses:")
                    || action.toString().startsWith("sns:")), () -> "notifies: " + statement);
        }
    }

    private static List<Object> actionsOn(Object resource) {
        return TemplateQueries.actionsOn(statements, resources -> resources.contains(resource));
    }

    private static String queue() {
        return logicalId(template, "AWS::SQS::Queue", Map.of("QueueName", "bazaar-test-imports.fifo"));
    }

    private static String alias() {
        return logicalId(template, "AWS::Lambda::Alias", Map.of("FunctionName", Map.of("Ref", function)));
    }
}
