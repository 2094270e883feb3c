package io.bazaar.reviews;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and moderation rules of product reviews (see docs/decisions/reviews.md). */
@ConfigMapping(prefix = "bazaar.reviews")
public interface ReviewsConfig {

    /** Words that hold a review for a platform admin, matched case-insensitively anywhere in its title or text. */
    @WithDefault("viagra,casino,porn,fuck,shit,bitch,傻逼,操你,微信号,加微信")
    List<String> bannedWords();

    /** A 1-star review whose text has fewer characters than this is held (an unexplained 1 star is often abuse). */
    @WithDefault("20")
    int shortOneStarLength();

    /** Reviews, edits, deletions and photo uploads one shopper may make per hour. */
    @WithDefault("30")
    int writesPerHour();

    /** Helpful votes one shopper may give per hour. */
    @WithDefault("120")
    int votesPerHour();

    /** Replies and reports one merchant staff member may make per hour. */
    @WithDefault("120")
    int merchantWritesPerHour();

    /** The images bucket review photos are stored in, under reviews/ (the catalog's bucket by default). */
    @WithDefault("${bazaar.catalog.images-bucket:bazaar-product-images}")
    String imagesBucket();

    /** Public base URL of the bucket's objects (the images CDN, the catalog's by default); else the bucket's S3 URL. */
    @WithDefault("${bazaar.catalog.images-base-url:}")
    Optional<String> imagesBaseUrl();

    /** Largest photo a shopper may upload, in bytes (10 MiB). */
    @WithDefault("10485760")
    long maxImageBytes();

    /** How long a presigned upload URL stays valid. */
    @WithDefault("PT15M")
    Duration imageUploadTtl();

    /** How many leading bytes of an upload are read to recognise its type and dimensions. */
    @WithDefault("262144")
    int imageProbeBytes();

    /** Photos uploaded but in no review after this long are dropped (their objects with them). */
    @WithDefault("P1D")
    Duration unattachedImageMaxAge();
}
