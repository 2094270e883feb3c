package io.bazaar.members;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Knobs of the members area: list sizes, the recently-viewed list, jobs and push. */
@ConfigMapping(prefix = "bazaar.members")
public interface MembersConfig {

    /** Most favourite products (and, separately, shops) one account keeps. */
    @WithDefault("1000")
    int maxFavourites();

    /** How many recently viewed products are kept per account, newest first. */
    @WithDefault("50")
    int recentlyViewedLimit();

    /** How long a recently-viewed list lives after its last view (DynamoDB TTL). */
    @WithDefault("P180D")
    Duration recentlyViewedTtl();

    /** Favourited products the price-drop job compares per catalog query. */
    @WithDefault("200")
    int priceDropBatch();

    /** Mobile push through SNS platform applications. */
    Push push();

    interface Push {

        /**
         * ARN of the SNS platform application for iOS (APNs); unset: iOS devices are stored and their pushes only
         * recorded (the local run, tests without it).
         */
        Optional<String> iosApplicationArn();

        /** ARN of the SNS platform application for Android (FCM); unset: as for iOS. */
        Optional<String> androidApplicationArn();
    }

    /** How often due pushes and e-mails leave the outbox (the all-in-one server; EventBridge in AWS). */
    @WithDefault("15s")
    String deliveriesEvery();

    /** How often favourites are compared with today's prices. */
    @WithDefault("15m")
    String priceDropsEvery();

    /** Deliveries tried at most this often before they are given up on (FAILED). */
    @WithDefault("6")
    int maxDeliveryAttempts();
}
