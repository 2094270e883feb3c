package io.bazaar.orders.refund.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.contract.ProductCounters;
import io.bazaar.catalog.contract.StockLedger;
import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.OrderTransitions;
import io.bazaar.orders.order.service.StatusChange;
import io.bazaar.orders.payment.repository.PaymentRepository;
import io.bazaar.orders.payment.service.Payment;
import io.bazaar.orders.payment.service.PaymentProviders;
import io.bazaar.orders.payment.service.RefundOrder;
import io.bazaar.orders.points.service.PointsLedger;
import io.bazaar.orders.refund.repository.RefundRepository;
import io.bazaar.orders.refund.rest.RefundRequest;
import io.bazaar.orders.refund.rest.RefundView;
import io.bazaar.orders.shipment.service.ShipmentService;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.EventLine;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Refunds of paid orders (admin, merchant staff) and of payments that arrived after their orders were cancelled. One
 * transaction per refund locks the order, checks the amount against what was paid and refunded, writes the refund,
 * moves stock back for resellable lines and takes wholly refunded lines off the sales counts (catalog's contracts), claws
 * back the order's points and gives back points spent on it (PointsLedger), records the history, and only then asks the provider, with a key that is the same on every retry, so a failure anywhere
 * leaves nothing changed and a retry never refunds twice.
 */
@ApplicationScoped
public class RefundService {

    /** Stable marker of the WARN logs an operator's alerting can match. */
    public static final String ALERT_MARKER = "PAYMENT-ALERT";
    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final RefundRepository refunds;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final OrderTransitions transitions;
    private final StockLedger stock;
    private final ProductCounters counters;
    private final IdempotentRequests idempotent;
    private final OrdersConfig config;
    private final ObjectMapper json;
    private final Pool pool;
    private final Clock clock;
    private final PointsLedger points;
    private final ShipmentService shipping;

    private final BehaviourEvents events;

    RefundService(RefundRepository refunds, OrderRepository orders, PaymentRepository payments, PaymentProviders providers,
            OrderTransitions transitions, StockLedger stock, ProductCounters counters, IdempotentRequests idempotent,
            OrdersConfig config, ObjectMapper json, Pool pool, Clock clock, PointsLedger points, ShipmentService shipping,
            BehaviourEvents events) {
        this.events = events;
        this.points = points;
        this.shipping = shipping;
        this.refunds = refunds;
        this.orders = orders;
        this.payments = payments;
        this.providers = providers;
        this.transitions = transitions;
        this.stock = stock;
        this.counters = counters;
        this.idempotent = idempotent;
        this.config = config;
        this.json = json;
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Refunds (part of) an order once per Idempotency-Key and caller.
     *
     * @param merchantId the staff's merchant (their orders only), or null for the platform admin
     * @param actor      who asks, as history records it ({@code merchant-staff:<id>}, {@code platform-admin:<id>})
     */
    public Uni<IdempotentResult> refund(UUID merchantId, String actor, String number, String key, RefundRequest request) {
        checkShape(request);
        String hash = Sha256.hex(number + "\n" + write(request));
        String scope = "refund#" + actor + "#" + number + "#" + key;
        return idempotent.once(scope, hash, config.idempotencyTtl(), committed -> run(merchantId, actor, number, scope, request)
                .invoke(() -> committed.set(true))
                .map(refund -> write(RefundView.of(refund))));
    }

    public Uni<List<Refund>> ofOrder(UUID merchantId, String number) {
        return orders.find(number).chain(order -> {
            visible(order, merchantId, number);
            return refunds.ofOrder(number);
        });
    }

    public Uni<Page<PaymentAlert>> alerts(PageRequest page) {
        return refunds.alerts(page.offset(), page.size())
                .chain(list -> refunds.alertCount().map(total -> Page.of(list, page, total)));
    }

    /**
     * Gives back a whole payment whose orders were all cancelled before it succeeded (the customer paid on a page that
     * was still open), in the webhook's transaction: if the provider fails, the webhook fails and its retry tries again
     * with the same key. Records the refund and an alert an admin can list, and logs a WARN with {@link #ALERT_MARKER}.
     */
    public Uni<Void> refundCancelledPayment(SqlClient tx, Payment payment) {
        Instant now = clock.instant();
        UUID id = UUID.nameUUIDFromBytes(("automatic#" + payment.id()).getBytes(StandardCharsets.UTF_8));
        Refund refund = new Refund(id, payment.id(), null, Refund.AUTOMATIC, payment.amountMinor(), payment.currency(),
                "PENDING", null, "paid after its orders were cancelled", "payment:" + payment.provider(), now, List.of());
        String detail = "Payment " + payment.id() + " of " + new Money(payment.amountMinor(), payment.currency()).toDecimalString()
                + " " + payment.currency() + " succeeded after its orders (checkout " + payment.checkoutId()
                + ") were cancelled; refunded automatically as " + id;
        return refunds.insert(tx, refund, "automatic")
                .chain(() -> providers.of(payment).refund(new RefundOrder(id, payment, payment.amountMinor(),
                        "bazaar-refund-" + id)))
                .chain(receipt -> refunds.provided(tx, id, receipt.providerReference(), receipt.status()))
                .chain(() -> refunds.alert(tx, payment.id(), PaymentAlert.PAID_AFTER_CANCELLATION, detail, id,
                        "paid-after-cancellation#" + payment.id(), now))
                .invoke(() -> LOG.warnf("%s %s: %s", ALERT_MARKER, PaymentAlert.PAID_AFTER_CANCELLATION, detail))
                .replaceWithVoid();
    }

    /**
     * The provider reports {@code refundedMinor} refunded on the payment in all: our pending refunds are done, and
     * anything beyond what Bazaar recorded was refunded outside it (the provider's dashboard), which raises an alert once.
     */
    public Uni<Void> providerRefunded(Payment payment, long refundedMinor, String eventId) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> refunds.confirmPending(tx, payment.id())
                .chain(() -> refunds.totalOfPayment(tx, payment.id()))
                .chain(recorded -> {
                    if (refundedMinor <= recorded) {
                        return Uni.createFrom().voidItem();
                    }
                    String detail = "The provider reports " + refundedMinor + " (minor units, " + payment.currency()
                            + ") refunded on payment " + payment.id() + "; Bazaar recorded " + recorded
                            + ". Check the provider's dashboard (event " + eventId + ")";
                    return refunds.alert(tx, payment.id(), PaymentAlert.REFUNDED_OUTSIDE, detail, null,
                            "refunded-outside#" + payment.id() + "#" + refundedMinor, now).invoke(added -> {
                                if (added) {
                                    LOG.warnf("%s %s: %s", ALERT_MARKER, PaymentAlert.REFUNDED_OUTSIDE, detail);
                                }
                            }).replaceWithVoid();
                }));
    }

    private Uni<Refund> run(UUID merchantId, String actor, String number, String scope, RefundRequest request) {
        Instant now = clock.instant();
        // the same refund id and provider key on every retry of this request, even one after a lost commit
        UUID id = UUID.nameUUIDFromBytes(scope.getBytes(StandardCharsets.UTF_8));
        return pool.withTransaction(tx -> refunds.lockRefunded(tx, number).chain(refunded -> {
            if (refunded == null) {
                throw notFound(number);
            }
            return orders.find(tx, number).chain(order -> {
                visible(order, merchantId, number);
                if (!order.status().refundable()) {
                    throw ProblemException.conflict("refund-not-allowed", "Order " + number + " is " + order.status()
                            + "; only paid orders that are not wholly refunded can be refunded.");
                }
                // the order's lock serialises its refunds; the orders of one payment never refund more than their totals
                return payments.ofCheckout(order.checkoutId()).chain(payment -> {
                            if (payment == null || !Payment.SUCCEEDED.equals(payment.status())) {
                                throw ProblemException.conflict("refund-not-allowed", "Order " + number + " has no collected payment.");
                            }
                            return orders.lines(tx, number).chain(lines -> refunds.refundedUnits(tx, number)
                                    .map(done -> plan(order, lines, done, refunded, request)))
                                    .chain(plan -> apply(tx, order, payment, id, actor, request, plan, refunded, now));
                });
            });
        }));
    }

    /** What the request gives back: the lines, and the money (never more than paid minus refunded). */
    private record Plan(List<RefundLine> lines, Map<Integer, OrderLine> orderLines, long amountMinor,
            Map<Integer, Integer> refundedBefore) {

        /** Lines this refund completes stop counting as sold, all their units (the catalog's contract). */
        Map<UUID, Long> unsold() {
            Map<UUID, Long> units = new HashMap<>();
            for (RefundLine l : lines) {
                OrderLine line = orderLines.get(l.lineNo());
                if (refundedBefore.getOrDefault(l.lineNo(), 0) + l.quantity() == line.quantity()) {
                    units.merge(line.productId(), -(long) line.quantity(), Long::sum);
                }
            }
            return units;
        }
    }

    private Plan plan(Order order, List<OrderLine> lines, Map<Integer, Integer> done, long refunded, RefundRequest request) {
        long remaining = order.totalMinor() - refunded;
        Map<Integer, OrderLine> byNo = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byNo.put(i + 1, lines.get(i));
        }
        if (request.amountMinor() != null) {
            if (request.amountMinor() > remaining) {
                throw exceeds(order, request.amountMinor(), remaining);
            }
            return new Plan(List.of(), byNo, request.amountMinor(), done);
        }
        List<RefundLine> refundLines = new ArrayList<>();
        if (request.lines() == null || request.lines().isEmpty()) {
            boolean restock = Boolean.TRUE.equals(request.restock());
            byNo.forEach((no, line) -> {
                int left = line.quantity() - done.getOrDefault(no, 0);
                if (left > 0) {
                    refundLines.add(new RefundLine(no, left, share(order, line, left), restock));
                }
            });
            refundLines.sort(java.util.Comparator.comparingInt(RefundLine::lineNo));
            return new Plan(refundLines, byNo, remaining, done);
        }
        long amount = 0;
        for (RefundRequest.Line wanted : request.lines()) {
            OrderLine line = byNo.get(wanted.lineNo());
            if (line == null) {
                throw ProblemException.unprocessable("unknown-order-line", "Order " + order.number() + " has no line " + wanted.lineNo() + ".");
            }
            int left = line.quantity() - done.getOrDefault(wanted.lineNo(), 0);
            if (wanted.quantity() > left) {
                throw ProblemException.unprocessable("refund-exceeds-quantity", "Line " + wanted.lineNo() + " of order "
                        + order.number() + " has " + left + " unit(s) left to refund, not " + wanted.quantity() + ".");
            }
            long lineAmount = share(order, line, wanted.quantity());
            amount += lineAmount;
            refundLines.add(new RefundLine(wanted.lineNo(), wanted.quantity(), lineAmount, Boolean.TRUE.equals(wanted.restock())));
        }
        if (amount > remaining) {
            throw exceeds(order, amount, remaining);
        }
        return new Plan(refundLines, byNo, amount, done);
    }

    /** The goods' price less their share of the order's discount (rounded in the shop's favour); shipping is not in it. */
    private static long share(Order order, OrderLine line, int units) {
        long gross = Math.multiplyExact(line.unitPriceMinor(), (long) units);
        if (order.itemsMinor() == 0 || order.discountMinor() == 0) {
            return gross;
        }
        long discount = -Math.floorDiv(-Math.multiplyExact(gross, order.discountMinor()), order.itemsMinor());
        return Math.max(0, gross - discount);
    }

    private Uni<Refund> apply(SqlClient tx, Order order, Payment payment, UUID id, String actor, RefundRequest request,
            Plan plan, long refunded, Instant now) {
        if (plan.amountMinor() == 0) {
            throw ProblemException.unprocessable("nothing-to-refund", "This refund gives no money back.");
        }
        boolean whole = refunded + plan.amountMinor() == order.totalMinor();
        String money = new Money(plan.amountMinor(), order.currency()).toDecimalString() + " " + order.currency();
        String note = (whole ? "wholly refunded: " : "refund of ") + money + " (" + id + ")"
                + (request.reason() == null || request.reason().isBlank() ? "" : ": " + request.reason().strip());
        Refund refund = new Refund(id, payment.id(), order.number(), Refund.REQUESTED, plan.amountMinor(), order.currency(),
                "PENDING", null, request.reason() == null ? null : request.reason().strip(), actor, now, plan.lines());
        Map<UUID, Long> unsold = plan.unsold();
        return refunds.insert(tx, refund, "request:" + id)
                .chain(() -> refunds.addRefunded(tx, order.number(), plan.amountMinor(), now))
                .invoke(added -> {
                    if (!added) {
                        throw exceeds(order, plan.amountMinor(), order.totalMinor() - refunded);
                    }
                })
                // points the order earned are clawed back, and points spent on it given back, in proportion
                .chain(() -> points.orderRefunded(tx, order.number(), id, now))
                .chain(() -> events.record(tx, BehaviourEvent.orderRefunded(id, order.accountId(), order.merchantId(),
                        order.number(), order.currency(), plan.amountMinor(), plan.lines().stream().map(l -> new EventLine(
                                plan.orderLines().get(l.lineNo()).productId(), plan.orderLines().get(l.lineNo()).skuId(),
                                l.quantity(), l.amountMinor())).toList(), now)))
                .chain(() -> Multi.createFrom().iterable(plan.lines()).filter(RefundLine::restocked)
                        .onItem().transformToUniAndConcatenate(l -> stock.restore(tx, plan.orderLines().get(l.lineNo()).skuId(),
                                l.quantity()))
                        .collect().asList())
                .chain(() -> unsold.isEmpty() ? Uni.createFrom().voidItem() : counters.addSales(tx, unsold))
                .chain(() -> whole
                        ? transitions.move(tx, order, OrderStatus.REFUNDED, now, actor, note, null, null).replaceWithVoid()
                        : orders.addHistory(tx, order.number(), new StatusChange(order.status(), order.status(), now, actor, note))
                                .chain(() -> shipping.shipIfNothingLeft(tx, order, now, actor)))
                .chain(() -> providers.of(payment).refund(new RefundOrder(id, payment, plan.amountMinor(), "bazaar-refund-" + id)))
                .chain(receipt -> refunds.provided(tx, id, receipt.providerReference(), receipt.status()))
                .chain(() -> refunds.find(tx, id));
    }

    private static void checkShape(RefundRequest request) {
        if (request.amountMinor() != null && request.lines() != null && !request.lines().isEmpty()) {
            throw ProblemException.invalid(new FieldError("amountMinor", "give either lines or amountMinor, not both"));
        }
        if (request.amountMinor() != null && request.restock() != null) {
            throw ProblemException.invalid(new FieldError("restock", "an amount-only refund returns no goods"));
        }
        if (request.lines() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < request.lines().size(); i++) {
                if (!seen.add(request.lines().get(i).lineNo())) {
                    throw ProblemException.invalid(new FieldError("lines[" + i + "].lineNo", "is given twice"));
                }
            }
        }
    }

    private static void visible(Order order, UUID merchantId, String number) {
        if (order == null || (merchantId != null && !order.merchantId().equals(merchantId))) {
            throw notFound(number);
        }
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("order-not-found", "There is no order " + number + ".");
    }

    private static ProblemException exceeds(Order order, long amount, long remaining) {
        return ProblemException.unprocessable("refund-exceeds-paid", "Order " + order.number() + " has "
                + new Money(remaining, order.currency()).toDecimalString() + " " + order.currency() + " left to refund, not "
                + new Money(amount, order.currency()).toDecimalString() + ".");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
