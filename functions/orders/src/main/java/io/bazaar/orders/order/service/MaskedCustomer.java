package io.bazaar.orders.order.service;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;

/**
 * A customer as the merchant's lists and exports show them: e-mail address and phone number masked by identity's
 * one masking rule ({@link AccountDirectory#masked}), so staff can tell customers apart without learning their logins.
 *
 * @param email the masked e-mail address, null when the account has none (or is gone)
 * @param phone the masked phone number, null when the account has none (or is gone)
 */
public record MaskedCustomer(String email, String phone) {

    public static final MaskedCustomer UNKNOWN = new MaskedCustomer(null, null);

    public static MaskedCustomer of(AccountCard card) {
        if (card == null) {
            return UNKNOWN;
        }
        return new MaskedCustomer(card.email().map(e -> AccountDirectory.masked(e, null)).orElse(null),
                card.phone().map(p -> AccountDirectory.masked(null, p)).orElse(null));
    }

    /** Both parts in one text, e.g. {@code s***r / ****8000}; empty when neither is known. */
    public String text() {
        if (email != null && phone != null) {
            return email + " / " + phone;
        }
        return email != null ? email : phone != null ? phone : "";
    }
}
