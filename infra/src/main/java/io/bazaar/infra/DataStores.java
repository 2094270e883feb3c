package io.bazaar.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The key-value and object stores: the DynamoDB tables (named {@code bazaar-<stage>-<name>}), the product image,
 * return photo and avatar buckets; all kept when the stack is deleted.
 */
public final class DataStores extends Construct {

    public static final String VERIFICATION_CODES = "verification-codes";
    public static final String REFRESH_TOKENS = "refresh-tokens";
    public static final String RATE_LIMITS = "rate-limits";
    /** Views, cart adds and purchases per product per day (catalog). */
    public static final String BEHAVIOUR_COUNTERS = "behaviour-counters";
    /** Carts of guests (expiring) and shoppers (cart and orders). */
    public static final String CARTS = "carts";
    /** Answers to retried writes such as checkout, by Idempotency-Key (orders). */
    public static final String IDEMPOTENCY_KEYS = "idempotency-keys";
    /** Import jobs of merchants: what to import, state and progress (catalog and the import worker). */
    public static final String IMPORT_JOBS = "import-jobs";
    /** Per-item results of import jobs, and the chunks of product URLs a job discovered (catalog and the import worker). */
    public static final String IMPORT_ITEMS = "import-items";
    /** Price observations per imported SKU (catalog and the import worker). */
    public static final String PRICE_HISTORY = "price-history";
    /** Each signed-in shopper's recently viewed products, newest first, expiring after the last view (members). */
    public static final String RECENTLY_VIEWED = "recently-viewed";
    /**
     * Sessions ended before their access tokens expired, by session id (the platform's
     * {@code io.bazaar.platform.security.EndedSessions}): written by identity, read (GetItem) by every area.
     */
    public static final String ENDED_SESSIONS = "ended-sessions";
    /**
     * The staff audit log (the platform's {@code io.bazaar.platform.audit.StaffAuditLog}): a merchant's entries under
     * {@code id} = merchant id, sorted by {@link #SORT_KEY} = time and request id; every area puts items, identity
     * queries them for the owner.
     */
    public static final String STAFF_AUDIT = "staff-audit";
    /** Every table, in creation order. */
    public static final List<String> TABLES = List.of(VERIFICATION_CODES, REFRESH_TOKENS, RATE_LIMITS,
            BEHAVIOUR_COUNTERS, CARTS, IDEMPOTENCY_KEYS, IMPORT_JOBS, IMPORT_ITEMS, PRICE_HISTORY, RECENTLY_VIEWED,
            ENDED_SESSIONS, STAFF_AUDIT);
    /** The tables that also have the string sort key {@link #SORT_KEY}. */
    public static final List<String> SORTED_TABLES = List.of(STAFF_AUDIT);
    /** The prefix of avatars that are not confirmed yet (presigned uploads); deleted after {@value #UPLOAD_EXPIRY_DAYS} day. */
    public static final String AVATAR_UPLOADS_PREFIX = "uploads/";
    /** The prefix of confirmed avatars, the only part of the avatars bucket served by the CDN. */
    public static final String AVATARS_PREFIX = "avatars/";
    static final int UPLOAD_EXPIRY_DAYS = 1;
    /** Where the orders area writes export files ({@code exports/<merchant>/<export>.<csv|xlsx>}). */
    public static final String ORDER_EXPORTS_PREFIX = "exports/";
    /** Days an export file is kept: the orders area's {@code bazaar.orders.exports.keep-for} (P7D). */
    static final int ORDER_EXPORT_DAYS = 7;

    /** Partition key of every table. */
    public static final String PARTITION_KEY = "id";
    /** Sort key of the {@link #SORTED_TABLES} (the platform's DynamoTable.SORT_KEY). */
    public static final String SORT_KEY = "sk";
    /** Epoch-seconds attribute after which DynamoDB deletes an item. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Bucket productImages;
    private final Bucket returnPhotos;
    private final Bucket messageAttachments;
    private final Bucket avatars;
    private final Bucket orderExports;

    public DataStores(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        for (String name : TABLES) {
            Table.Builder table = Table.Builder.create(this, Ids.pascal(name) + "Table")
                    .tableName(settings.resourceName(name))
                    .partitionKey(Attribute.builder().name(PARTITION_KEY).type(AttributeType.STRING).build());
            if (SORTED_TABLES.contains(name)) {
                table.sortKey(Attribute.builder().name(SORT_KEY).type(AttributeType.STRING).build());
            }
            tables.put(name, table
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .timeToLiveAttribute(TTL_ATTRIBUTE)
                    .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                            .pointInTimeRecoveryEnabled(true).build())
                    .removalPolicy(RemovalPolicy.RETAIN)
                    .build());
        }

        productImages = Bucket.Builder.create(this, "ProductImages")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("abort-incomplete-multipart-uploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // shoppers' photos of a return: private, read through presigned URLs only (orders), never through a CDN
        returnPhotos = Bucket.Builder.create(this, "ReturnPhotos")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // images of customer messages: private, read through presigned URLs only (members), never through a CDN
        messageAttachments = Bucket.Builder.create(this, "MessageAttachments")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // members' avatars: private, the avatars/ prefix served through the image CDN (ImageCdn), uploads that are never
        // confirmed dropped after a day
        avatars = Bucket.Builder.create(this, "Avatars")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-unconfirmed-uploads")
                        .prefix(AVATAR_UPLOADS_PREFIX)
                        .expiration(Duration.days(UPLOAD_EXPIRY_DAYS))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        // merchants' order exports: private, written by the orders export worker with multipart uploads and read
        // through presigned GETs; files go after as long as the API offers them, unfinished uploads after a day
        orderExports = Bucket.Builder.create(this, "OrderExports")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-exports")
                        .prefix(ORDER_EXPORTS_PREFIX)
                        .expiration(Duration.days(ORDER_EXPORT_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        allowUploadsFrom(settings.webOrigin());
    }

    /** Browsers of this origin upload images straight to S3, with presigned PUT URLs the API issues. */
    public void allowUploadsFrom(String origin) {
        for (Bucket bucket : List.of(productImages, returnPhotos, messageAttachments, avatars)) {
            bucket.addCorsRule(CorsRule.builder()
                    .allowedOrigins(List.of(origin))
                    .allowedMethods(List.of(HttpMethods.PUT))
                    .allowedHeaders(List.of("*"))
                    .exposedHeaders(List.of("ETag"))
                    .maxAge(3600)
                    .build());
        }
    }

    /** The table called {@code name} (without the stage prefix). */
    public ITable table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No DynamoDB table '" + name + "'; known: " + tables.keySet());
        }
        return table;
    }

    public Map<String, ? extends ITable> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public IBucket productImages() {
        return productImages;
    }

    public IBucket returnPhotos() {
        return returnPhotos;
    }

    public IBucket messageAttachments() {
        return messageAttachments;
    }

    public IBucket avatars() {
        return avatars;
    }

    public IBucket orderExports() {
        return orderExports;
    }
}
