package io.bazaar.orders.points.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.checkout.service.CheckoutPricing;
import io.bazaar.orders.points.repository.PointsRepository;
import io.bazaar.orders.points.repository.PointsRepository.OrderFacts;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Every change of an account's points, each inside the caller's transaction and under the account's ledger lock, so
 * concurrent spends, refunds, postings and expiries of one account happen one after another and the balance never goes
 * below zero. Checkout spends; cancellation gives back; completion posts what the order earned; refunds claw back
 * earned points and give back spent ones in proportion; the expiry job writes off old lots.
 */
@ApplicationScoped
public class PointsLedger {

    private static final Logger LOG = Logger.getLogger(PointsLedger.class);

    private final PointsRepository entries;
    private final PointsConfig config;
    private final Pool pool;

    PointsLedger(PointsRepository entries, PointsConfig config, Pool pool) {
        this.entries = entries;
        this.config = config;
        this.pool = pool;
    }

    /** The rule that values points spent at checkout, for the pricing. */
    public CheckoutPricing.PointsSpend spend(long points) {
        return new CheckoutPricing.PointsSpend(points, config.pointsPerMajorUnit(), config.maxSharePercent());
    }

    /** Points an order earns on goods worth {@code goodsMinor}, times the multiplier for verified members. */
    public long earnedFor(long goodsMinor, String currency, boolean verifiedMember) {
        if (goodsMinor <= 0) {
            return 0;
        }
        long points = Math.multiplyExact(goodsMinor, config.earnedPerMajorUnit()) / CheckoutPricing.minorPerMajor(currency);
        return verifiedMember ? Math.multiplyExact(points, (long) config.memberMultiplier()) : points;
    }

    /** Takes the points a checkout spends; 422 insufficient-points when the account has fewer (nothing is written). */
    public Uni<Void> spend(SqlClient tx, UUID accountId, UUID checkoutId, long points, Instant now) {
        if (points == 0) {
            return Uni.createFrom().voidItem();
        }
        return entries.lock(tx, accountId, now).chain(() -> expireDue(tx, accountId, now))
                .chain(() -> entries.balance(tx, accountId, now)).chain(balance -> {
                    if (balance.balance() < points) {
                        throw insufficient(points, balance.balance());
                    }
                    return entries.add(tx, accountId, -points, PointsReason.SPENT, "checkout:" + checkoutId, null, now, null);
                });
    }

    /** An unpaid order was cancelled: the points spent on it come back (as a new lot). */
    public Uni<Void> orderCancelled(SqlClient tx, String number, Instant now) {
        return entries.orderFacts(tx, number).chain(order -> order.pointsSpent() == 0 ? Uni.createFrom().voidItem()
                : entries.lock(tx, order.accountId(), now).chain(() -> entries.add(tx, order.accountId(), order.pointsSpent(),
                        PointsReason.REFUND_OF_SPEND, "order:" + number, "order cancelled", now, expiry(now))));
    }

    /** The order completed (its return window closed): it earns on the goods paid for and not refunded. */
    public Uni<Void> orderCompleted(SqlClient tx, String number, Instant now) {
        return entries.orderFacts(tx, number).chain(order -> {
            long points = earnedFor(goodsKept(order), order.currency(), order.memberVerified());
            if (points == 0) {
                return Uni.createFrom().voidItem();
            }
            return entries.lock(tx, order.accountId(), now).chain(() -> entries.add(tx, order.accountId(), points,
                    PointsReason.EARNED, "order:" + number, order.memberVerified()
                            ? "member x" + config.memberMultiplier() : null, now, expiry(now)));
        });
    }

    /**
     * A refund was recorded on the order (its refunded amount already raised in this transaction): points it earned are
     * clawed back down to what the goods still kept would earn (at most the balance: what was already spent is not
     * taken twice), and points spent on it come back in proportion to the money refunded. An order refunded before it
     * completed has earned nothing yet; its posting later counts only what was kept.
     */
    public Uni<Void> orderRefunded(SqlClient tx, String number, UUID refundId, Instant now) {
        String source = "refund:" + refundId;
        return entries.orderFacts(tx, number).chain(order -> entries.refundSources(tx, number).chain(refunds -> {
            List<String> earnedSources = new ArrayList<>(refunds);
            earnedSources.add("order:" + number);
            return entries.lock(tx, order.accountId(), now)
                    .chain(() -> entries.sum(tx, earnedSources, PointsReason.EARNED, PointsReason.CLAWED_BACK))
                    .chain(held -> entries.sum(tx, List.of("order:" + number), PointsReason.EARNED).chain(earned -> {
                        long keep = earned == 0 ? 0 : earnedFor(goodsKept(order), order.currency(), order.memberVerified());
                        long claw = held - keep;
                        if (claw <= 0) {
                            return Uni.createFrom().voidItem();
                        }
                        return entries.balance(tx, order.accountId(), now).chain(balance -> {
                            long taken = Math.min(claw, balance.balance());
                            if (taken < claw) {
                                LOG.infof("Refund %s of order %s: %d of %d earned points were already spent and stay",
                                        refundId, number, claw - taken, claw);
                            }
                            return taken == 0 ? Uni.createFrom().voidItem()
                                    : entries.add(tx, order.accountId(), -taken, PointsReason.CLAWED_BACK, source,
                                            "order " + number, now, null);
                        });
                    }))
                    .chain(() -> entries.sum(tx, refunds, PointsReason.REFUND_OF_SPEND).chain(returned -> {
                        long owed = order.refundedMinor() >= order.totalMinor() ? order.pointsSpent()
                                : Math.multiplyExact(order.pointsSpent(), order.refundedMinor()) / Math.max(1, order.totalMinor());
                        long back = owed - returned;
                        return back <= 0 ? Uni.createFrom().voidItem()
                                : entries.add(tx, order.accountId(), back, PointsReason.REFUND_OF_SPEND, source,
                                        "order " + number, now, expiry(now));
                    }));
        }));
    }

    /** A platform admin's correction; a negative one never takes the balance below zero (422). */
    public Uni<Void> adjust(UUID accountId, long amount, String reason, String actor, UUID adjustmentId, Instant now) {
        return pool.withTransaction(tx -> entries.lock(tx, accountId, now).chain(() -> expireDue(tx, accountId, now))
                .chain(() -> entries.balance(tx, accountId, now)).chain(balance -> {
                    if (balance.balance() + amount < 0) {
                        throw insufficient(-amount, balance.balance());
                    }
                    return entries.add(tx, accountId, amount, PointsReason.ADJUSTED, "adjustment:" + adjustmentId, reason,
                            actor, now, amount > 0 ? expiry(now) : null);
                }));
    }

    /** Writes EXPIRED entries for lots past their date, per account; returns how many accounts lost points. */
    public Uni<Integer> expire(Instant now) {
        return entries.accountsDueToExpire(now, config.expiryBatchSize()).chain(accounts -> Multi.createFrom()
                .iterable(accounts).onItem().transformToUniAndConcatenate(account -> pool.withTransaction(tx -> entries
                        .lock(tx, account, now).chain(() -> expireDue(tx, account, now))))
                .collect().asList().map(done -> (int) done.stream().filter(Boolean::booleanValue).count()));
    }

    /** Under the account's lock: writes off what expired by now; true if anything did. */
    private Uni<Boolean> expireDue(SqlClient tx, UUID accountId, Instant now) {
        return entries.dueToExpire(tx, accountId, now).chain(due -> due == 0 ? Uni.createFrom().item(false)
                : entries.add(tx, accountId, -due, PointsReason.EXPIRED, "expiry", null, now, null).replaceWith(true));
    }

    private static long goodsKept(OrderFacts order) {
        return Math.max(0, order.totalMinor() - order.shippingMinor() - order.refundedMinor());
    }

    private Instant expiry(Instant from) {
        return from.plus(config.expireAfter());
    }

    /** The account's points now (outside any transaction: what a page shows, or a quote checks first). */
    public Uni<PointsBalance> balance(UUID accountId, Instant now) {
        return entries.balance(accountId, now);
    }

    /** {@code points} rounded down to a number the currency can value exactly (any number for CNY at 100 a yuan). */
    public long roundDown(long points, String currency) {
        long minor = CheckoutPricing.minorPerMajor(currency);
        long step = config.pointsPerMajorUnit() / gcd(config.pointsPerMajorUnit(), minor);
        return points - points % step;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    public static ProblemException insufficient(long wanted, long balance) {
        return ProblemException.unprocessable("insufficient-points",
                "You have " + balance + " points, not the " + wanted + " asked for.");
    }
}
