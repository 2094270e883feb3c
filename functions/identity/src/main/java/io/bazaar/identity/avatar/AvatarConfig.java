package io.bazaar.identity.avatar;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where avatars are stored and how large they may be. */
@ConfigMapping(prefix = "bazaar.identity.avatars")
public interface AvatarConfig {

    /** S3 bucket of avatars, publicly readable like product images (infra passes the generated name). */
    @WithDefault("bazaar-avatars")
    String bucket();

    /** Public base URL of the avatars (a CloudFront distribution); by default the bucket's own S3 URL. */
    Optional<String> baseUrl();

    /** Largest avatar a person may upload, in bytes (2 MiB). */
    @WithDefault("2097152")
    long maxBytes();

    /** How long a presigned upload URL stays valid. */
    @WithDefault("PT10M")
    Duration uploadTtl();
}
