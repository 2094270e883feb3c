package io.bazaar.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bazaar.localenv.LocalEnvironment;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Start-up configuration from the Secrets Manager of the local AWS emulator, read as the deployed Lambdas read it. */
class SecretsConfigSourceFactoryTest {

    @TempDir
    static Path workDir;

    private static LocalEnvironment environment;
    private static Map<String, String> awsSettings;
    private static SecretsManagerClient secretsManager;

    @BeforeAll
    static void startEmulator() {
        environment = LocalEnvironment.start(workDir);
        awsSettings = environment.quarkusConfig().entrySet().stream()
                .filter(setting -> setting.getKey().startsWith("bazaar.aws."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        secretsManager = SecretsManagerClient.builder()
                .region(Region.of(awsSettings.get("bazaar.aws.region")))
                .endpointOverride(URI.create(awsSettings.get("bazaar.aws.endpoint-override")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        awsSettings.get("bazaar.aws.access-key-id"), awsSettings.get("bazaar.aws.secret-access-key"))))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    static void stopEmulator() {
        if (secretsManager != null) {
            secretsManager.close();
        }
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    void databaseCredentialsComeFromTheSecret() {
        String arn = secret("bazaar-db-credentials", "{\"engine\":\"postgres\",\"username\":\"bazaar_app\","
                + "\"password\":\"s3cr3t-from-rds\",\"host\":\"db.example\",\"port\":5432}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_DB_SECRET_ARN", arn));

        assertEquals("bazaar_app", config.getValue("quarkus.datasource.username", String.class));
        assertEquals("s3cr3t-from-rds", config.getValue("quarkus.datasource.password", String.class));
        assertEquals(SecretsConfigSourceFactory.SOURCE_NAME,
                config.getConfigValue("quarkus.datasource.password").getSourceName());
        assertFalse(config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent());
        assertFalse(config.getOptionalValue("smallrye.jwt.sign.key", String.class).isPresent());
    }

    @Test
    void jwtKeysComeFromTheSecret() throws IOException {
        String publicKey = Files.readString(Path.of(environment.quarkusConfig().get("mp.jwt.verify.publickey.location")));
        String privateKey = Files.readString(Path.of(environment.quarkusConfig().get("smallrye.jwt.sign.key.location")));
        String arn = secret("bazaar-jwt-keys", "{\"privateKey\":" + jsonString(privateKey) + ",\"publicKey\":"
                + jsonString(publicKey) + "}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_JWT_SECRET_ARN", arn));

        assertEquals(publicKey, config.getValue("mp.jwt.verify.publickey", String.class));
        assertEquals(privateKey, config.getValue("smallrye.jwt.sign.key", String.class));
        assertFalse(config.getOptionalValue("quarkus.datasource.password", String.class).isPresent());
    }

    @Test
    void areasThatOnlyVerifyTokensGetThePublicKeyAlone() throws IOException {
        String publicKey = publicKeyPem();
        String arn = secret("bazaar-jwt-public-key", "{\"publicKey\":" + jsonString(publicKey) + "}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", arn));

        assertEquals(publicKey, config.getValue("mp.jwt.verify.publickey", String.class));
        assertEquals(SecretsConfigSourceFactory.SOURCE_NAME,
                config.getConfigValue("mp.jwt.verify.publickey").getSourceName());
        assertFalse(config.getOptionalValue("smallrye.jwt.sign.key", String.class).isPresent());
    }

    @Test
    void keyPairAndPublishedKeyMayDifferOnlyInLineBreaks() throws IOException {
        String publicKey = publicKeyPem();
        String privateKey = Files.readString(Path.of(environment.quarkusConfig().get("smallrye.jwt.sign.key.location")));
        String keyPair = secret("bazaar-jwt-keys-matching", "{\"privateKey\":" + jsonString(privateKey)
                + ",\"publicKey\":" + jsonString(publicKey) + "}");
        String published = secret("bazaar-jwt-public-key-matching", "{\"publicKey\":"
                + jsonString(publicKey.strip().replace("\n", "\r\n")) + "}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_JWT_SECRET_ARN", keyPair,
                "BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", published));

        assertEquals(publicKey, config.getValue("mp.jwt.verify.publickey", String.class));
        assertEquals(privateKey, config.getValue("smallrye.jwt.sign.key", String.class));
    }

    @Test
    void aPublishedKeyThatIsNotTheKeyPairsFailsStartUp() throws IOException {
        String publicKey = publicKeyPem();
        String privateKey = Files.readString(Path.of(environment.quarkusConfig().get("smallrye.jwt.sign.key.location")));
        String keyPair = secret("bazaar-jwt-keys-rotated", "{\"privateKey\":" + jsonString(privateKey)
                + ",\"publicKey\":" + jsonString(publicKey) + "}");
        String stale = secret("bazaar-jwt-public-key-stale", "{\"publicKey\":"
                + jsonString(publicKey.replaceFirst("MII", "MIJ")) + "}");

        String message = startUpFailure(Map.of("BAZAAR_JWT_SECRET_ARN", keyPair,
                "BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", stale));

        assertTrue(message.contains("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN"), message);
        assertTrue(message.contains("differs"), message);
        assertFalse(message.contains("MII"), message);
    }

    @Test
    void paymentWebhookSecretComesFromTheSecret() {
        String arn = secret("bazaar-payments", "{\"webhookSecret\":\"whsec-generated-by-cdk\"}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_PAYMENTS_SECRET_ARN", arn));

        assertEquals("whsec-generated-by-cdk", config.getValue("bazaar.payments.sandbox.webhook-secret", String.class));
        assertFalse(config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent());
    }

    @Test
    void stripeKeysComeFromTheirSecret() {
        String arn = secret("bazaar-stripe", "{\"secretKey\":\"sk_test_123\",\"webhookSecret\":\"whsec_456\"}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN", arn));

        assertEquals("sk_test_123", config.getValue("bazaar.payments.stripe.secret-key", String.class));
        assertEquals("whsec_456", config.getValue("bazaar.payments.stripe.webhook-secret", String.class));
    }

    @Test
    void aStripeSecretStillEmptyFailsStartUpNamingTheField() {
        String arn = secret("bazaar-stripe-placeholder", "{\"secretKey\":\"\",\"webhookSecret\":\"\"}");

        String message = startUpFailure(Map.of("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN", arn));

        assertTrue(message.contains("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN"), message);
    }

    @Test
    void aPaymentsSecretWithoutWebhookSecretFailsStartUp() {
        String arn = secret("bazaar-payments-empty", "{\"webhookSecret\":\"\"}");

        String message = startUpFailure(Map.of("BAZAAR_PAYMENTS_SECRET_ARN", arn));

        assertTrue(message.contains("BAZAAR_PAYMENTS_SECRET_ARN"), message);
        assertTrue(message.contains("\"webhookSecret\""), message);
    }

    @Test
    void documentKeysComeFromTheirSecretEveryFieldButTheCurrentIdAKey() {
        String arn = secret("bazaar-document-keys", "{\"currentKeyId\":\"k2\",\"k1\":\"b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleS0\","
                + "\"k2\":\"bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleS0\"}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN", arn));

        assertEquals("k2", config.getValue("bazaar.identity.verification.current-key-id", String.class));
        assertEquals("b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleS0",
                config.getValue("bazaar.identity.verification.keys.k1", String.class));
        assertEquals("bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleS0",
                config.getValue("bazaar.identity.verification.keys.k2", String.class));
        assertFalse(config.getOptionalValue("bazaar.identity.verification.keys.currentKeyId", String.class).isPresent());
        assertEquals(SecretsConfigSourceFactory.SOURCE_NAME,
                config.getConfigValue("bazaar.identity.verification.keys.k2").getSourceName());
    }

    @Test
    void aDocumentKeysSecretWithoutItsCurrentKeyFailsStartUp() {
        String arn = secret("bazaar-document-keys-no-current", "{\"currentKeyId\":\"k2\",\"k1\":\"b2xkLWtleQ\"}");

        String message = startUpFailure(Map.of("BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN", arn));

        assertTrue(message.contains("BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN"), message);
        assertTrue(message.contains("\"k2\""), message);
        assertFalse(message.contains("b2xkLWtleQ"), message);
    }

    @Test
    void nothingIsFetchedWithoutSecretArns() {
        // an endpoint nobody listens on: any client call would fail start-up
        Map<String, String> unreachable = new HashMap<>(awsSettings);
        unreachable.put("bazaar.aws.endpoint-override", "http://127.0.0.1:1");

        SmallRyeConfig config = startUp(unreachable, Map.of());

        assertFalse(StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .anyMatch(source -> source.getName().equals(SecretsConfigSourceFactory.SOURCE_NAME)));
        assertFalse(config.getOptionalValue("quarkus.datasource.password", String.class).isPresent());
    }

    @Test
    void anUnreadableSecretFailsStartUpNamingTheVariable() {
        String arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:bazaar-no-such-secret-AbCdEf";

        String message = startUpFailure(Map.of("BAZAAR_DB_SECRET_ARN", arn));

        assertTrue(message.contains("BAZAAR_DB_SECRET_ARN"), message);
        assertTrue(message.contains(arn), message);
    }

    @Test
    void aSecretWithoutPasswordFailsStartUp() {
        String arn = secret("bazaar-db-no-password", "{\"username\":\"bazaar_app\",\"passwd\":\"hunter2-typo\"}");

        String message = startUpFailure(Map.of("BAZAAR_DB_SECRET_ARN", arn));

        assertTrue(message.contains("BAZAAR_DB_SECRET_ARN"), message);
        assertTrue(message.contains("\"password\""), message);
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void environmentStillOverridesTheSecret() {
        String arn = secret("bazaar-db-overridden", "{\"username\":\"bazaar_app\",\"password\":\"from-the-secret\"}");

        SmallRyeConfig config = startUp(Map.of("BAZAAR_DB_SECRET_ARN", arn,
                "QUARKUS_DATASOURCE_PASSWORD", "from-the-operator"));

        assertEquals("from-the-operator", config.getValue("quarkus.datasource.password", String.class));
        assertEquals("bazaar_app", config.getValue("quarkus.datasource.username", String.class));
    }

    private static String publicKeyPem() throws IOException {
        return Files.readString(Path.of(environment.quarkusConfig().get("mp.jwt.verify.publickey.location")));
    }

    private static String secret(String name, String json) {
        return secretsManager.createSecret(request -> request.name(name).secretString(json)).arn();
    }

    /** The configuration an application gets with these env vars, the emulator's settings and the factory. */
    private static SmallRyeConfig startUp(Map<String, String> env) {
        return startUp(awsSettings, env);
    }

    private static SmallRyeConfig startUp(Map<String, String> applicationProperties, Map<String, String> env) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new SecretsConfigSourceFactory())
                .build();
    }

    /** Every message of the start-up failure and its causes, one per line. */
    private static String startUpFailure(Map<String, String> env) {
        Throwable failure = assertThrows(RuntimeException.class, () -> startUp(env));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}
