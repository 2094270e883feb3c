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
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

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

    @Produces
    @ApplicationScoped
    SqsClient sqs() {
        return configure(SqsClient.builder()).build();
    }

    /** Path-style addressing at an emulator: moto and LocalStack serve buckets by path, not by host name. */
    @Produces
    @ApplicationScoped
    S3Client s3() {
        return configure(S3Client.builder()).forcePathStyle(config.endpointOverride().isPresent()).build();
    }

    /** Signs URLs with the same credentials, region and addressing as {@link #s3()}, so they reach the same bucket. */
    @Produces
    @ApplicationScoped
    S3Presigner s3Presigner() {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(config.endpointOverride().isPresent()).build());
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }

    void close(@Disposes SqsClient client) {
        client.close();
    }

    void close(@Disposes SesClient client) {
        client.close();
    }

    void close(@Disposes SnsClient client) {
        client.close();
    }

    void close(@Disposes S3Client client) {
        client.close();
    }

    void close(@Disposes S3Presigner presigner) {
        presigner.close();
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
