package io.bazaar.orders.coupon.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.coupon.repository.CouponRepository;
import io.bazaar.orders.coupon.repository.WalletRepository;
import io.bazaar.orders.coupon.rest.CouponInput;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The platform admin's coupons (checks the definition's rules and keeps codes unique ignoring case) and shoppers'
 * wallets: collecting a published coupon takes one from its stock (a guarded counter whose row lock also serialises the
 * per-shopper limit) in one transaction with the wallet entry.
 */
@ApplicationScoped
public class CouponService {

    private final CouponRepository coupons;
    private final WalletRepository wallets;
    private final Pool pool;
    private final Clock clock;

    CouponService(CouponRepository coupons, WalletRepository wallets, Pool pool, Clock clock) {
        this.coupons = coupons;
        this.wallets = wallets;
        this.pool = pool;
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
        boolean walletFields = in.collectFrom() != null || in.collectUntil() != null || in.collectStock() != null
                || in.perCustomerLimit() != null || in.validDays() != null;
        if (walletFields && !in.published()) {
            throw ProblemException.invalid(new FieldError("published",
                    "collect window, stock, per-customer limit and valid days are for published coupons"));
        }
        if (in.collectFrom() != null && in.collectUntil() != null && !in.collectUntil().isAfter(in.collectFrom())) {
            throw ProblemException.invalid(new FieldError("collectUntil", "must be after collectFrom"));
        }
        if (in.oncePerCustomer() && in.perCustomerLimit() != null && in.perCustomerLimit() > 1) {
            throw ProblemException.invalid(new FieldError("perCustomerLimit", "a once-per-customer coupon is collected once"));
        }
        Coupon.Wallet wallet = new Coupon.Wallet(in.published(), in.collectFrom(), in.collectUntil(), in.collectStock(), 0,
                in.perCustomerLimit() == null ? 1 : in.perCustomerLimit(), in.validDays());
        Coupon coupon = new Coupon(UUID.randomUUID(), in.code(), in.merchantId(),
                fixed ? Coupon.Kind.FIXED : Coupon.Kind.PERCENT, in.amountMinor(), in.currency(), in.percent(),
                in.minSpendMinor() == null ? 0 : in.minSpendMinor(), in.validFrom(), in.validUntil(), in.oncePerCustomer(),
                in.totalUses(), 0, clock.instant(), wallet, in.membersOnly());
        return coupons.insert(coupon).onFailure(DatabaseErrors::isUniqueViolation).transform(
                e -> ProblemException.conflict("coupon-code-taken", "A coupon with this code already exists."));
    }

    public Uni<List<Coupon>> list(PageRequest page) {
        return coupons.list(page.offset(), page.size());
    }

    /** The coupon centre: published coupons collectable now. */
    public Uni<List<Coupon>> collectable() {
        return coupons.collectable(clock.instant());
    }

    /**
     * Collects a published coupon into the account's wallet: 404 unknown or not published, 422 outside its collect
     * window (not started, ended) or no longer valid, 403 members-only for an unverified shopper, 409 when the
     * shopper holds their limit or none are left.
     */
    public Uni<WalletCoupon> collect(UUID accountId, boolean verified, UUID couponId) {
        Instant now = clock.instant();
        return coupons.find(couponId).chain(coupon -> {
            if (coupon == null || !coupon.published()) {
                throw ProblemException.notFound("coupon-not-found", "There is no such coupon to collect.");
            }
            Coupon.Wallet w = coupon.wallet();
            if (w.collectFrom() != null && now.isBefore(w.collectFrom())) {
                throw ProblemException.unprocessable("coupon-not-started", "Coupon " + coupon.code()
                        + " can be collected from " + w.collectFrom() + ".");
            }
            if (!coupon.collectableAt(now)) {
                throw ProblemException.unprocessable("coupon-expired", "Coupon " + coupon.code() + " can no longer be collected.");
            }
            if (coupon.membersOnly() && !verified) {
                throw ProblemException.forbidden("members-only",
                        "Coupon " + coupon.code() + " is for verified members; verify your real name to collect it.");
            }
            Instant from = coupon.validFrom().isAfter(now) ? coupon.validFrom() : now;
            Instant until = w.validDays() == null ? coupon.validUntil()
                    : min(coupon.validUntil(), from.plus(Duration.ofDays(w.validDays())));
            UUID id = UUID.randomUUID();
            return pool.withTransaction(tx -> wallets.countCollect(tx, couponId).chain(counted -> {
                if (!counted) {
                    throw ProblemException.conflict("coupon-out-of-stock", "Coupon " + coupon.code() + " is all collected.");
                }
                return wallets.heldBy(tx, couponId, accountId);
            }).chain(held -> {
                if (held >= w.perCustomerLimit()) {
                    throw ProblemException.conflict("coupon-limit-reached", "You hold " + held + " of coupon "
                            + coupon.code() + ", the most one shopper may collect.");
                }
                return wallets.insert(tx, id, couponId, accountId, now, from, until);
            })).chain(() -> wallets.find(accountId, id));
        });
    }

    /** The account's wallet, newest first. */
    public Uni<List<WalletCoupon>> wallet(UUID accountId) {
        return wallets.of(accountId);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
