package io.bazaar.orders.order.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.orders.order.repository.MerchantOrderRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The merchant's order query: filters, sorts and keyset pages over the merchant's own orders only, with customers
 * masked; the list and the export both read through it. A customer filter is resolved through identity's contract
 * (the login's account ids), never by reading identity's tables here.
 */
@ApplicationScoped
public class MerchantOrders {

    private final MerchantOrderRepository orders;
    private final AccountDirectory accounts;
    private final Pool pool;

    MerchantOrders(MerchantOrderRepository orders, AccountDirectory accounts, Pool pool) {
        this.orders = orders;
        this.accounts = accounts;
        this.pool = pool;
    }

    /** The page of up to {@code limit} orders after the cursor (null: the first page). */
    public Uni<MerchantOrderPage> page(UUID merchantId, OrderQuery query, OrderCursor after, int limit) {
        return customers(query).chain(customers -> customers != null && customers.isEmpty()
                ? Uni.createFrom().item(new MerchantOrderPage(List.of(), null))
                : orders.page(merchantId, query, customers, after, limit + 1).chain(found -> {
                    List<MerchantOrder> page = found.size() > limit ? found.subList(0, limit) : found;
                    OrderCursor next = found.size() > limit ? OrderCursor.after(query.sort(), page.get(page.size() - 1)) : null;
                    return masked(page).map(entries -> new MerchantOrderPage(entries, next));
                }));
    }

    /** How many orders the query matches. */
    public Uni<Long> count(UUID merchantId, OrderQuery query) {
        return customers(query).chain(customers -> customers != null && customers.isEmpty() ? Uni.createFrom().item(0L)
                : orders.count(merchantId, query, customers));
    }

    /** The account ids the query's customer login names; null when the query has no customer filter. */
    public Uni<List<UUID>> customers(OrderQuery query) {
        return query.customer() == null ? Uni.createFrom().nullItem() : accounts.withLogin(pool, query.customer());
    }

    /** The orders with their customers masked, looked up in one query. */
    public Uni<List<MerchantOrderPage.Entry>> masked(List<MerchantOrder> page) {
        Set<UUID> ids = new HashSet<>();
        page.forEach(o -> ids.add(o.accountId()));
        return accounts.findAll(pool, ids).map((Map<UUID, AccountCard> cards) -> page.stream()
                .map(o -> new MerchantOrderPage.Entry(o, MaskedCustomer.of(cards.get(o.accountId())))).toList());
    }
}
