package io.bazaar.members.messages.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;

/**
 * The shopper as the shop's staff see them in messages: e-mail address and phone number masked by identity's one
 * masking rule ({@link AccountDirectory#masked}), as the merchant's order lists do, so staff tell customers apart
 * without learning their logins.
 */
@Schema(name = "MessageCustomer", description = "The customer as the shop's staff see them: login parts masked")
public record MaskedCustomer(@Schema(nullable = true, description = "The e-mail address, masked") String email,
        @Schema(nullable = true, description = "The phone number, masked") String phone) {

    public static final MaskedCustomer UNKNOWN = new MaskedCustomer(null, null);

    public static MaskedCustomer of(AccountCard card) {
        if (card == null) {
            return UNKNOWN;
        }
        return new MaskedCustomer(card.email().map(e -> AccountDirectory.masked(e, null)).orElse(null),
                card.phone().map(p -> AccountDirectory.masked(null, p)).orElse(null));
    }
}
