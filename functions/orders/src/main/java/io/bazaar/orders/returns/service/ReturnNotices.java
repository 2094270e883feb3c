package io.bazaar.orders.returns.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.orders.notification.service.NotificationOutbox.Message;
import io.bazaar.platform.money.Money;

/**
 * The words of the return messages, in English like the order messages: the merchant hears of a new request, the
 * shopper of the approval (with what to do next), the rejection (with the merchant's reason) and the refund.
 */
@ApplicationScoped
public class ReturnNotices {

    public Message of(NotificationKind kind, OrderReturn r) {
        String what = r.kind() == ReturnKind.RETURN ? "return" : "refund request";
        return switch (kind) {
            case RETURN_REQUESTED -> message("New " + what + " on Bazaar order " + r.orderNumber(),
                    "a shopper asks for a " + what + " on order " + r.orderNumber() + " (reason: " + reason(r) + ")."
                            + " Please approve or reject it in the merchant console.",
                    "Bazaar: new " + what + " on order " + r.orderNumber() + ".", r);
            case RETURN_APPROVED -> message("Your " + what + " on Bazaar order " + r.orderNumber() + " is approved",
                    r.kind() == ReturnKind.RETURN
                            ? "the seller approved your return. Please send the goods back and enter the carrier and "
                                    + "tracking number under My account > Returns; you are refunded once they arrive."
                            : "the seller approved your refund request; the refund is on its way.",
                    "Bazaar: your " + what + " on order " + r.orderNumber() + " is approved.", r);
            case RETURN_REJECTED -> message("Your " + what + " on Bazaar order " + r.orderNumber() + " was rejected",
                    "the seller rejected your " + what + ": " + r.rejectReason(),
                    "Bazaar: your " + what + " on order " + r.orderNumber() + " was rejected: " + r.rejectReason(), r);
            case RETURN_REFUNDED -> message("Bazaar order " + r.orderNumber() + ": you have been refunded",
                    "we have refunded " + amount(r) + " to your payment method for your " + what + ".",
                    "Bazaar: " + amount(r) + " refunded for order " + r.orderNumber() + ".", r);
            default -> throw new IllegalArgumentException(kind + " is not a return message");
        };
    }

    private static Message message(String subject, String what, String sms, OrderReturn r) {
        String email = """
                Hello,

                %s

                Order: %s
                Return: %s

                Thank you for shopping at Bazaar.
                """.formatted(what, r.orderNumber(), r.id());
        return new Message(subject, email, sms);
    }

    private static String reason(OrderReturn r) {
        return r.reason().name().toLowerCase().replace('_', ' ') + (r.details().isBlank() ? "" : ", \"" + r.details() + "\"");
    }

    private static String amount(OrderReturn r) {
        long minor = r.refundAmountMinor() == null ? 0 : r.refundAmountMinor();
        return new Money(minor, r.currency()).toDecimalString() + " " + r.currency();
    }
}
