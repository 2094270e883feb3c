package io.bazaar.identity.profile;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.avatar.AvatarConfig;
import io.bazaar.platform.aws.AwsConfig;

/** Public URLs of stored avatars: the configured CDN, or the bucket's URL at the emulator or S3. */
@ApplicationScoped
public class AvatarUrls {

    private final String base;

    AvatarUrls(AvatarConfig avatars, AwsConfig aws) {
        String bucket = avatars.bucket();
        this.base = avatars.baseUrl()
                .or(() -> aws.endpointOverride().map(endpoint -> endpoint.toString().replaceAll("/+$", "") + "/" + bucket))
                .orElse("https://" + bucket + ".s3." + aws.region() + ".amazonaws.com")
                .replaceAll("/+$", "");
    }

    /** The URL of an avatar's object key, or null for none. */
    public String urlOf(String objectKeyOrNull) {
        return objectKeyOrNull == null ? null : base + "/" + objectKeyOrNull;
    }
}
