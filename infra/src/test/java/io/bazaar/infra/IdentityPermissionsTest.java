package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.functionId;
import static io.bazaar.infra.TemplateQueries.logicalId;
import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.statementsOfRole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityPermissionsTest {

    private static final List<String> READ_WRITE = List.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:ConditionCheckItem");

    private static Template template;
    private static List<Map<String, Object>> statements;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void synthesize() {
        template = SynthesizedStack.template();
        Map<String, Object> role = (Map<String, Object>) properties(template, functionId(template, ApiArea.identity())).get("Role");
        String roleId = (String) ((List<Object>) role.get("Fn::GetAtt")).get(0);
        statements = statementsOfRole(template, roleId);
    }

    @Test
    void identityCanReadAndWriteItsFourTables() {
        for (String table : List.of("verification-codes", "refresh-tokens", "rate-limits", "ended-sessions")) {
            Map<String, Object> arn = Map.of("Fn::GetAtt",
                    List.of(logicalId(template, "AWS::DynamoDB::Table", Map.of("TableName", "bazaar-test-" + table)), "Arn"));
            assertTrue(statements.stream().anyMatch(statement -> "Allow".equals(statement.get("Effect"))
                            && asList(statement.get("Action")).containsAll(READ_WRITE)
                            && asList(statement.get("Resource")).contains(arn)),
                    () -> "no read/write statement on " + table + " in " + statements);
        }
    }

    @Test
    void identityHasNoWildcardResourceOnDynamoDbActions() {
        for (Map<String, Object> statement : statements) {
            boolean dynamoDb = asList(statement.get("Action")).stream().anyMatch(action -> action.toString().startsWith("dynamodb:"));
            if (dynamoDb) {
                assertFalse(asList(statement.get("Resource")).stream().anyMatch(resource -> resource.toString().contains("*")),
                        () -> "wildcard resource in " + statement);
            }
        }
    }

    @Test
    void identityMaySendEmailOnlyFromTheConfiguredSender() {
        Map<String, Object> ses = statementWith("ses:SendEmail");
        assertTrue(asList(ses.get("Action")).contains("ses:SendRawEmail"));
        assertEquals(Map.of("StringEquals", Map.of("ses:FromAddress", SynthesizedStack.MAIL_FROM)), ses.get("Condition"));
        assertFalse(asList(ses.get("Resource")).contains("*"), "SES statement scoped to identities");
    }

    @Test
    void identityMaySendSms() {
        assertEquals("Allow", statementWith("sns:Publish").get("Effect"));
    }

    @Test
    void identityReadsTheDatabaseAndJwtSecrets() {
        List<Object> secretResources = statements.stream()
                .filter(statement -> asList(statement.get("Action")).contains("secretsmanager:GetSecretValue"))
                .flatMap(statement -> asList(statement.get("Resource")).stream())
                .toList();
        assertTrue(secretResources.contains(Map.of("Ref", template.getResourceId("AWS::SecretsManager::SecretTargetAttachment"))),
                secretResources::toString);
        assertTrue(secretResources.contains(Map.of("Ref",
                logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", "bazaar/test/jwt-keys")))), secretResources::toString);
    }

    @Test
    void identityReadsTheDocumentKeysSecret() {
        assertTrue(statements.stream().anyMatch(statement -> asList(statement.get("Action")).contains("secretsmanager:GetSecretValue")
                && asList(statement.get("Resource")).contains(Map.of("Ref",
                        logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", "bazaar/test/document-keys"))))),
                statements::toString);
    }

    private static Map<String, Object> statementWith(String action) {
        return statements.stream()
                .filter(statement -> asList(statement.get("Action")).contains(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement allows " + action + ": " + statements));
    }
}
