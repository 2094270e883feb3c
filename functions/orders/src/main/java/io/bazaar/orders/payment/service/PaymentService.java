package io.bazaar.orders.payment.service;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.orders.order.service.OrderTransitions;
import io.bazaar.orders.payment.repository.PaymentRepository;
import io.bazaar.orders.refund.service.RefundService;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Payments of checkouts: records one in the checkout's transaction, opens it at the provider, and applies the
 * provider's verified webhooks exactly once (a replay finds the payment settled and changes nothing). A payment that
 * succeeds after its orders were cancelled is refunded automatically ({@link RefundService#refundCancelledPayment}).
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final OrderTransitions transitions;
    private final Pool pool;
    private final Clock clock;
    private final RefundService refundsOf;

    PaymentService(PaymentRepository payments, PaymentProviders providers, OrderTransitions transitions, Pool pool,
            Clock clock, RefundService refundsOf) {
        this.payments = payments;
        this.providers = providers;
        this.transitions = transitions;
        this.pool = pool;
        this.clock = clock;
        this.refundsOf = refundsOf;
    }

    /** Records a pending payment of the checkout's grand total with the configured provider. */
    public Uni<Payment> record(SqlClient tx, UUID checkoutId, long amountMinor, String currency) {
        Payment payment = new Payment(UUID.randomUUID(), checkoutId, providers.current().name(), amountMinor, currency,
                Payment.PENDING, null, null, clock.instant(), null);
        return payments.insert(tx, payment).replaceWith(payment);
    }

    /** Opens the recorded payment at its provider and keeps the provider's reference and the payment page. */
    public Uni<PaymentSession> open(Payment payment, String description) {
        return providers.current()
                .createPayment(new PaymentRequest(payment.id(), payment.amountMinor(), payment.currency(), description))
                .call(session -> payments.opened(payment.id(), session.providerReference(), session.redirectUrl(),
                        clock.instant()));
    }

    public Uni<Payment> find(UUID paymentId) {
        return payments.find(paymentId).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("payment-not-found", "There is no such payment.");
            }
            return found;
        });
    }

    /** Verifies and applies a provider's webhook; a replay of an applied one is accepted and changes nothing. */
    public Uni<Void> webhook(String providerName, Map<String, String> headers, String body) {
        PaymentProvider provider = providers.forWebhook(providerName);
        PaymentEvent event = provider.verifyWebhook(headers, body);
        if (event.outcome() == PaymentEvent.Outcome.IGNORED) {
            return Uni.createFrom().voidItem();
        }
        if (event.outcome() == PaymentEvent.Outcome.REFUNDED) {
            return refunded(provider, event);
        }
        return find(event.paymentId()).chain(payment -> {
            if (!payment.provider().equals(provider.name())) {
                throw ProblemException.notFound("payment-not-found", "There is no such payment.");
            }
            if (payment.amountMinor() != event.amountMinor() || !payment.currency().equals(event.currency())) {
                throw ProblemException.unprocessable("payment-mismatch", "The webhook's amount or currency is not the payment's.");
            }
            return event.outcome() == PaymentEvent.Outcome.SUCCEEDED ? succeeded(payment, event) : failed(payment);
        });
    }

    private Uni<Void> succeeded(Payment payment, PaymentEvent event) {
        return pool.withTransaction(tx -> payments.settle(tx, payment.id(), Payment.SUCCEEDED, clock.instant())
                .chain(moved -> {
                    if (!moved) {
                        LOG.debugf("Payment %s already settled; webhook %s changes nothing", payment.id(), event.eventId());
                        return Uni.createFrom().voidItem();
                    }
                    Payment settled = event.settledReference() == null ? payment : withSettled(payment, event.settledReference());
                    Uni<Void> keep = event.settledReference() == null ? Uni.createFrom().voidItem()
                            : payments.settledAs(tx, payment.id(), event.settledReference());
                    return keep.chain(() -> transitions.payCheckout(tx, payment.checkoutId(), clock.instant(),
                            "payment:" + payment.provider(), "payment " + payment.id() + " succeeded"))
                            // the customer paid on a page still open after the orders were cancelled: give it all back
                            .chain(paid -> paid.isEmpty() ? refundsOf.refundCancelledPayment(tx, settled)
                                    : Uni.createFrom().voidItem());
                }));
    }

    private Uni<Void> refunded(PaymentProvider provider, PaymentEvent event) {
        Uni<Payment> payment = event.paymentId() != null ? payments.find(event.paymentId())
                : event.settledReference() == null ? Uni.createFrom().nullItem()
                : payments.bySettledReference(provider.name(), event.settledReference());
        return payment.chain(found -> {
            if (found == null || !found.provider().equals(provider.name())) {
                // not a payment of ours (another integration on the same account): nothing to do, and no retry wanted
                LOG.debugf("Refund event %s concerns no payment of ours", event.eventId());
                return Uni.createFrom().voidItem();
            }
            return refundsOf.providerRefunded(found, event.refundedMinor(), event.eventId());
        });
    }

    private static Payment withSettled(Payment p, String settledReference) {
        return new Payment(p.id(), p.checkoutId(), p.provider(), p.amountMinor(), p.currency(), Payment.SUCCEEDED,
                p.providerReference(), p.redirectUrl(), p.createdAt(), settledReference);
    }

    private Uni<Void> failed(Payment payment) {
        return pool.withTransaction(tx -> payments.settle(tx, payment.id(), Payment.FAILED, clock.instant())).replaceWithVoid();
    }
}
