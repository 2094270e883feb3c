package io.bazaar.identity.support;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.login;
import static io.bazaar.identity.support.IdentityApi.newEmail;

import java.util.UUID;

import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Merchants and their staff for identity's merchant-centre tests. No API creates merchants yet (admins will, issue
 * 14), so the rows are written here, in identity's own tables; the tokens come from signing in as usual.
 */
public final class Merchants {

    /** A staff member: their account and a fresh access token with their merchant and permissions. */
    public record Staff(UUID merchantId, UUID accountId, String email, String token) {
    }

    private Merchants() {
    }

    /** A new merchant with this name and its owner, signed in. */
    public static Staff owner(String shopName) {
        UUID merchant = UUID.randomUUID();
        sql("insert into merchants (id, name) values ($1, $2)", Tuple.of(merchant, shopName));
        return member(merchant, true, "");
    }

    /** Another member of the merchant's staff with these permissions (upper-case names, comma-separated), signed in. */
    public static Staff member(UUID merchantId, boolean owner, String permissions) {
        String email = newEmail();
        activeAccount(email);
        UUID account = Arc.container().instance(Pool.class).get().preparedQuery("select id from accounts where email = $1")
                .execute(Tuple.of(email)).await().indefinitely().iterator().next().getUUID("id");
        sql("insert into merchant_staff (account_id, merchant_id, owner, permissions) values ($1, $2, $3, $4)",
                Tuple.of(account, merchantId, owner, permissions));
        String token = login(email, IdentityApi.PASSWORD).then().statusCode(200).extract().path("accessToken");
        return new Staff(merchantId, account, email, token);
    }

    private static void sql(String sql, Tuple args) {
        Arc.container().instance(Pool.class).get().preparedQuery(sql).execute(args).await().indefinitely();
    }
}
