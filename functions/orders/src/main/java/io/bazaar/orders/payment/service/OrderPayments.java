package io.bazaar.orders.payment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.OrderService;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.payment.repository.PaymentRepository;
import io.bazaar.orders.payment.rest.OrderPaymentView;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** The payment of one of a customer's orders (another customer's order is a 404, as everywhere in orders). */
@ApplicationScoped
public class OrderPayments {

    private final OrderService orders;
    private final PaymentRepository payments;

    OrderPayments(OrderService orders, PaymentRepository payments) {
        this.orders = orders;
        this.payments = payments;
    }

    public Uni<OrderPaymentView> ofCustomerOrder(UUID accountId, String number) {
        return orders.ofCustomer(accountId, number).chain(details -> payments.ofCheckout(details.order().checkoutId())
                .map(payment -> {
                    if (payment == null) {
                        throw ProblemException.notFound("payment-not-found", "Order " + number + " has no payment.");
                    }
                    return OrderPaymentView.of(payment, details.order().status() == OrderStatus.AWAITING_PAYMENT);
                }));
    }
}
