package io.bazaar.catalog.image;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.platform.aws.S3Bucket;

/** Declares the product images bucket (publicly readable: shoppers load the pictures) for the local bootstrap to create. */
public class ImagesBucket {

    @Produces
    @Singleton
    S3Bucket imagesBucket(CatalogConfig config) {
        return new S3Bucket(config.imagesBucket(), true);
    }
}
