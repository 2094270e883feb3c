package io.bazaar.infra;

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
 * images are cached at the edge; the catalog builds image URLs from this distribution's domain.
 */
public final class ImageCdn extends Construct {

    private final Distribution distribution;

    public ImageCdn(Construct scope, String id, IBucket images) {
        super(scope, id);
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("Bazaar product images")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(images))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .build())
                .priceClass(PriceClass.PRICE_CLASS_100)
                .build();
    }

    /** https://<distribution domain>, the base of every image URL. */
    public String baseUrl() {
        return "https://" + distribution.getDistributionDomainName();
    }
}
