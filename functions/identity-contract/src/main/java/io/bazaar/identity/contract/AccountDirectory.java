package io.bazaar.identity.contract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final String CARDS_QUERY = "select id, email, phone, display_name from accounts where id = any($1)";
    // logins are stored as typed at sign-up: e-mail addresses compared without case, phone numbers in E.164
    private static final String LOGIN_QUERY = "select id from accounts where lower(email) = lower($1) or phone = $1";

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

    /** The cards of these accounts, by id (unknown ids are left out), in one query: for lists of many orders. */
    public Uni<Map<UUID, AccountCard>> findAll(SqlClient client, Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(CARDS_QUERY).execute(Tuple.of(accountIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, AccountCard> cards = new HashMap<>();
            rows.forEach(row -> cards.put(row.getUUID("id"), card(row)));
            return cards;
        });
    }

    /**
     * The accounts that sign in with this e-mail address (any case) or phone number (E.164, as stored): how staff find
     * a customer's orders by what the customer tells them. At most one account in practice; empty when none does.
     */
    public Uni<List<UUID>> withLogin(SqlClient client, String login) {
        return client.preparedQuery(LOGIN_QUERY).execute(Tuple.of(login.strip())).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return ids;
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
     * ({@code s***r}, no domain), a phone number its last four digits ({@code ****8000}). Public so that lists which
     * show a customer's contact to staff (the merchant's orders) mask it by the same rule: pass only the e-mail, or
     * only the phone, to mask that one.
     */
    public static String masked(String email, String phone) {
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
