package io.bazaar.members.settings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which notifications also go out by e-mail (or SMS). */
public record NotificationSettings(boolean priceDropEmail,
        @Schema(nullable = true, description = "Where price drops are e-mailed to while priceDropEmail is on") String email,
        @Schema(description = "Replies from shops also by e-mail (or SMS for a phone-only login); on unless turned off")
        boolean messageNotices) {
}
