package io.bazaar.platform.aws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Produces the AWS SDK clients from one {@link AwsConfig}, so every service points at the same place. The light
 * URL-connection HTTP client keeps Lambda cold starts short; calls run on worker threads via {@link BlockingCalls}.
 */
@ApplicationScoped
public class AwsClients {

    private final AwsConfig config;

    AwsClients(AwsConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    DynamoDbClient dynamoDb() {
        return configure(DynamoDbClient.builder()).build();
    }

    @Produces
    @ApplicationScoped
    SesClient ses() {
        return configure(SesClient.builder()).build();
    }

    @Produces
    @ApplicationScoped
    SnsClient sns() {
        return configure(SnsClient.builder()).build();
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }

    void close(@Disposes SesClient client) {
        client.close();
    }

    void close(@Disposes SnsClient client) {
        client.close();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(config.region()))
                .credentialsProvider(credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return builder;
    }

    private AwsCredentialsProvider credentials() {
        if (config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
