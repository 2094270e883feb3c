package io.bazaar.identity.contract;

import java.util.Optional;

/**
 * An account as another area may use it.
 *
 * @param publicName the display name, or the masked login when the account has none; safe to show to anyone
 * @param email where to e-mail a notice, if the account has an address
 * @param phone where to text a notice, if the account has a number
 */
public record AccountCard(String publicName, Optional<String> email, Optional<String> phone) {
}
