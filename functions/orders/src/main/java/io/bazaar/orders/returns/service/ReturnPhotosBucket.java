package io.bazaar.orders.returns.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.platform.aws.S3Bucket;

/** Declares the return photos bucket (private: only signed URLs read it) for the local bootstrap to create. */
public class ReturnPhotosBucket {

    @Produces
    @Singleton
    S3Bucket returnPhotosBucket(ReturnsConfig config) {
        return new S3Bucket(config.photosBucket(), false);
    }
}
