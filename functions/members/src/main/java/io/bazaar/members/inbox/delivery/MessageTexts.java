package io.bazaar.members.inbox.delivery;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.inbox.service.Notification;
import io.bazaar.platform.money.Money;

/**
 * The English words of a notification where the reader's client cannot word it: e-mails (accounts have no language
 * yet) and the {@code default} text of a push. In-app, the storefront words every key itself, in English and Chinese.
 */
@ApplicationScoped
public class MessageTexts {

    /** Subject line and body. */
    public record Text(String title, String body) {
    }

    public Text english(Notification n) {
        Map<String, String> p = n.params();
        return switch (n.key()) {
            case "order.submitted" -> new Text("Order " + p.get("number") + " received",
                    "We have received your order " + p.get("number") + ". Please complete the payment.");
            case "order.paid" -> new Text("Order " + p.get("number") + " paid",
                    "Your payment for order " + p.get("number") + " has arrived. The seller is preparing your parcel.");
            case "order.shipped" -> new Text("Order " + p.get("number") + " shipped",
                    "Your parcel for order " + p.get("number") + " is on its way.");
            case "order.delivered" -> new Text("Order " + p.get("number") + " delivered",
                    "Your parcel for order " + p.get("number") + " has been delivered.");
            case "favourite.priceDropped" -> new Text(p.get("product") + " is cheaper now",
                    p.get("product") + " from your favourites now costs " + money(p.get("priceMinor"), p.get("currency"))
                            + " (was " + money(p.get("wasMinor"), p.get("currency")) + ").");
            case "message.replied" -> new Text(p.get("shop") + " replied",
                    p.get("shop") + " replied to your message. Read it in your member centre.");
            default -> switch (n.kind()) {
                case ORDER -> new Text("Order update", "There is news about one of your orders.");
                case RETURN -> new Text("Return update", "There is news about one of your returns.");
                case REVIEW_REPLY -> new Text("Reply to your review", "A seller replied to your review.");
                case MESSAGE -> new Text("New message", "You have a new message.");
                case PRICE_DROP -> new Text("Price drop", "A product from your favourites is cheaper now.");
                case SYSTEM -> new Text("Bazaar", "You have a new notification.");
            };
        };
    }

    private static String money(String minor, String currency) {
        try {
            return new Money(Long.parseLong(minor), currency).toDecimalString() + " " + currency;
        } catch (RuntimeException unreadable) {
            return minor + " " + currency;
        }
    }
}
