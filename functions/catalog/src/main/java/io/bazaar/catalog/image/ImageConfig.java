package io.bazaar.catalog.image;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Limits of product images and the timing of their uploads and cleanup. */
@ConfigMapping(prefix = "bazaar.catalog")
public interface ImageConfig {

    /** Largest image a merchant may upload, in bytes (10 MiB). */
    @WithName("max-image-bytes")
    @WithDefault("10485760")
    long maxImageBytes();

    /** Most images a product may have, counting uploads in flight. */
    @WithName("max-images-per-product")
    @WithDefault("20")
    int maxImagesPerProduct();

    /** How long a presigned upload URL stays valid. */
    @WithName("image-upload-ttl")
    @WithDefault("PT15M")
    Duration uploadTtl();

    /** Age after which an upload never confirmed is dropped (its object with it); at least the upload TTL. */
    @WithName("image-pending-max-age")
    @WithDefault("PT1H")
    Duration pendingMaxAge();

    /** How many leading bytes of an upload are read to recognise its type and dimensions. */
    @WithName("image-probe-bytes")
    @WithDefault("262144")
    int probeBytes();
}
