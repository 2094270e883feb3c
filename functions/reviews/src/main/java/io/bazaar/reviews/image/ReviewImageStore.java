package io.bazaar.reviews.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.S3Bucket;
import io.bazaar.platform.image.ImageObjects;
import io.bazaar.reviews.ReviewsConfig;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Review photos in the images bucket, under reviews/{accountId}/{imageId} (the catalog keeps products/ and imports/):
 * the S3 calls and the photos' public URLs.
 */
@ApplicationScoped
public class ReviewImageStore {

    /** The key prefix the reviews area owns in the images bucket. */
    public static final String PREFIX = "reviews/";

    private final ImageObjects objects;
    private final String publicBase;

    ReviewImageStore(S3Client s3, S3Presigner presigner, BlockingCalls blocking, ReviewsConfig config, AwsConfig aws) {
        this.objects = new ImageObjects(s3, presigner, blocking, config.imagesBucket());
        this.publicBase = ImageObjects.publicBaseUrl(config.imagesBaseUrl(), config.imagesBucket(), aws);
    }

    public ImageObjects objects() {
        return objects;
    }

    /** The public URL of a stored photo. */
    public String urlOf(String objectKey) {
        return publicBase + "/" + objectKey;
    }

    /** The bucket (publicly readable: shoppers load the photos) for the local bootstrap to create if missing. */
    @Produces
    @Singleton
    static S3Bucket reviewImagesBucket(ReviewsConfig config) {
        return new S3Bucket(config.imagesBucket(), true);
    }
}
