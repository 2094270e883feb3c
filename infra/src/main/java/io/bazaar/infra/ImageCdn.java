package io.bazaar.infra;

import java.util.Map;

import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * Serves product images to shoppers through CloudFront: the bucket itself stays private (origin access control), and
 * images are cached at the edge; the catalog builds image URLs from this distribution's domain. Members' avatars are
 * served by the same distribution: the behaviour {@code avatars/*} reads the private avatars bucket (its confirmed
 * avatars, whose keys start with {@code avatars/}), so unconfirmed uploads under {@code uploads/} are never public.
 */
public final class ImageCdn extends Construct {

    private final Distribution distribution;

    /** The path pattern of members' avatars, the keys of confirmed avatars in their own bucket. */
    public static final String AVATARS_PATH = DataStores.AVATARS_PREFIX + "*";

    public ImageCdn(Construct scope, String id, IBucket images, IBucket avatars) {
        super(scope, id);
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("Bazaar product images")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(images))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .build())
                .additionalBehaviors(Map.of(AVATARS_PATH, BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(avatars))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        // every confirmed avatar has a key of its own, so a cached copy never goes stale
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .build()))
                .priceClass(PriceClass.PRICE_CLASS_100)
                .build();
    }

    /** https://<distribution domain>, the base of every image URL and of every avatar URL. */
    public String baseUrl() {
        return "https://" + distribution.getDistributionDomainName();
    }
}
