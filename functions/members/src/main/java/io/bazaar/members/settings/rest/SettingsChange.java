package io.bazaar.members.settings.rest;

import jakarta.validation.constraints.NotNull;

/** Price drops of favourites also by e-mail (true) or in the inbox only (false). */
public record SettingsChange(@NotNull(message = "is required") Boolean priceDropEmail) {
}
