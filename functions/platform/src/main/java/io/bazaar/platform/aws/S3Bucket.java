package io.bazaar.platform.aws;

/**
 * An S3 bucket an area uses, by its full name (infra passes the generated one). Areas declare theirs as CDI beans so
 * the local bootstrap can create them; in AWS infra/ creates the same buckets.
 *
 * @param publicRead whether anyone may GET its objects (product images; in AWS through the CDN), or only the API
 */
public record S3Bucket(String name, boolean publicRead) {
}
