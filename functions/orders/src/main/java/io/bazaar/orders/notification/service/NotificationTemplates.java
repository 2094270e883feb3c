package io.bazaar.orders.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.order.service.Order;
import io.bazaar.platform.money.Money;

/** The words of each order message, by e-mail (subject + body) and by SMS (short). */
@ApplicationScoped
public class NotificationTemplates {

    public String subject(NotificationKind kind, Order order) {
        return switch (kind) {
            case SUBMITTED -> "Bazaar order " + order.number() + " received";
            case PAID -> "Bazaar order " + order.number() + " paid";
            case SHIPPED -> "Bazaar order " + order.number() + " is on its way";
            case PART_SHIPPED -> "Part of Bazaar order " + order.number() + " is on its way";
            case DELIVERED -> "Bazaar order " + order.number() + " delivered";
            default -> throw notAnOrderMessage(kind);
        };
    }

    public String email(NotificationKind kind, Order order) {
        String total = new Money(order.totalMinor(), order.currency()).toDecimalString() + " " + order.currency();
        String what = switch (kind) {
            case SUBMITTED -> "we have received your order. Please complete the payment so the seller can ship it.";
            case PAID -> "your payment has arrived. The seller is preparing your parcel.";
            case SHIPPED -> "your parcel has left the seller" + tracking(order) + ".";
            case PART_SHIPPED -> "a parcel with part of your order has left the seller" + tracking(order)
                    + ". The rest follows in another parcel.";
            case DELIVERED -> "your parcel has been delivered. Enjoy your purchase!";
            default -> throw notAnOrderMessage(kind);
        };
        return """
                Hello,

                %s

                Order: %s
                Total: %s

                Thank you for shopping at Bazaar.
                """.formatted(what, order.number(), total);
    }

    public String sms(NotificationKind kind, Order order) {
        return switch (kind) {
            case SUBMITTED -> "Bazaar: order " + order.number() + " received, awaiting payment.";
            case PAID -> "Bazaar: order " + order.number() + " paid.";
            case SHIPPED -> "Bazaar: order " + order.number() + " shipped" + tracking(order) + ".";
            case PART_SHIPPED -> "Bazaar: part of order " + order.number() + " shipped" + tracking(order) + ".";
            case DELIVERED -> "Bazaar: order " + order.number() + " delivered.";
            default -> throw notAnOrderMessage(kind);
        };
    }

    private static IllegalArgumentException notAnOrderMessage(NotificationKind kind) {
        return new IllegalArgumentException(kind + " is a return message, written by ReturnNotices");
    }

    private static String tracking(Order order) {
        return order.carrier() == null ? "" : " with " + order.carrier() + ", tracking number " + order.trackingNumber();
    }
}
