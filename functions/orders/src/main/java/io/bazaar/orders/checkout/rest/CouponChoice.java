package io.bazaar.orders.checkout.rest;

import java.util.UUID;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/** Which coupon a checkout uses: a typed code, one wallet coupon, the best of the wallet, or none (all null/false). */
public record CouponChoice(String code, UUID walletCouponId, boolean best) {

    public static CouponChoice of(String code, UUID walletCouponId, Boolean best) {
        boolean isBest = Boolean.TRUE.equals(best);
        int given = (code != null ? 1 : 0) + (walletCouponId != null ? 1 : 0) + (isBest ? 1 : 0);
        if (given > 1) {
            throw ProblemException.invalid(new FieldError("couponCode",
                    "give at most one of couponCode, walletCouponId and bestCoupon"));
        }
        return new CouponChoice(code == null ? null : code.strip(), walletCouponId, isBest);
    }
}
