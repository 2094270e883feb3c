package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStoresTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void everyTableHasKeyIdTtlExpiresAtAndPointInTimeRecovery() {
        template.resourceCountIs("AWS::DynamoDB::Table", DataStores.TABLES.size());
        for (String table : List.of("verification-codes", "refresh-tokens", "rate-limits",
                "behaviour-counters", "carts", "idempotency-keys", "import-jobs", "import-items", "price-history", "recently-viewed")) {
            template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                    "TableName", "bazaar-test-" + table,
                    "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                    "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                    "BillingMode", "PAY_PER_REQUEST",
                    "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                    "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
        }
    }

    @Test
    void tablesAreKeptWhenTheStackIsDeleted() {
        template.allResources("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void imageBucketBlocksPublicAccessAndIsEncrypted() {
        template.resourceCountIs("AWS::S3::Bucket", 3); // product images, return photos and the web site's
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Match.anyValue(),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
    }

    @Test
    void imagesAreServedThroughCloudFrontWithOriginAccessControl() {
        template.resourceCountIs("AWS::CloudFront::Distribution", 2); // product images and the web site
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
        template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
                "DistributionConfig", Match.objectLike(Map.of(
                        "Comment", "Bazaar product images",
                        "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https")))))));
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-catalog",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "BAZAAR_CATALOG_IMAGES_BASE_URL", Match.anyValue()))))));
    }

    @Test
    void imageBucketAcceptsPresignedPutsFromTheWebOriginAndTheWebSite() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("CorsConfiguration", Map.of("CorsRules", List.of(
                Match.objectLike(Map.of(
                        "AllowedMethods", List.of("PUT"),
                        "AllowedOrigins", List.of(SynthesizedStack.WEB_ORIGIN))),
                Match.objectLike(Map.of(
                        "AllowedMethods", List.of("PUT"),
                        "AllowedOrigins", List.of(TemplateQueries.webSiteUrl(template))))))));
    }

    @Test
    void returnPhotosArePrivateAndOnlyTheOrdersFunctionKnowsTheirBucket() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "LifecycleConfiguration", Match.absent(),
                "CorsConfiguration", Match.anyValue(),
                "PublicAccessBlockConfiguration", Map.of(
                        "BlockPublicAcls", true,
                        "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true)));
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-orders",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "BAZAAR_ORDERS_RETURN_PHOTOS_BUCKET", Match.anyValue()))))));
    }

    @Test
    void imageBucketAbortsIncompleteMultipartUploads() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules", List.of(
                Match.objectLike(Map.of(
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7),
                        "Status", "Enabled"))))));
    }
}
