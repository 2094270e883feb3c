package io.bazaar.members.settings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which notifications also go out by e-mail. */
public record NotificationSettings(boolean priceDropEmail,
        @Schema(nullable = true, description = "Where price drops are e-mailed to while priceDropEmail is on") String email) {
}
