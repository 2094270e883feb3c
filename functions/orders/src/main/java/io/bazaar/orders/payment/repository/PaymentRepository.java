package io.bazaar.orders.payment.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.payment.service.Payment;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of payments; status changes are guarded so a replayed webhook changes nothing. */
@ApplicationScoped
public class PaymentRepository {

    private static final String COLUMNS =
            "id, checkout_id, provider, amount_minor, currency, status, provider_reference, redirect_url, created_at";
    private static final String SELECTED = COLUMNS + ", settled_reference";

    private final Pool pool;

    PaymentRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, Payment p) {
        return tx.preparedQuery("insert into payments (" + COLUMNS + ", updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)")
                .execute(Tuple.from(Arrays.asList(p.id(), p.checkoutId(), p.provider(), p.amountMinor(), p.currency(),
                        p.status(), p.providerReference(), p.redirectUrl(), p.createdAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    public Uni<Payment> find(UUID id) {
        return pool.preparedQuery("select " + SELECTED + " from payments where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** The payment whose collected money the provider knows by this reference (Stripe: a PaymentIntent id). */
    public Uni<Payment> bySettledReference(String provider, String settledReference) {
        return pool.preparedQuery("select " + SELECTED + " from payments where provider = $1 and settled_reference = $2")
                .execute(Tuple.of(provider, settledReference))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Locks the payment for a refund, so refunds of its orders are counted one at a time. */
    public Uni<Payment> findForUpdate(SqlClient tx, UUID id) {
        return tx.preparedQuery("select " + SELECTED + " from payments where id = $1 for update").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    /** Keeps the provider's handle on the collected money (first one wins: a replay does not change it). */
    public Uni<Void> settledAs(SqlClient tx, UUID id, String settledReference) {
        return tx.preparedQuery("update payments set settled_reference = $2 where id = $1 and settled_reference is null")
                .execute(Tuple.of(id, settledReference)).replaceWithVoid();
    }

    public Uni<Payment> ofCheckout(UUID checkoutId) {
        return pool.preparedQuery("select " + SELECTED + " from payments where checkout_id = $1").execute(Tuple.of(checkoutId))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<Void> opened(UUID id, String providerReference, String redirectUrl, Instant at) {
        return pool.preparedQuery("update payments set provider_reference = $2, redirect_url = $3, updated_at = $4 where id = $1")
                .execute(Tuple.of(id, providerReference, redirectUrl, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Moves the payment to the status unless it is already there or already succeeded; true when it moved. */
    public Uni<Boolean> settle(SqlClient tx, UUID id, String status, Instant at) {
        return tx.preparedQuery("update payments set status = $2, updated_at = $3 "
                + "where id = $1 and status <> $2 and status <> 'SUCCEEDED'")
                .execute(Tuple.of(id, status, at.atOffset(ZoneOffset.UTC))).map(rows -> rows.rowCount() == 1);
    }

    private static Payment map(Row row) {
        return new Payment(row.getUUID("id"), row.getUUID("checkout_id"), row.getString("provider"),
                row.getLong("amount_minor"), row.getString("currency").strip(), row.getString("status"),
                row.getString("provider_reference"), row.getString("redirect_url"),
                row.getOffsetDateTime("created_at").toInstant(), row.getString("settled_reference"));
    }
}
