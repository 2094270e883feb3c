package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.READ_WRITE;
import static io.bazaar.infra.TemplateQueries.asList;
import static io.bazaar.infra.TemplateQueries.readableSecrets;
import static io.bazaar.infra.TemplateQueries.secretRef;
import static io.bazaar.infra.TemplateQueries.statementsOfArea;
import static io.bazaar.infra.TemplateQueries.tableArn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the identity function's role allows in detail (its tables, mail, texts, secrets), beside {@link AreaPermissionsTest}. */
class IdentityPermissionsTest {

    private static Template template;
    private static List<Map<String, Object>> statements;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
        statements = statementsOfArea(template, ApiArea.identity());
    }

    @Test
    void identityCanReadAndWriteItsFourTables() {
        for (String table : List.of("verification-codes", "refresh-tokens", "rate-limits", "ended-sessions")) {
            Map<String, Object> arn = tableArn(template, table);
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
        List<Object> secretResources = readableSecrets(statements);
        assertTrue(secretResources.contains(Map.of("Ref", template.getResourceId("AWS::SecretsManager::SecretTargetAttachment"))),
                secretResources::toString);
        assertTrue(secretResources.contains(secretRef(template, "bazaar/test/jwt-keys")), secretResources::toString);
    }

    @Test
    void identityReadsTheDocumentKeysSecret() {
        assertTrue(readableSecrets(statements).contains(secretRef(template, "bazaar/test/document-keys")), statements::toString);
    }

    private static Map<String, Object> statementWith(String action) {
        return statements.stream()
                .filter(statement -> asList(statement.get("Action")).contains(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement allows " + action + ": " + statements));
    }
}
