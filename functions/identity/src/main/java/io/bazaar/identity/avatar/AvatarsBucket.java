package io.bazaar.identity.avatar;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.platform.aws.S3Bucket;

/** Declares the avatars bucket (publicly readable, like product images) for the local bootstrap to create. */
public class AvatarsBucket {

    @Produces
    @Singleton
    S3Bucket avatarsBucket(AvatarConfig config) {
        return new S3Bucket(config.bucket(), true);
    }
}
