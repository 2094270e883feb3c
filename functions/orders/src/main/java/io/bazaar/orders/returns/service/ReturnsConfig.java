package io.bazaar.orders.returns.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Limits of return photos and the timing of their uploads (the return window itself is auto-complete-after). */
@ConfigMapping(prefix = "bazaar.orders")
public interface ReturnsConfig {

    /** The private bucket of return photos (infra passes the generated name). */
    @WithName("return-photos-bucket")
    @WithDefault("bazaar-return-photos")
    String photosBucket();

    /** Most photos one return may carry. */
    @WithName("max-return-photos")
    @WithDefault("6")
    int maxPhotos();

    /** Largest photo a shopper may upload, in bytes (10 MiB). */
    @WithName("max-return-photo-bytes")
    @WithDefault("10485760")
    long maxPhotoBytes();

    /** Most uploads a shopper may have that are not attached to a return yet. */
    @WithName("max-pending-return-photos")
    @WithDefault("24")
    int maxPendingPhotos();

    /** How long a presigned upload URL stays valid. */
    @WithName("return-photo-upload-ttl")
    @WithDefault("PT15M")
    Duration photoUploadTtl();

    /** How long a photo's presigned download URL in a response stays valid. */
    @WithName("return-photo-url-ttl")
    @WithDefault("PT1H")
    Duration photoUrlTtl();

    /** Age after which an upload never attached is dropped with its object; at least the upload TTL. */
    @WithName("return-photo-pending-max-age")
    @WithDefault("PT2H")
    Duration photoPendingMaxAge();
}
