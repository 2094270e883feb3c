package io.bazaar.orders.returns.service;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Every shop's returns as the platform admin reads them: named by their shops, whose names are identity's and come
 * through its {@link ShopDirectory}, one query for a whole page.
 */
@ApplicationScoped
public class AdminReturns {

    private final ReturnService returns;
    private final ShopDirectory shops;
    private final Pool pool;

    AdminReturns(ReturnService returns, ShopDirectory shops, Pool pool) {
        this.returns = returns;
        this.shops = shops;
        this.pool = pool;
    }

    /** A page of returns with their shops' names (a shop that is gone has none). */
    public record ShopsReturns(Page<OrderReturn> page, Map<UUID, String> shopNames) {
    }

    /** One return with its shop's name (null when the shop is gone). */
    public record ShopReturn(ReturnDetails details, String shopName) {
    }

    public Uni<ShopsReturns> page(ReturnStatus status, PageRequest page) {
        return returns.pageOfAll(status, page).chain(found -> {
            Set<UUID> merchants = found.items().stream().map(OrderReturn::merchantId).collect(Collectors.toSet());
            return shops.names(pool, merchants).map(names -> new ShopsReturns(found, names));
        });
    }

    public Uni<ShopReturn> one(UUID id) {
        return returns.ofAny(id).chain(details -> shops.names(pool, Set.of(details.ret().merchantId()))
                .map(names -> new ShopReturn(details, names.get(details.ret().merchantId()))));
    }
}
