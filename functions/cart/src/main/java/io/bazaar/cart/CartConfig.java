package io.bazaar.cart;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of a cart and the life of guest carts. */
@ConfigMapping(prefix = "bazaar.cart")
public interface CartConfig {

    /** Most units of one SKU a line may hold. */
    @WithDefault("99")
    int maxQuantityPerLine();

    /** Most distinct SKUs (lines) a cart may hold. */
    @WithDefault("100")
    int maxLines();

    /** How long a guest cart lives after its last change (DynamoDB TTL plus the code's own check). */
    @WithDefault("P30D")
    Duration guestCartTtl();

    /** Tries of one change when other writers keep changing the same cart (optimistic locking). */
    @WithDefault("10")
    int writeAttempts();

    /** Mark the guest cart cookie Secure (browsers also accept it on http://localhost). */
    @WithDefault("true")
    boolean secureCookies();
}
