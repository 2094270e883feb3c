package io.bazaar.platform.security;

/** The JWT groups every area authorises with. */
public final class Roles {

    /** Any signed-in shopper, activated or not: may browse, keep a cart, edit the profile. */
    public static final String CUSTOMER = "customer";
    /** A shopper whose account is activated: may check out and pay. */
    public static final String BUYER = "buyer";
    /** Works for a merchant; what they may do is in the {@link Claims#PERMISSIONS} claim. */
    public static final String MERCHANT_STAFF = "merchant-staff";
    /** Runs the platform: approves products, sees everything. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
