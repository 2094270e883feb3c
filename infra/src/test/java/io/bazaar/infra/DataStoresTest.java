package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "behaviour-counters", "carts", "idempotency-keys", "import-jobs", "import-items", "price-history", "recently-viewed",
                "ended-sessions")) {
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
    void theStaffAuditLogIsSortedByTimeUnderEachMerchant() {
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "bazaar-test-staff-audit",
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH"),
                        Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S"),
                        Map.of("AttributeName", "sk", "AttributeType", "S")),
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true),
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)));
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-members",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "BAZAAR_IDENTITY_AVATARS_BASE_URL", Match.anyValue()))))));
    }

    @Test
    void tablesAreKeptWhenTheStackIsDeleted() {
        template.allResources("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void imageBucketBlocksPublicAccessAndIsEncrypted() {
        template.resourceCountIs("AWS::S3::Bucket", 6); // product images, return photos, message attachments, avatars, order exports and the web site's
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
        template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 3); // the web, image and avatars buckets
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
    void messageAttachmentsArePrivateAndOnlyTheMembersFunctionKnowsTheirBucket() {
        template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "bazaar-test-members",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "BAZAAR_MEMBERS_MESSAGES_ATTACHMENTS_BUCKET", Match.anyValue()))))));
        for (String other : List.of("identity", "catalog", "cart", "orders", "reviews")) {
            template.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                    "FunctionName", "bazaar-test-" + other,
                    "Environment", Map.of("Variables", Match.not(Match.objectLike(Map.of(
                            "BAZAAR_MEMBERS_MESSAGES_ATTACHMENTS_BUCKET", Match.anyValue())))))));
        }
    }

    @Test
    void imageBucketAbortsIncompleteMultipartUploads() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules", List.of(
                Match.objectLike(Map.of(
                        "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 7),
                        "Status", "Enabled"))))));
    }

    @Test
    void theEndedSessionsTableIsThePlatformsTableName() {
        // io.bazaar.platform.security.EndedSessions.TABLE, resolved against BAZAAR_AWS_TABLE_PREFIX
        assertEquals("ended-sessions", DataStores.ENDED_SESSIONS);
        template.hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "TableName", "bazaar-test-ended-sessions",
                "TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true)));
    }

    @Test
    void avatarsBucketIsPrivateEncryptedTlsOnlyAndKept() {
        String bucket = TemplateQueries.avatarsBucket(template);
        template.hasResource("AWS::S3::Bucket", Map.of(
                "Properties", Match.objectLike(Map.of(
                        "LifecycleConfiguration", Match.anyValue(),
                        "PublicAccessBlockConfiguration", Map.of(
                                "BlockPublicAcls", true,
                                "BlockPublicPolicy", true,
                                "IgnorePublicAcls", true,
                                "RestrictPublicBuckets", true),
                        "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                                "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))))),
                "DeletionPolicy", "Retain"));
        template.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "Bucket", Map.of("Ref", bucket),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))))));
    }

    @Test
    void avatarsBucketDropsUnconfirmedUploadsAfterADayAndNothingElse() {
        template.hasResourceProperties("AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules", List.of(
                Map.of("Id", "expire-unconfirmed-uploads",
                        "Prefix", "uploads/",
                        "ExpirationInDays", 1,
                        "Status", "Enabled"))),
                "CorsConfiguration", Match.anyValue()));
    }

    @Test
    void avatarsBucketAcceptsPresignedPutsFromTheWebOriginAndTheWebSite() {
        String bucket = TemplateQueries.avatarsBucket(template);
        Object rules = ((Map<?, ?>) TemplateQueries.properties(template, bucket).get("CorsConfiguration")).get("CorsRules");
        assertEquals(List.of(List.of("PUT"), List.of("PUT")),
                ((List<?>) rules).stream().map(rule -> ((Map<?, ?>) rule).get("AllowedMethods")).toList());
        assertEquals(List.of(List.of(SynthesizedStack.WEB_ORIGIN), List.of(TemplateQueries.webSiteUrl(template))),
                ((List<?>) rules).stream().map(rule -> ((Map<?, ?>) rule).get("AllowedOrigins")).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyConfirmedAvatarsAreServedByTheImageCdnThroughOriginAccessControl() {
        String bucket = TemplateQueries.avatarsBucket(template);
        Map<String, Object> config = (Map<String, Object>) TemplateQueries.properties(template,
                TemplateQueries.imageDistribution(template)).get("DistributionConfig");
        List<Map<String, Object>> behaviours = (List<Map<String, Object>>) config.get("CacheBehaviors");
        assertEquals(List.of("avatars/*"), behaviours.stream().map(behaviour -> behaviour.get("PathPattern")).toList());
        Map<String, Object> behaviour = behaviours.get(0);
        assertEquals("redirect-to-https", behaviour.get("ViewerProtocolPolicy"));
        List<String> methods = (List<String>) behaviour.get("AllowedMethods");
        assertTrue(methods == null || !methods.contains("PUT"), () -> "read only: " + methods);
        Map<String, Object> origin = ((List<Map<String, Object>>) config.get("Origins")).stream()
                .filter(o -> o.get("Id").equals(behaviour.get("TargetOriginId")))
                .findFirst().orElseThrow();
        assertEquals(Map.of("Fn::GetAtt", List.of(bucket, "RegionalDomainName")), origin.get("DomainName"));
        assertTrue(origin.containsKey("OriginAccessControlId"), origin::toString);
        // the bucket admits that distribution alone, to read objects
        template.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "Bucket", Map.of("Ref", bucket),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Allow",
                        "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"))))))))));
    }
}
