package io.bazaar.orders.export.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.platform.aws.S3Bucket;

/** Declares the order exports bucket (private: files are fetched through presigned URLs) for the local bootstrap. */
public class ExportsBucket {

    @Produces
    @Singleton
    S3Bucket orderExportsBucket(ExportsConfig config) {
        return new S3Bucket(config.bucket(), false);
    }
}
