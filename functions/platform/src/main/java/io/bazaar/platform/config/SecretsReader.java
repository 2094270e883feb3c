package io.bazaar.platform.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Fetches a JSON secret from Secrets Manager and picks its text fields, for {@link SecretsConfigSourceFactory}; it
 * runs before CDI exists, so it builds its own client the way {@code io.bazaar.platform.aws.AwsClients} does.
 * Error messages name the variable, the ARN and the field, never a secret's content.
 */
final class SecretsReader implements AutoCloseable {

    private final AwsCredentialsProvider credentials;
    private final SecretsManagerClient client;

    SecretsReader(String region, Optional<URI> endpointOverride, Optional<String> accessKeyId,
            Optional<String> secretAccessKey) {
        this.credentials = accessKeyId.isPresent() && secretAccessKey.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.get(), secretAccessKey.get()))
                : DefaultCredentialsProvider.builder().build();
        SecretsManagerClientBuilder builder = SecretsManagerClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpointOverride.ifPresent(builder::endpointOverride);
        this.client = builder.build();
    }

    /**
     * The given fields of the JSON secret {@code arn}, all present and non-blank.
     *
     * @param variable the environment variable that named the secret, for the error message
     * @throws IllegalStateException if the secret cannot be read, is not a JSON object or lacks a field
     */
    Map<String, String> read(String variable, String arn, String... fields) {
        JsonNode json = json(variable, arn);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            JsonNode value = json.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalStateException(
                        variable + ": the secret " + arn + " has no text field \"" + field + "\"");
            }
            values.put(field, value.asText());
        }
        return values;
    }

    /**
     * Every non-blank text field of the JSON secret {@code arn}, by name, for secrets whose field names are data (such
     * as key ids); fails like {@link #read} if the secret cannot be read or is not a JSON object.
     */
    Map<String, String> textFields(String variable, String arn) {
        Map<String, String> values = new LinkedHashMap<>();
        json(variable, arn).fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                values.put(field.getKey(), field.getValue().asText());
            }
        });
        return values;
    }

    private JsonNode json(String variable, String arn) {
        String text;
        try {
            text = client.getSecretValue(request -> request.secretId(arn)).secretString();
        } catch (SdkException e) {
            throw new IllegalStateException(variable + ": cannot read the secret " + arn + ": " + e.getMessage(), e);
        }
        if (text == null) {
            throw new IllegalStateException(variable + ": the secret " + arn + " holds binary data, not JSON text");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            // no cause attached: the parser's message may quote the secret
            throw new IllegalStateException(variable + ": the secret " + arn + " is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalStateException(variable + ": the secret " + arn + " is not a JSON object");
        }
        return json;
    }

    /** The one text field {@code field} of the JSON secret {@code arn}; fails like {@link #read}. */
    String field(String variable, String arn, String field) {
        return read(variable, arn, field).get(field);
    }

    @Override
    public void close() {
        client.close();
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
