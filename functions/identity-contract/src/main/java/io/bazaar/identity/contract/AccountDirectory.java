package io.bazaar.identity.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other areas may know of an account, written once: the name a shopper is shown under in public (their display
 * name, or their login masked so that it identifies nobody), and where to send them a notice. Reads only.
 */
@ApplicationScoped
public class AccountDirectory {

    private static final String QUERY = "select email, phone, display_name from accounts where id = $1";
    // identity stores a staff member's permissions as comma-separated upper-case names; owners hold every permission
    private static final String STAFF_QUERY = "select a.email, a.phone, a.display_name from merchant_staff s "
            + "join accounts a on a.id = s.account_id where s.merchant_id = $1 and a.status = 'ACTIVE' "
            + "and (s.owner or $2 = any(string_to_array(s.permissions, ','))) order by a.id";

    /** The account's public name and contact addresses; empty for an unknown account. */
    public Uni<Optional<AccountCard>> find(SqlClient client, UUID accountId) {
        return client.preparedQuery(QUERY).execute(Tuple.of(accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(card(rows.iterator().next())));
    }

    /**
     * The active members of the merchant's staff who hold the permission (by its claim name, e.g. {@code orders}),
     * owners included: whom to tell of work waiting for that permission.
     */
    public Uni<List<AccountCard>> staffWith(SqlClient client, UUID merchantId, String permission) {
        return client.preparedQuery(STAFF_QUERY).execute(Tuple.of(merchantId, permission.toUpperCase(Locale.ROOT)))
                .map(rows -> {
                    List<AccountCard> cards = new ArrayList<>();
                    rows.forEach(row -> cards.add(card(row)));
                    return cards;
                });
    }

    private static AccountCard card(Row row) {
        String email = row.getString("email");
        String phone = row.getString("phone");
        String name = row.getString("display_name");
        String publicName = name != null && !name.isBlank() ? name.strip() : masked(email, phone);
        return new AccountCard(publicName, Optional.ofNullable(email), Optional.ofNullable(phone));
    }

    /**
     * A login nobody can be found by: an e-mail keeps the first and last character of its local part
     * ({@code s***r}, no domain), a phone number its last four digits ({@code ****8000}).
     */
    static String masked(String email, String phone) {
        if (email != null) {
            String local = email.substring(0, Math.max(email.indexOf('@'), 0));
            if (local.length() <= 1) {
                return (local.isEmpty() ? "*" : local) + "***";
            }
            return local.charAt(0) + "***" + local.charAt(local.length() - 1);
        }
        if (phone != null && phone.length() > 4) {
            return "****" + phone.substring(phone.length() - 4);
        }
        return "***";
    }
}
