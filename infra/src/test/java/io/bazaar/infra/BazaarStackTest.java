package io.bazaar.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BazaarStackTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void stackOutputsApiUrlBucketNameAndTablePrefix() {
        template.hasOutput("ApiUrl", Map.of("Value", Map.of("Fn::GetAtt", List.of(
                template.getResourceId("AWS::ApiGatewayV2::Api"), "ApiEndpoint"))));
        template.hasOutput("ProductImagesBucketName", Map.of("Value", Map.of("Ref", TemplateQueries.imageBucket(template))));
        template.hasOutput("TablePrefix", Map.of("Value", "bazaar-test-"));
        template.hasOutput("JwtKeysSecretName", Map.of("Value", "bazaar/test/jwt-keys"));
        template.hasOutput("JwtPublicKeySecretName", Map.of("Value", "bazaar/test/jwt-public-key"));
        template.hasOutput("PaymentsSecretName", Map.of("Value", "bazaar/test/payments"));
        template.hasOutput("StripeSecretName", Map.of("Value", "bazaar/test/stripe"));
    }

    @Test
    void jwtKeySecretsAreKeptWhenTheStackIsDeleted() {
        for (String name : List.of("bazaar/test/jwt-keys", "bazaar/test/jwt-public-key")) {
            template.hasResource("AWS::SecretsManager::Secret", Map.of(
                    "Properties", Match.objectLike(Map.of("Name", name)),
                    "DeletionPolicy", "Retain"));
        }
    }

    @Test
    void publicKeySecretStartsAsAnEmptyPlaceholder() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "Name", "bazaar/test/jwt-public-key",
                "SecretString", "{\"publicKey\":\"\"}"));
    }

    @Test
    void missingFunctionZipIsReportedWithHowToBuildIt() {
        App app = SynthesizedStack.app(Map.of(
                StackSettings.MAIL_FROM, SynthesizedStack.MAIL_FROM,
                StackSettings.ARTIFACTS_DIR, "no-such-dir"));
        StackSettings settings = StackSettings.from(app.getNode(), Path.of("target"));

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new BazaarStack(app, "Missing", StackProps.builder().build(), settings, ApiArea.all()));
        assertTrue(error.getMessage().contains("functions/identity-lambda/target/function.zip"), error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw -B package -DskipTests"), error.getMessage());
    }

    @Test
    void missingImporterZipIsReportedLikeTheAreas() {
        Path areasOnly = SynthesizedStack.artifactsDir(ApiArea.all().stream().map(ApiArea::artifact).toList());
        App app = SynthesizedStack.app(Map.of(
                StackSettings.MAIL_FROM, SynthesizedStack.MAIL_FROM,
                StackSettings.ARTIFACTS_DIR, areasOnly.toString()));
        StackSettings settings = StackSettings.from(app.getNode(), Path.of("target"));

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new BazaarStack(app, "NoImporter", StackProps.builder().build(), settings, ApiArea.all()));
        assertTrue(error.getMessage().contains("'importer'"), error.getMessage());
        assertTrue(error.getMessage().contains(areasOnly.resolve("importer/lambda/target/function.zip").toString()), error.getMessage());
        assertTrue(error.getMessage().contains("./mvnw -B package -DskipTests"), error.getMessage());
    }
}
