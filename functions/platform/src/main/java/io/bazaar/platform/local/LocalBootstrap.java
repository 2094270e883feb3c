package io.bazaar.platform.local;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoTable;
import io.bazaar.platform.aws.S3Bucket;
import io.bazaar.platform.notify.NotifyConfig;
import io.quarkus.runtime.StartupEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Creates what infra/ creates in AWS (DynamoDB tables with TTL, S3 buckets open to browser uploads, the SES sender
 * identity) when running against an emulator, so the local run and the tests start from an empty LocalStack or moto_server.
 */
public class LocalBootstrap {

    private static final Logger LOG = Logger.getLogger(LocalBootstrap.class);

    /** First of the start-up observers: demo data and scheduled jobs may use the tables. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, @ConfigProperty(name = "bazaar.local.bootstrap", defaultValue = "false") boolean enabled,
            Instance<DynamoTable> tables, Instance<S3Bucket> buckets, DynamoDbClient dynamo, S3Client s3, SesClient ses,
            AwsConfig aws, NotifyConfig notify) {
        if (!enabled) {
            return;
        }
        for (DynamoTable table : tables) {
            createTable(dynamo, table.fullName(aws), table.sorted());
        }
        for (S3Bucket bucket : buckets) {
            createBucket(s3, bucket);
        }
        ses.verifyEmailIdentity(r -> r.emailAddress(notify.mailFrom()));
        LOG.infof("Local bootstrap done: %d tables, %d buckets, SES sender %s", tables.stream().count(),
                buckets.stream().count(), notify.mailFrom());
    }

    private static void createTable(DynamoDbClient dynamo, String name, boolean sorted) {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(AttributeDefinition.builder()
                .attributeName(DynamoTable.KEY).attributeType(ScalarAttributeType.S).build()));
        List<KeySchemaElement> keys = new ArrayList<>(List.of(KeySchemaElement.builder()
                .attributeName(DynamoTable.KEY).keyType(KeyType.HASH).build()));
        if (sorted) {
            attributes.add(AttributeDefinition.builder().attributeName(DynamoTable.SORT_KEY)
                    .attributeType(ScalarAttributeType.S).build());
            keys.add(KeySchemaElement.builder().attributeName(DynamoTable.SORT_KEY).keyType(KeyType.RANGE).build());
        }
        try {
            dynamo.createTable(r -> r.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes)
                    .keySchema(keys));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
            dynamo.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(
                    TimeToLiveSpecification.builder().attributeName(DynamoTable.TTL).enabled(true).build()));
        } catch (ResourceInUseException exists) {
            LOG.debugf("Table %s already exists", name);
        }
    }

    /**
     * Browsers upload straight to the bucket with presigned PUTs, so locally any origin may PUT; objects of a public
     * bucket are readable by anyone, as the CDN makes them in AWS.
     */
    private static void createBucket(S3Client s3, S3Bucket bucket) {
        String name = bucket.name();
        try {
            s3.createBucket(r -> r.bucket(name));
        } catch (BucketAlreadyOwnedByYouException exists) {
            LOG.debugf("Bucket %s already exists", name);
        } catch (BucketAlreadyExistsException exists) {
            // some emulators answer so to their only account, too; a bucket of somebody else's fails the head
            s3.headBucket(r -> r.bucket(name));
        }
        s3.putBucketCors(r -> r.bucket(name).corsConfiguration(c -> c.corsRules(CORSRule.builder()
                .allowedOrigins("*").allowedMethods("PUT").allowedHeaders("*").exposeHeaders("ETag").maxAgeSeconds(3600)
                .build())));
        if (bucket.publicRead()) {
            s3.putBucketPolicy(r -> r.bucket(name).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",\
                    "Action":"s3:GetObject","Resource":"arn:aws:s3:::%s/*"}]}""".formatted(name)));
        }
    }
}
