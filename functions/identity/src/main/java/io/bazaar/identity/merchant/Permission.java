package io.bazaar.identity.merchant;

import java.util.Locale;

/** What a merchant's staff member may do in the merchant centre. */
public enum Permission {
    PRODUCTS, ORDERS, MESSAGES, STAFF, STATISTICS, SETTINGS;

    /** The name used in the access token's permissions claim. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }
}
