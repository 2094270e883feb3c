package io.bazaar.members.settings.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to change; a setting left out (null) stays as it is, and at least one must be named. */
public record SettingsChange(
        @Schema(nullable = true, description = "Price drops of favourites also by e-mail (true) or in the inbox only (false)")
        Boolean priceDropEmail,
        @Schema(nullable = true, description = "Replies from shops also by e-mail, or SMS for a phone-only login (true), "
                + "or in the inbox only (false)")
        Boolean messageNotices) {
}
