package io.bazaar.orders.checkout.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.cart.contract.CartLine;
import io.bazaar.cart.contract.CustomerCarts;
import io.bazaar.catalog.contract.CatalogOffers;
import io.bazaar.catalog.contract.StockLedger;
import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.address.service.AddressService;
import io.bazaar.orders.checkout.repository.CheckoutRepository;
import io.bazaar.orders.checkout.repository.CommittedCheckout;
import io.bazaar.orders.checkout.rest.CheckoutQuote;
import io.bazaar.orders.checkout.rest.CheckoutRequest;
import io.bazaar.orders.checkout.rest.CheckoutResponse;
import io.bazaar.orders.checkout.rest.CouponChoice;
import io.bazaar.orders.checkout.rest.QuoteRequest;
import io.bazaar.orders.coupon.repository.CouponRepository;
import io.bazaar.orders.coupon.repository.WalletRepository;
import io.bazaar.orders.coupon.service.Coupon;
import io.bazaar.orders.coupon.service.WalletCoupon;
import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.orders.notification.service.NotificationOutbox;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.order.rest.OrderLineView;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderEvents;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderNumbers;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.StatusChange;
import io.bazaar.orders.payment.service.Payment;
import io.bazaar.orders.payment.service.PaymentProviders;
import io.bazaar.orders.payment.repository.PaymentRepository;
import io.bazaar.orders.payment.service.PaymentService;
import io.bazaar.orders.points.service.PointsBalance;
import io.bazaar.orders.points.service.PointsLedger;
import io.bazaar.orders.shipping.service.ShippingRuleService;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.Visitor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Turns the cart's selected lines into one order per merchant under one checkout and one payment. Stock is taken
 * with guarded updates in the same transaction that writes the orders, so nothing is sold twice; so are the coupon's
 * use, the wallet coupon and the points spent (under the account's ledger lock); the Idempotency-Key makes a retried
 * request return the first answer instead of ordering again. The quote prices through the same path.
 */
@ApplicationScoped
public class CheckoutService {

    private static final Logger LOG = Logger.getLogger(CheckoutService.class);

    private final IdempotentRequests idempotent;
    private final CustomerCarts carts;
    private final CatalogOffers offers;
    private final StockLedger stock;
    private final AddressService addresses;
    private final CouponRepository coupons;
    private final ShippingRuleService shipping;
    private final CheckoutRepository checkouts;
    private final OrderRepository orders;
    private final OrderNumbers numbers;
    private final NotificationOutbox outbox;
    private final PaymentService payments;
    private final PaymentRepository paymentRecords;
    private final PaymentProviders providers;
    private final Pool pool;
    private final ObjectMapper json;
    private final Clock clock;
    private final OrdersConfig config;
    private final WalletRepository wallets;
    private final PointsLedger points;
    private final BehaviourEvents events;

    CheckoutService(IdempotentRequests idempotent, CustomerCarts carts, CatalogOffers offers, StockLedger stock,
            AddressService addresses, CouponRepository coupons, ShippingRuleService shipping, CheckoutRepository checkouts, OrderRepository orders,
            OrderNumbers numbers, NotificationOutbox outbox, PaymentService payments, PaymentRepository paymentRecords,
            PaymentProviders providers, Pool pool,
            ObjectMapper json, Clock clock, OrdersConfig config, WalletRepository wallets, PointsLedger points,
            BehaviourEvents events) {
        this.events = events;
        this.wallets = wallets;
        this.points = points;
        this.idempotent = idempotent;
        this.carts = carts;
        this.offers = offers;
        this.stock = stock;
        this.addresses = addresses;
        this.coupons = coupons;
        this.shipping = shipping;
        this.checkouts = checkouts;
        this.orders = orders;
        this.numbers = numbers;
        this.outbox = outbox;
        this.payments = payments;
        this.paymentRecords = paymentRecords;
        this.providers = providers;
        this.pool = pool;
        this.json = json;
        this.clock = clock;
        this.config = config;
    }

    /** @param verified whether the token says the shopper is a verified member (member prices, members-only coupons) */
    public Uni<IdempotentResult> checkout(UUID accountId, boolean verified, String idempotencyKey, CheckoutRequest request) {
        checkShape(request);
        request.coupon();
        String hash = Sha256.hex(write(request));
        return idempotent.onceResumable("checkout#" + accountId + "#" + idempotencyKey, hash, config.idempotencyTtl(),
                () -> checkouts.findByKey(pool, accountId, idempotencyKey).chain(earlier -> earlier == null
                        ? run(accountId, verified, idempotencyKey, hash, request)
                        : resume(earlier, hash)));
    }

    /**
     * Finishes a checkout that an earlier attempt committed but could not answer (e.g. the payment page could not be
     * opened): its orders stand, the payment is opened again (providers open a payment once per payment id).
     */
    private Uni<String> resume(CommittedCheckout earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key.");
        }
        Uni<List<Order>> placed = orders.ofCheckout(earlier.id()).chain(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(o -> orders.lines(o.number()).map(o::withLines)).collect().asList());
        return placed.chain(created -> paymentRecords.ofCheckout(earlier.id()).chain(payment -> {
            Written written = new Written(earlier.id(), created, earlier.currency(), earlier.grandTotalMinor(), payment);
            Uni<String> redirect = payment.redirectUrl() != null ? Uni.createFrom().item(payment.redirectUrl())
                    : payments.open(payment, description(earlier.id())).map(session -> session.redirectUrl());
            return redirect.map(url -> respond(written, url));
        }));
    }

    /** The breakdown a checkout would have now, for the checkout page; writes nothing and reserves nothing. */
    public Uni<CheckoutQuote> quote(UUID accountId, boolean verified, QuoteRequest request) {
        checkAddress(request.addressId(), request.address());
        CouponChoice choice = request.coupon();
        Instant now = clock.instant();
        return price(accountId, verified, request.addressId(), request.address(), choice, request.pointsOrZero(), now)
                .call(priced -> events.record(priced.plan().orders().stream().map(o -> BehaviourEvent.checkoutStarted(
                        Visitor.account(accountId), o.merchantId(), o.currency(), o.totalMinor(),
                        OrderEvents.lines(o.lines()), now)).toList()))
                .map(priced -> quoteOf(priced, verified));
    }

    /**
     * Each usable coupon of the wallet with the discount it gives the cart's selected lines now, or why it does not
     * apply; the same pricing as checkout. Nothing selected: every coupon says so.
     */
    public Uni<List<ApplicableCoupon>> applicableCoupons(UUID accountId, boolean verified) {
        Instant now = clock.instant();
        return carts.read(accountId).chain(cart -> offers.find(cart.selected().stream().map(CartLine::skuId).toList())
                .chain(found -> wallets.of(accountId).map(held -> {
                    CheckoutPricing.Goods goods;
                    ProblemException noGoods = null;
                    try {
                        goods = CheckoutPricing.goods(cart.selected(), found, verified);
                    } catch (ProblemException e) {
                        goods = null;
                        noGoods = e;
                    }
                    List<ApplicableCoupon> answer = new ArrayList<>();
                    for (WalletCoupon entry : held) {
                        if (entry.stateAt(now) != WalletCoupon.State.USABLE) {
                            continue;
                        }
                        if (goods == null) {
                            answer.add(ApplicableCoupon.not(entry, noGoods));
                            continue;
                        }
                        try {
                            long discount = CheckoutPricing.discounts(entry.asCollected(), goods, verified, now).values()
                                    .stream().mapToLong(Long::longValue).sum();
                            answer.add(ApplicableCoupon.of(entry, discount, goods.currency()));
                        } catch (ProblemException e) {
                            answer.add(ApplicableCoupon.not(entry, e));
                        }
                    }
                    return answer;
                })));
    }

    private Uni<String> run(UUID accountId, boolean verified, String key, String hash, CheckoutRequest request) {
        Instant now = clock.instant();
        return price(accountId, verified, request.addressId(), request.address(), request.coupon(), request.pointsOrZero(), now)
                .chain(priced -> write(accountId, verified, key, hash, request, priced, now)
                        .chain(written -> payments.open(written.payment(), description(written.checkoutId()))
                                .map(session -> respond(written, session.redirectUrl())))
                        .call(() -> carts.removeCheckedOut(accountId, priced.selected()).onFailure().recoverWithItem(e -> {
                            LOG.warnf(e, "Checked-out lines stay in the cart of %s", accountId);
                            return null;
                        })));
    }

    /**
     * Prices the cart's selected lines for an address, a coupon and points, as checkout and its quote both do: the
     * shopper's prices (member prices for a verified member), the chosen coupon, the points (never more than the
     * balance; checkout checks again under the ledger lock), shipping.
     */
    private Uni<Priced> price(UUID accountId, boolean verified, UUID addressId, AddressInput given, CouponChoice choice,
            long pointsWanted, Instant now) {
        Uni<AddressInput> shipTo = addressId != null
                ? addresses.get(accountId, addressId).map(a -> a.fields())
                : Uni.createFrom().item(AddressService.checked(given, "address."));
        return shipTo.chain(address -> carts.read(accountId).chain(cart -> {
            List<CartLine> selected = cart.selected();
            return offers.find(selected.stream().map(CartLine::skuId).toList()).chain(found -> {
                CheckoutPricing.Goods goods = CheckoutPricing.goods(selected, found, verified);
                return coupon(accountId, verified, choice, goods, now).chain(chosen -> points.balance(accountId, now)
                        .chain(balance -> {
                            if (pointsWanted > balance.balance()) {
                                throw PointsLedger.insufficient(pointsWanted, balance.balance());
                            }
                            return shipping.rulesOf(found.values().stream().map(o -> o.merchantId()).distinct().toList())
                                    .map(rules -> new Priced(address, selected, CheckoutPricing.plan(goods, chosen.coupon(),
                                            verified, now, points.spend(pointsWanted), rules, shipping::defaultRule, address),
                                            chosen.entry(), balance));
                        }));
            });
        }));
    }

    /** The coupon the choice names, checked as far as it can be before the checkout's transaction. */
    private Uni<Chosen> coupon(UUID accountId, boolean verified, CouponChoice choice, CheckoutPricing.Goods goods, Instant now) {
        if (choice.best()) {
            return wallets.of(accountId).map(held -> best(held, goods, verified, now));
        }
        if (choice.walletCouponId() != null) {
            return wallets.find(accountId, choice.walletCouponId()).map(entry -> {
                if (entry == null) {
                    throw ProblemException.notFound("wallet-coupon-not-found", "Your wallet has no such coupon.");
                }
                if (entry.usedAt() != null) {
                    throw alreadyUsed(entry.coupon());
                }
                return new Chosen(entry.asCollected(), entry);
            });
        }
        String code = choice.code();
        if (code == null) {
            return Uni.createFrom().item(Chosen.NONE);
        }
        return coupons.findByCode(code).chain(found -> {
            if (found == null) {
                throw ProblemException.unprocessable("coupon-not-found", "There is no coupon " + code + ".");
            }
            if (found.published()) {
                // a coupon shoppers collect is used from the wallet: the typed code picks the entry ending soonest
                return wallets.of(accountId).map(held -> held.stream()
                        .filter(e -> e.coupon().id().equals(found.id()) && e.stateAt(now) == WalletCoupon.State.USABLE)
                        .min(Comparator.comparing(WalletCoupon::validUntil))
                        .map(e -> new Chosen(e.asCollected(), e))
                        .orElseThrow(() -> ProblemException.unprocessable("coupon-not-collected",
                                "Collect coupon " + found.code() + " into your wallet before using it.")));
            }
            if (!found.oncePerCustomer()) {
                return Uni.createFrom().item(new Chosen(found, null));
            }
            return coupons.usedBy(found.id(), accountId).map(used -> {
                if (used) {
                    throw alreadyUsed(found);
                }
                return new Chosen(found, null);
            });
        });
    }

    /** The usable wallet coupon with the biggest discount on these goods (ending soonest on a tie), or none. */
    private static Chosen best(List<WalletCoupon> held, CheckoutPricing.Goods goods, boolean verified, Instant now) {
        Chosen best = Chosen.NONE;
        long bestDiscount = 0;
        for (WalletCoupon entry : held.stream().filter(e -> e.stateAt(now) == WalletCoupon.State.USABLE)
                .sorted(Comparator.comparing(WalletCoupon::validUntil)).toList()) {
            try {
                long discount = CheckoutPricing.discounts(entry.asCollected(), goods, verified, now).values().stream()
                        .mapToLong(Long::longValue).sum();
                if (discount > bestDiscount) {
                    best = new Chosen(entry.asCollected(), entry);
                    bestDiscount = discount;
                }
            } catch (ProblemException doesNotApply) {
                // not a candidate
            }
        }
        return best;
    }

    private CheckoutQuote quoteOf(Priced priced, boolean verified) {
        CheckoutPlan plan = priced.plan();
        List<CheckoutQuote.QuotedOrder> orders = plan.orders().stream().map(o -> new CheckoutQuote.QuotedOrder(
                o.merchantId(), OrderLineView.numbered(o.lines()), o.itemsMinor(), o.discountMinor(),
                o.shippingMinor(), o.totalMinor(), o.currency(), o.couponDiscountMinor(), o.pointsSpent(),
                o.pointsValueMinor(), o.memberSavingMinor(), points.earnedFor(o.totalMinor() - o.shippingMinor(),
                        o.currency(), verified))).toList();
        long maxSpendable = points.roundDown(Math.min(priced.balance().balance(), plan.maxPointsSpendable()), plan.currency());
        return new CheckoutQuote(orders, plan.currency(), sum(orders, CheckoutQuote.QuotedOrder::itemsMinor),
                sum(orders, CheckoutQuote.QuotedOrder::discountMinor), sum(orders, CheckoutQuote.QuotedOrder::shippingMinor),
                plan.grandTotalMinor(), plan.coupon() == null ? null : plan.coupon().code(),
                priced.entry() == null ? null : priced.entry().id(), plan.couponDiscountMinor(),
                sum(orders, CheckoutQuote.QuotedOrder::memberSavingMinor), verified, plan.pointsSpent(),
                sum(orders, CheckoutQuote.QuotedOrder::pointsValueMinor), priced.balance().balance(), maxSpendable,
                sum(orders, CheckoutQuote.QuotedOrder::pointsToEarn));
    }

    private static long sum(List<CheckoutQuote.QuotedOrder> orders, java.util.function.ToLongFunction<CheckoutQuote.QuotedOrder> part) {
        return orders.stream().mapToLong(part).sum();
    }

    /**
     * Everything of one checkout in one transaction: checkout row, coupon use and wallet entry, stock, points spent,
     * orders, history, outbox, payment. The points lock is taken after the stock rows, in the order cancellations and
     * refunds take them, so they cannot deadlock.
     */
    private Uni<Written> write(UUID accountId, boolean verified, String key, String hash, CheckoutRequest request,
            Priced priced, Instant now) {
        CheckoutPlan plan = priced.plan();
        UUID checkoutId = UUID.randomUUID();
        String shipTo = write(priced.address());
        List<Order> created = new ArrayList<>();
        for (PlannedOrder p : plan.orders()) {
            created.add(new Order(numbers.next(now), checkoutId, accountId, p.merchantId(), OrderStatus.AWAITING_PAYMENT,
                    p.currency(), p.itemsMinor(), p.discountMinor(), p.shippingMinor(), p.totalMinor(), p.pointsSpent(),
                    p.pointsValueMinor(), p.memberSavingMinor(), shipTo,
                    request.paymentMethod(), null, null, now, null, null, null, null, null, p.lines()));
        }
        List<OrderLine> byStockRow = created.stream().flatMap(o -> o.lines().stream())
                .sorted(Comparator.comparing(OrderLine::skuId)).toList();
        return pool.withTransaction(tx -> checkouts.insert(tx, checkoutId, accountId, key, hash, plan.currency(),
                plan.grandTotalMinor(), plan.coupon() == null ? null : plan.coupon().id(), now)
                .chain(() -> useCoupon(tx, plan.coupon(), accountId, checkoutId, now))
                .chain(() -> useWalletCoupon(tx, priced.entry(), accountId, checkoutId, now))
                .chain(() -> each(byStockRow, line -> stock.take(tx, line.skuId(), line.quantity()).invoke(taken -> {
                    if (!taken) {
                        throw ProblemException.conflict("insufficient-stock",
                                "Not enough stock of SKU " + line.skuId() + " for " + line.quantity() + ".");
                    }
                })))
                .chain(() -> points.spend(tx, accountId, checkoutId, plan.pointsSpent(), now))
                .chain(() -> each(created, order -> orders.insert(tx, order)
                        .chain(() -> benefits(tx, order, plan.orders().get(created.indexOf(order)), verified))
                        .chain(() -> orders.addHistory(tx, order.number(), new StatusChange(null,
                                OrderStatus.AWAITING_PAYMENT, now, "customer:" + accountId, "checkout " + checkoutId)))
                        .chain(() -> outbox.enqueue(tx, order, NotificationKind.SUBMITTED, now))
                        .chain(() -> events.record(tx, OrderEvents.of(order, order.lines(), OrderStatus.AWAITING_PAYMENT, now)))))
                .chain(() -> payments.record(tx, checkoutId, plan.grandTotalMinor(), plan.currency())))
                .map(payment -> new Written(checkoutId, created, plan.currency(), plan.grandTotalMinor(), payment))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> e instanceof ProblemException ? e
                        : ProblemException.conflict("request-in-progress", "A request with this Idempotency-Key already ran."));
    }

    private Uni<Void> useCoupon(SqlClient tx, Coupon coupon, UUID accountId, UUID checkoutId, Instant now) {
        if (coupon == null) {
            return Uni.createFrom().voidItem();
        }
        return coupons.countUse(tx, coupon.id()).chain(counted -> {
            if (!counted) {
                throw ProblemException.unprocessable("coupon-used-up", "Coupon " + coupon.code() + " has no uses left.");
            }
            return coupons.redeem(tx, coupon, accountId, checkoutId, now)
                    .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> alreadyUsed(coupon));
        });
    }

    private Uni<Void> useWalletCoupon(SqlClient tx, WalletCoupon entry, UUID accountId, UUID checkoutId, Instant now) {
        if (entry == null) {
            return Uni.createFrom().voidItem();
        }
        return wallets.use(tx, entry.id(), accountId, checkoutId, now).invoke(used -> {
            if (!used) {
                throw alreadyUsed(entry.coupon());
            }
        }).replaceWithVoid();
    }

    private Uni<Void> benefits(SqlClient tx, Order order, PlannedOrder planned, boolean verified) {
        if (planned.pointsSpent() == 0 && planned.memberSavingMinor() == 0 && !verified) {
            return Uni.createFrom().voidItem();
        }
        return orders.recordBenefits(tx, order.number(), planned.pointsSpent(), planned.pointsValueMinor(),
                planned.memberSavingMinor(), verified);
    }

    private String respond(Written written, String redirectUrl) {
        List<CheckoutResponse.OrderBreakdown> breakdown = written.orders().stream()
                .map(o -> new CheckoutResponse.OrderBreakdown(o.number(), o.merchantId(),
                        OrderLineView.numbered(o.lines()), o.itemsMinor(), o.discountMinor(),
                        o.shippingMinor(), o.totalMinor(), o.currency(), o.status().name()))
                .toList();
        return write(new CheckoutResponse(written.checkoutId(), breakdown, written.currency(),
                written.grandTotalMinor(), new CheckoutResponse.PaymentView(written.payment().id(),
                        written.payment().provider(), redirectUrl)));
    }

    private void checkShape(CheckoutRequest request) {
        checkAddress(request.addressId(), request.address());
        if (!providers.current().supportsMethod(request.paymentMethod())) {
            throw ProblemException.invalid(new FieldError("paymentMethod", "is not a payment method offered here"));
        }
    }

    private static void checkAddress(UUID addressId, AddressInput address) {
        if ((addressId == null) == (address == null)) {
            throw ProblemException.invalid(new FieldError("address", "give either addressId or address"));
        }
    }

    private static ProblemException alreadyUsed(Coupon coupon) {
        return ProblemException.unprocessable("coupon-already-used", "You have already used coupon " + coupon.code() + ".");
    }

    private static <T> Uni<Void> each(List<T> items, java.util.function.Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(step::apply).collect().last()
                .replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The priced selection: where it ships, the cart lines it is made of, the plan, the wallet coupon, the points. */
    private record Priced(AddressInput address, List<CartLine> selected, CheckoutPlan plan, WalletCoupon entry,
            PointsBalance balance) {
    }

    /** The coupon a checkout uses, and the wallet entry it comes from (null for a typed code or none). */
    private record Chosen(Coupon coupon, WalletCoupon entry) {
        static final Chosen NONE = new Chosen(null, null);
    }

    /** What the checkout transaction committed. */
    private record Written(UUID checkoutId, List<Order> orders, String currency, long grandTotalMinor, Payment payment) {
    }

    private static String description(UUID checkoutId) {
        return "Bazaar checkout " + checkoutId;
    }
}
