package io.bazaar.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.READ_WRITE;
import static io.bazaar.infra.TemplateQueries.actionsOn;
import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.onlyTheseFunctionsAreGranted;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.statementsOfArea;
import static io.bazaar.infra.TemplateQueries.tableArn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each area's function may touch: exactly its tables, its secrets, and the image bucket only for catalog. */
class AreaPermissionsTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void everyAreaCanReadAndWriteExactlyItsTables() {
        Map<String, Set<String>> expected = Map.of(
                "identity", Set.of("verification-codes", "refresh-tokens", "rate-limits", "ended-sessions"),
                "catalog", Set.of("behaviour-counters", "import-jobs", "import-items", "price-history", "idempotency-keys"),
                "cart", Set.of("carts"),
                "orders", Set.of("carts", "idempotency-keys"),
                "reviews", Set.of("rate-limits"),
                "members", Set.of("recently-viewed", "rate-limits", "idempotency-keys"),
                "statistics", Set.of());
        assertEquals(expected.keySet(), Set.copyOf(ApiArea.all().stream().map(ApiArea::name).toList()));
        for (ApiArea area : ApiArea.all()) {
            Set<String> touched = new TreeSet<>();
            Set<String> readWrite = new TreeSet<>();
            for (Map<String, Object> statement : statementsOfArea(template, area)) {
                List<Object> actions = asList(statement.get("Action"));
                if (actions.stream().noneMatch(action -> action.toString().startsWith("dynamodb:"))) {
                    continue;
                }
                for (Object resource : asList(statement.get("Resource"))) {
                    tableName(resource).ifPresent(table -> {
                        touched.add(table);
                        if (actions.containsAll(READ_WRITE)) {
                            readWrite.add(table);
                        }
                    });
                }
            }
            assertEquals(new TreeSet<>(expected.get(area.name())), readWrite, area.name() + " reads and writes");
            // besides its own tables every area reads ended sessions (checked in the next test)
            Set<String> alsoRead = new TreeSet<>(readWrite);
            alsoRead.add("ended-sessions");
            alsoRead.add("staff-audit");
            assertEquals(alsoRead, touched, area.name() + " touches");
        }
    }

    @Test
    void everyAreaPutsStaffAuditEntriesAndOnlyIdentityQueriesThem() {
        Map<String, Object> arn = tableArn(template, "staff-audit");
        for (ApiArea area : ApiArea.all()) {
            List<Object> actions = actionsOn(statementsOfArea(template, area), resources -> resources.contains(arn));
            assertEquals(area.name().equals("identity") ? List.of("dynamodb:PutItem", "dynamodb:Query")
                    : List.of("dynamodb:PutItem"), actions, area.name());
        }
    }

    @Test
    void identityWritesEndedSessionsAndEveryOtherAreaMayOnlyGetItems() {
        Map<String, Object> arn = tableArn(template, "ended-sessions");
        String table = (String) ((List<?>) arn.get("Fn::GetAtt")).get(0);
        for (ApiArea area : ApiArea.all()) {
            List<Object> actions = actionsOn(statementsOfArea(template, area), resources -> resources.contains(arn));
            if (area.name().equals("identity")) {
                assertTrue(actions.containsAll(READ_WRITE), actions::toString);
            } else {
                assertEquals(List.of("dynamodb:GetItem"), actions, area.name());
            }
            // EndedSessions names the table from the prefix every function gets
            Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) properties(template, functionId(template, area))
                    .get("Environment")).get("Variables");
            assertEquals("bazaar-test-", variables.get("BAZAAR_AWS_TABLE_PREFIX"), area.name());
        }
        // the import worker serves no requests, so it checks no tokens
        String importer = logicalId(template, "AWS::Lambda::Function", Map.of("FunctionName", "bazaar-test-" + ImportWorker.NAME));
        assertFalse(TemplateQueries.statementsOfFunction(template, importer).toString().contains(table));
    }

    @Test
    void onlyIdentityCanReadAndWriteTheAvatarsBucket() {
        String bucket = TemplateQueries.avatarsBucket(template);
        for (ApiArea area : ApiArea.all()) {
            List<Object> actions = actionsOn(statementsOfArea(template, area), resources -> resources.toString().contains(bucket));
            if (area.name().equals("identity")) {
                assertTrue(actions.containsAll(List.of("s3:GetObject*", "s3:PutObject", "s3:DeleteObject*")), actions::toString);
            } else {
                assertTrue(actions.isEmpty(), () -> area.name() + " may touch the avatars bucket: " + actions);
            }
        }
        onlyTheseFunctionsAreGranted(template, bucket, List.of(functionId(template, ApiArea.identity())));
    }

    @Test
    void onlyIdentityReadsTheDocumentKeys() {
        Map<String, Object> documentKeys = secretRef("bazaar/test/document-keys");
        for (ApiArea area : ApiArea.all()) {
            assertEquals(area.name().equals("identity"), readableSecrets(area).contains(documentKeys), area.name());
        }
        onlyTheseFunctionsAreGranted(template, (String) documentKeys.get("Ref"), List.of(functionId(template, ApiArea.identity())));
    }

    @Test
    void documentKeysSecretIsGeneratedAsTheFirstCurrentKeyAndKept() {
        template.hasResource("AWS::SecretsManager::Secret", Map.of(
                "Properties", Map.of(
                        "Name", "bazaar/test/document-keys",
                        "Description", Match.anyValue(),
                        "GenerateSecretString", Map.of(
                                "SecretStringTemplate", "{\"currentKeyId\":\"k1\"}",
                                "GenerateStringKey", "k1",
                                "PasswordLength", 43,
                                "ExcludePunctuation", true,
                                "IncludeSpace", false,
                                "RequireEachIncludedType", false)),
                "DeletionPolicy", "Retain"));
    }

    @Test
    void onlyCatalogAndTheImportWorkerCanReadAndWriteTheImageBucketAndReviewsItsReviewsPrefix() {
        String bucket = TemplateQueries.imageBucket(template);
        for (ApiArea area : ApiArea.all()) {
            List<Map<String, Object>> onBucket = statementsOfArea(template, area).stream()
                    .filter(statement -> statement.get("Resource").toString().contains(bucket))
                    .toList();
            if (area.name().equals("catalog")) {
                List<Object> actions = onBucket.stream().flatMap(statement -> asList(statement.get("Action")).stream()).toList();
                assertTrue(actions.containsAll(List.of("s3:GetObject*", "s3:PutObject", "s3:DeleteObject*", "s3:List*")),
                        actions::toString);
            } else if (area.name().equals("reviews")) {
                List<Object> actions = onBucket.stream().flatMap(statement -> asList(statement.get("Action")).stream()).toList();
                assertTrue(actions.containsAll(List.of("s3:GetObject*", "s3:PutObject", "s3:DeleteObject*")), actions::toString);
                // object actions on reviews/* only, never on the catalog's products/ or imports/
                onBucket.stream().filter(statement -> asList(statement.get("Action")).stream()
                        .anyMatch(action -> action.toString().contains("Object")))
                        .forEach(statement -> assertTrue(statement.get("Resource").toString().contains("/reviews/*"),
                                statement::toString));
            } else {
                assertTrue(onBucket.isEmpty(), () -> area.name() + " may touch the image bucket: " + onBucket);
            }
        }
        onlyTheseFunctionsAreGranted(template, bucket, List.of(functionId(template, ApiArea.catalog()),
                functionId(template, ApiArea.reviews()),
                logicalId(template, "AWS::Lambda::Function", Map.of("FunctionName", "bazaar-test-" + ImportWorker.NAME))));
    }

    @Test
    void everyAreaReadsThePublicKeyButOnlyIdentityTheKeyPair() {
        Map<String, Object> publicKey = secretRef("bazaar/test/jwt-public-key");
        Map<String, Object> keyPair = secretRef("bazaar/test/jwt-keys");
        for (ApiArea area : ApiArea.all()) {
            List<Object> secrets = readableSecrets(area);
            assertTrue(secrets.contains(publicKey), () -> area.name() + ": " + secrets);
            assertEquals(area.name().equals("identity"), secrets.contains(keyPair), () -> area.name() + ": " + secrets);
        }
    }

    @Test
    void onlyOrdersReadsThePaymentsAndStripeSecrets() {
        for (String name : List.of("bazaar/test/payments", "bazaar/test/stripe")) {
            Map<String, Object> secret = secretRef(name);
            for (ApiArea area : ApiArea.all()) {
                assertEquals(area.name().equals("orders"), readableSecrets(area).contains(secret), area.name() + ": " + name);
            }
        }
    }

    @Test
    void onlyIdentityOrdersReviewsAndMembersSendSmsAndEmail() {
        for (ApiArea area : ApiArea.all()) {
            List<Map<String, Object>> statements = statementsOfArea(template, area);
            List<Object> actions = statements.stream().flatMap(statement -> asList(statement.get("Action")).stream()).toList();
            // members texts the replies of shops to shoppers who sign in by phone
            boolean texts = Set.of("identity", "orders", "reviews", "members").contains(area.name());
            assertEquals(texts, actions.contains("ses:SendEmail"), area.name());
            boolean publishesAnywhere = statements.stream().anyMatch(statement -> asList(statement.get("Action")).contains("sns:Publish")
                    && asList(statement.get("Resource")).contains("*"));
            assertEquals(texts, publishesAnywhere, area.name());
        }
    }

    @Test
    void onlyMembersPushesAndOnlyToItsPlatformApplicationsEndpoints() {
        for (ApiArea area : ApiArea.all()) {
            List<Map<String, Object>> pushing = statementsOfArea(template, area).stream()
                    .filter(statement -> asList(statement.get("Action")).stream().anyMatch(a -> a.toString().contains("Endpoint")))
                    .toList();
            if (!area.name().equals("members")) {
                assertTrue(pushing.isEmpty(), () -> area.name() + " may push: " + pushing);
                continue;
            }
            assertEquals(2, pushing.size(), pushing::toString);
            for (Map<String, Object> statement : pushing) {
                List<Object> actions = asList(statement.get("Action"));
                Object expected = actions.contains("sns:CreatePlatformEndpoint") ? SynthesizedStack.ANDROID_PUSH
                        : "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/bazaar-test-android/*";
                assertEquals(List.of(expected), asList(statement.get("Resource")), actions::toString);
            }
        }
    }

    @Test
    void stripeSecretIsAPlaceholderForTheOperatorAndKept() {
        template.hasResource("AWS::SecretsManager::Secret", Map.of(
                "Properties", Map.of(
                        "Name", "bazaar/test/stripe",
                        "Description", Match.anyValue(),
                        "SecretString", "{\"secretKey\":\"\",\"webhookSecret\":\"\"}"),
                "DeletionPolicy", "Retain"));
    }

    @Test
    void paymentsSecretIsGeneratedAndKept() {
        template.hasResource("AWS::SecretsManager::Secret", Map.of(
                "Properties", Map.of(
                        "Name", "bazaar/test/payments",
                        "Description", Match.anyValue(),
                        "GenerateSecretString", Match.objectLike(Map.of(
                                "SecretStringTemplate", "{}",
                                "GenerateStringKey", "webhookSecret",
                                "ExcludePunctuation", true))),
                "DeletionPolicy", "Retain"));
    }

    private static List<Object> readableSecrets(ApiArea area) {
        return TemplateQueries.readableSecrets(statementsOfArea(template, area));
    }

    private static Map<String, Object> secretRef(String name) {
        return TemplateQueries.secretRef(template, name);
    }

    private static Optional<String> tableName(Object resource) {
        if (resource instanceof Map<?, ?> map && map.get("Fn::GetAtt") instanceof List<?> getAtt
                && template.findResources("AWS::DynamoDB::Table").containsKey((String) getAtt.get(0))) {
            String name = (String) properties(template, (String) getAtt.get(0)).get("TableName");
            return Optional.of(name.substring("bazaar-test-".length()));
        }
        assertFalse(resource.toString().contains("*"), () -> "wildcard DynamoDB resource " + resource);
        return Optional.empty();
    }
}
