package io.bazaar.platform.outbox;

/** One e-mail or SMS taken from an area's outbox to be sent; {@code attempts} counts this one. */
public record OutboxMessage(long id, String reference, String channel, String recipient, String subject, String body,
        int attempts) {

    public static final String EMAIL = "EMAIL";
    public static final String SMS = "SMS";
}
