package io.bazaar.platform.security;

/** Names of Bazaar's own claims in access tokens. */
public final class Claims {

    /** Whether the account is activated (boolean). */
    public static final String ACTIVATED = "activated";
    /** Id of the merchant a staff member works for. */
    public static final String MERCHANT_ID = "merchant_id";
    /** What a merchant staff member may do, e.g. products, orders, messages, staff, statistics, settings. */
    public static final String PERMISSIONS = "permissions";
    /** Whether the shopper's real name is verified (boolean); member benefits depend on it. */
    public static final String VERIFIED = "verified";
    /** Id of the sign-in session the token belongs to; ending the session ends its tokens at once. */
    public static final String SESSION_ID = "sid";

    private Claims() {
    }
}
