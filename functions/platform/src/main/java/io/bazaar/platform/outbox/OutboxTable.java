package io.bazaar.platform.outbox;

/**
 * An area's own e-mail/SMS outbox table, as {@link MessageOutbox} delivers from it. The table is the area's (its
 * migration, its inserts, in its own transactions); it has at least the columns {@code id bigserial}, {@code channel}
 * ({@code EMAIL}/{@code SMS}), {@code recipient}, {@code subject}, {@code body}, {@code status}
 * ({@code PENDING}/{@code SENT}/{@code FAILED}), {@code attempts}, {@code next_attempt_at}, {@code last_error} and
 * {@code sent_at}, as orders' {@code notifications} does.
 *
 * @param name        the table's name (a constant of the owning area, never user input)
 * @param reference   a column that names what a message is about in the logs (an order number, a review id)
 * @param maxAttempts sends tried before a message is given up on ({@code FAILED})
 */
public record OutboxTable(String name, String reference, int maxAttempts) {

    public OutboxTable {
        if (!name.matches("[a-z_]+") || !reference.matches("[a-z_]+")) {
            throw new IllegalArgumentException("an outbox table and its reference column are plain SQL names");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("an outbox message is tried at least once");
        }
    }
}
