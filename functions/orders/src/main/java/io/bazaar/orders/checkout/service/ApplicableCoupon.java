package io.bazaar.orders.checkout.service;

import io.bazaar.orders.coupon.service.WalletCoupon;
import io.bazaar.platform.problem.ProblemException;

/**
 * A usable wallet coupon against the cart's selected lines: the discount it gives now, or the problem checkout would
 * answer with it (its stable type and the reason).
 */
public record ApplicableCoupon(WalletCoupon entry, boolean applies, long discountMinor, String currency,
        String problemType, String reason) {

    static ApplicableCoupon of(WalletCoupon entry, long discountMinor, String currency) {
        return new ApplicableCoupon(entry, true, discountMinor, currency, null, null);
    }

    static ApplicableCoupon not(WalletCoupon entry, ProblemException why) {
        return new ApplicableCoupon(entry, false, 0, null, why.type(), why.getMessage());
    }
}
