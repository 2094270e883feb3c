package io.bazaar.identity.deletion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Identity's part of deleting an account, as SQL in a transaction shared with the orders area's part: the account
 * keeps its id and dates (orders refer to it) and loses everything personal. The login is freed, so the same email
 * or phone may register again, as a new account with no link to the old one. The password becomes unusable.
 */
@ApplicationScoped
public class AccountErasure {

    private static final String ERASE_ACCOUNT = """
            update accounts set email = null, phone = null, display_name = null, birthday = null, gender = null,
                   avatar_key = null, real_name_verified_at = null, password_hash = '!deleted', status = 'DELETED',
                   session_version = session_version + 1, deleted_at = $2, updated_at = $2, version = version + 1
             where id = $1 and status <> 'DELETED'""";

    private static final String ERASE_VERIFICATIONS = "delete from real_name_verifications where account_id = $1";

    /** True when the account was erased now, false when there was nothing (left) to erase. */
    public Uni<Boolean> erase(SqlClient tx, UUID accountId, Instant at) {
        return tx.preparedQuery(ERASE_ACCOUNT).execute(Tuple.of(accountId, at.atOffset(ZoneOffset.UTC)))
                .chain(rows -> tx.preparedQuery(ERASE_VERIFICATIONS).execute(Tuple.of(accountId))
                        .map(ignored -> rows.rowCount() == 1));
    }
}
