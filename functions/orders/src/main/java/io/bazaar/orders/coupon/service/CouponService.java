package io.bazaar.orders.coupon.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.coupon.repository.CouponRepository;
import io.bazaar.orders.coupon.rest.CouponInput;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The platform admin's coupons: checks the definition's rules and keeps codes unique ignoring case. */
@ApplicationScoped
public class CouponService {

    private final CouponRepository coupons;
    private final Clock clock;

    CouponService(CouponRepository coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    public Uni<Coupon> create(CouponInput in) {
        boolean fixed = in.amountMinor() != null;
        if (fixed == (in.percent() != null)) {
            throw ProblemException.invalid(new FieldError("percent", "give either amountMinor and currency, or percent"));
        }
        if (fixed && !Money.isValidCurrency(in.currency())) {
            throw ProblemException.invalid(new FieldError("currency", "must be an ISO 4217 code"));
        }
        if (!fixed && in.currency() != null) {
            throw ProblemException.invalid(new FieldError("currency", "only a fixed discount has a currency"));
        }
        if (!in.validUntil().isAfter(in.validFrom())) {
            throw ProblemException.invalid(new FieldError("validUntil", "must be after validFrom"));
        }
        Coupon coupon = new Coupon(UUID.randomUUID(), in.code(), in.merchantId(),
                fixed ? Coupon.Kind.FIXED : Coupon.Kind.PERCENT, in.amountMinor(), in.currency(), in.percent(),
                in.minSpendMinor() == null ? 0 : in.minSpendMinor(), in.validFrom(), in.validUntil(), in.oncePerCustomer(),
                in.totalUses(), 0, clock.instant());
        return coupons.insert(coupon).onFailure(DatabaseErrors::isUniqueViolation).transform(
                e -> ProblemException.conflict("coupon-code-taken", "A coupon with this code already exists."));
    }

    public Uni<List<Coupon>> list(PageRequest page) {
        return coupons.list(page.offset(), page.size());
    }
}
