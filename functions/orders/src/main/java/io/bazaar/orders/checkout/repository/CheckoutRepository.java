package io.bazaar.orders.checkout.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the checkouts table, whose unique (account, Idempotency-Key) index backs the DynamoDB idempotency record. */
@ApplicationScoped
public class CheckoutRepository {

    public Uni<Void> insert(SqlClient tx, UUID id, UUID accountId, String idempotencyKey, String requestHash,
            String currency, long grandTotalMinor, UUID couponId, Instant at) {
        return tx.preparedQuery("insert into checkouts (id, account_id, idempotency_key, request_hash, currency, "
                + "grand_total_minor, coupon_id, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)")
                .execute(Tuple.from(Arrays.asList(id, accountId, idempotencyKey, requestHash, currency, grandTotalMinor,
                        couponId, at.atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** The checkout this account committed under this Idempotency-Key, or null. */
    public Uni<CommittedCheckout> findByKey(SqlClient client, UUID accountId, String idempotencyKey) {
        return client.preparedQuery("select id, request_hash, currency, grand_total_minor from checkouts "
                + "where account_id = $1 and idempotency_key = $2").execute(Tuple.of(accountId, idempotencyKey))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    return new CommittedCheckout(row.getUUID("id"), row.getString("request_hash"),
                            row.getString("currency").strip(), row.getLong("grand_total_minor"));
                });
    }
}
