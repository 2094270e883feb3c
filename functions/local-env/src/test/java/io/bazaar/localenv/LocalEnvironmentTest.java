package io.bazaar.localenv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

class LocalEnvironmentTest {

    @TempDir
    static Path workDir;
    static LocalEnvironment environment;
    static Map<String, String> config;

    @BeforeAll
    static void start() {
        environment = LocalEnvironment.start(workDir);
        config = environment.quarkusConfig();
    }

    @AfterAll
    static void stop() {
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    void configHasExactlyTheKeysTheApplicationNeeds() {
        assertEquals(Set.of("quarkus.datasource.username", "quarkus.datasource.password",
                "quarkus.datasource.reactive.url", "quarkus.datasource.jdbc.url", "bazaar.aws.endpoint-override",
                "bazaar.aws.region", "bazaar.aws.access-key-id", "bazaar.aws.secret-access-key",
                "bazaar.local.bootstrap", "mp.jwt.verify.publickey.location", "smallrye.jwt.sign.key.location",
                "bazaar.identity.verification.keys.local", "bazaar.identity.verification.current-key-id"),
                config.keySet());
        assertEquals(32, java.util.Base64.getDecoder().decode(config.get("bazaar.identity.verification.keys.local")).length,
                "an AES-256 key for identity-document numbers");
        assertEquals(environment.awsEndpoint(), config.get("bazaar.aws.endpoint-override"));
        assertTrue(config.get("quarkus.datasource.reactive.url").startsWith("vertx-reactive:postgresql://127.0.0.1:"));
    }

    @Test
    void postgresqlAcceptsTheReturnedCredentials() throws Exception {
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             ResultSet result = connection.createStatement().executeQuery("select 1")) {
            assertTrue(result.next());
            assertEquals(1, result.getInt(1));
        }
    }

    @Test
    void postgresqlRejectsAWrongPassword() {
        assertThrows(java.sql.SQLException.class, () -> DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"), "wrong"));
    }

    @Test
    void dynamoDbAnswersOnTheEndpoint() {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            assertTrue(dynamo.listTables().tableNames().isEmpty());
        }
    }

    @Test
    void sentEmailIsReadBackWithItsCode() {
        try (SesClient ses = SesClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            ses.verifyEmailIdentity(request -> request.emailAddress("no-reply@bazaar.test"));
            ses.sendEmail(request -> request.source("no-reply@bazaar.test")
                    .destination(destination -> destination.toAddresses("Ada@Example.test"))
                    .message(message -> message.subject(subject -> subject.data("Your Bazaar code"))
                            .body(body -> body.text(text -> text.data("Enter 482913 to confirm; it expires in 10 minutes.")))));
        }
        EmulatorOutbox outbox = environment.outbox();
        SentEmail email = outbox.emails().stream().filter(sent -> sent.isTo("ada@example.test")).findFirst().orElseThrow();
        assertEquals("no-reply@bazaar.test", email.source());
        assertEquals("Your Bazaar code", email.subject());
        assertEquals(Optional.of("482913"), outbox.lastSixDigitCodeSentTo("ada@example.test"));
        assertEquals(Optional.of("482913"), new EmulatorOutbox(endpoint()).lastSixDigitCodeSentTo("ada@example.test"));
        assertEquals(Optional.empty(), outbox.lastSixDigitCodeSentTo("nobody@example.test"));
    }

    @Test
    void sentSmsIsReadBackWithItsCode() {
        try (SnsClient sns = SnsClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            sns.publish(request -> request.phoneNumber("+15550100").message("Bazaar code 111111"));
            sns.publish(request -> request.phoneNumber("+15550100").message("Bazaar code 275046"));
        }
        EmulatorOutbox outbox = environment.outbox();
        assertTrue(outbox.sms().contains(new SentSms("+15550100", "Bazaar code 275046")));
        assertEquals(Optional.of("275046"), outbox.lastSixDigitCodeSentTo("+15550100"));
    }

    @Test
    void jwtKeysArePemFilesKeptAcrossStartsInTheSameDirectory() throws Exception {
        Path privateKey = Path.of(config.get("smallrye.jwt.sign.key.location"));
        Path publicKey = Path.of(config.get("mp.jwt.verify.publickey.location"));
        assertTrue(Files.readString(privateKey).startsWith("-----BEGIN PRIVATE KEY-----\n"));
        assertTrue(Files.readString(publicKey).startsWith("-----BEGIN PUBLIC KEY-----\n"));
        String privateBefore = Files.readString(privateKey);
        String publicBefore = Files.readString(publicKey);
        try (LocalEnvironment again = LocalEnvironment.start(workDir)) {
            assertEquals(privateKey.toString(), again.quarkusConfig().get("smallrye.jwt.sign.key.location"));
            assertEquals(privateBefore, Files.readString(privateKey));
            assertEquals(publicBefore, Files.readString(publicKey));
        }
    }

    @Test
    void closeStopsPostgresql(@TempDir Path otherDir) {
        LocalEnvironment other = LocalEnvironment.start(otherDir);
        int port = URI.create(other.quarkusConfig().get("quarkus.datasource.jdbc.url").substring("jdbc:".length())).getPort();
        assertTrue(accepts(port));
        other.close();
        assertFalse(accepts(port));
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static URI endpoint() {
        return URI.create(environment.awsEndpoint());
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }
}
