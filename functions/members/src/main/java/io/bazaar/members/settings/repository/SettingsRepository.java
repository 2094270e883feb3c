package io.bazaar.members.settings.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of member_settings. */
@ApplicationScoped
public class SettingsRepository {

    private final Pool pool;

    SettingsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Where the account's price-drop notices also go by e-mail, or null. */
    public Uni<String> priceDropEmail(UUID accountId) {
        return pool.preparedQuery("select price_drop_email from member_settings where account_id = $1")
                .execute(Tuple.of(accountId))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("price_drop_email"));
    }

    /** The price-drop e-mail addresses of those accounts that opted in. */
    public Uni<Map<UUID, String>> priceDropEmails(SqlClient tx, Collection<UUID> accountIds) {
        return tx.preparedQuery("select account_id, price_drop_email from member_settings "
                + "where account_id = any($1) and price_drop_email is not null")
                .execute(Tuple.of((Object) accountIds.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, String> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getUUID("account_id"), row.getString("price_drop_email")));
                    return found;
                });
    }

    public Uni<Void> setPriceDropEmail(UUID accountId, String address, Instant at) {
        return pool.preparedQuery("insert into member_settings (account_id, price_drop_email, updated_at) values ($1, $2, $3) "
                + "on conflict (account_id) do update set price_drop_email = excluded.price_drop_email, updated_at = excluded.updated_at")
                .execute(Tuple.of(accountId, address, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Whether replies from shops also reach the account by e-mail or SMS (on unless turned off). */
    public Uni<Boolean> messageNotices(SqlClient client, UUID accountId) {
        return client.preparedQuery("select message_notices from member_settings where account_id = $1")
                .execute(Tuple.of(accountId))
                .map(rows -> rows.size() == 0 || rows.iterator().next().getBoolean("message_notices"));
    }

    public Uni<Void> setMessageNotices(UUID accountId, boolean wanted, Instant at) {
        return pool.preparedQuery("insert into member_settings (account_id, message_notices, updated_at) values ($1, $2, $3) "
                + "on conflict (account_id) do update set message_notices = excluded.message_notices, updated_at = excluded.updated_at")
                .execute(Tuple.of(accountId, wanted, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }
}
