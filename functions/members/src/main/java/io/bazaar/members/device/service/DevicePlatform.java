package io.bazaar.members.device.service;

import java.util.Locale;
import java.util.regex.Pattern;

/** The mobile platforms Bazaar pushes to, each with the shape of its device tokens. */
public enum DevicePlatform {
    /** Apple Push Notification service: a hex device token (32 bytes today; longer ones are allowed). */
    IOS(Pattern.compile("[0-9a-fA-F]{64,200}")),
    /** Firebase Cloud Messaging: a registration token of URL-safe characters and colons. */
    ANDROID(Pattern.compile("[A-Za-z0-9_:\\-]{32,4096}"));

    private final Pattern token;

    DevicePlatform(Pattern token) {
        this.token = token;
    }

    public boolean accepts(String candidate) {
        return candidate != null && token.matcher(candidate).matches();
    }

    /** The platform named in a request ("ios", "android", any case); null for anything else. */
    public static DevicePlatform parse(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "ios" -> IOS;
            case "android" -> ANDROID;
            default -> null;
        };
    }
}
