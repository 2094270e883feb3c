package io.bazaar.platform.web;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One Set-Cookie header value, written as RFC 6265 has it. JAX-RS' NewCookie always adds {@code Version=1}, an
 * attribute of the obsolete RFC 2109 that no client needs, so the areas' cookies are written with this instead.
 */
public record SetCookie(String name, String value, String path, Duration maxAge, boolean httpOnly, boolean secure,
        SameSite sameSite) {

    /** The response header carrying it. */
    public static final String HEADER = "Set-Cookie";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** RFC 6265 cookie-octets: visible ASCII except {@code " , ; \} and space. */
    private static final Pattern COOKIE_OCTETS = Pattern.compile("[\\x21\\x23-\\x2B\\x2D-\\x3A\\x3C-\\x5B\\x5D-\\x7E]*");
    private static final Pattern PATH = Pattern.compile("/[\\x20-\\x3A\\x3C-\\x7E]*");

    /** The SameSite attribute's values the platform uses. */
    public enum SameSite {
        STRICT("Strict"), LAX("Lax");

        private final String attribute;

        SameSite(String attribute) {
            this.attribute = attribute;
        }
    }

    public SetCookie {
        if (!TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a cookie name: " + name);
        }
        if (!COOKIE_OCTETS.matcher(value).matches()) {
            throw new IllegalArgumentException("Cookie " + name + " has characters a cookie value cannot hold");
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a cookie path: " + path);
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("Cookie " + name + " has a negative Max-Age");
        }
    }

    /** The same cookie, emptied and expired at once: how a client is told to forget it. */
    public SetCookie cleared() {
        return new SetCookie(name, "", path, Duration.ZERO, httpOnly, secure, sameSite);
    }

    /** The header value, e.g. {@code bazaar_cart=ab12; Path=/api; Max-Age=2592000; Secure; HttpOnly; SameSite=Lax}. */
    @Override
    public String toString() {
        StringBuilder header = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(path)
                .append("; Max-Age=").append(maxAge.toSeconds());
        if (secure) {
            header.append("; Secure");
        }
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        return header.append("; SameSite=").append(sameSite.attribute).toString();
    }
}
