package io.bazaar.cart.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Guest cart ids: 128 random bits from a SecureRandom, so nobody can guess another guest's cart. */
public final class GuestIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");

    private GuestIds() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether a client-sent value could be an id we issued (anything else is ignored, not an error). */
    public static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
