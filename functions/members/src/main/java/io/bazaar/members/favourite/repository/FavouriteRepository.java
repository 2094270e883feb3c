package io.bazaar.members.favourite.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.favourite.service.FavouriteProduct;
import io.bazaar.members.favourite.service.FavouriteShop;
import io.bazaar.members.favourite.service.PriceDrop;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of favourite_products and favourite_shops. */
@ApplicationScoped
public class FavouriteRepository {

    private static final String PRODUCT_COLUMNS = "account_id, product_id, merchant_id, noted_price_minor, currency, created_at";

    private final Pool pool;

    FavouriteRepository(Pool pool) {
        this.pool = pool;
    }

    /** Adds the product unless it is already there; completes with the row as stored either way. */
    public Uni<FavouriteProduct> addProduct(FavouriteProduct favourite) {
        return pool.preparedQuery("insert into favourite_products (" + PRODUCT_COLUMNS + ") values ($1, $2, $3, $4, $5, $6) "
                + "on conflict (account_id, product_id) do nothing")
                .execute(Tuple.of(favourite.accountId(), favourite.productId(), favourite.merchantId(),
                        favourite.notedPriceMinor(), favourite.currency(), favourite.createdAt().atOffset(ZoneOffset.UTC)))
                .chain(() -> product(favourite.accountId(), favourite.productId()));
    }

    public Uni<FavouriteProduct> product(UUID accountId, UUID productId) {
        return pool.preparedQuery("select " + PRODUCT_COLUMNS + " from favourite_products where account_id = $1 and product_id = $2")
                .execute(Tuple.of(accountId, productId))
                .map(rows -> rows.size() == 0 ? null : product(rows.iterator().next()));
    }

    public Uni<Void> removeProduct(UUID accountId, UUID productId) {
        return pool.preparedQuery("delete from favourite_products where account_id = $1 and product_id = $2")
                .execute(Tuple.of(accountId, productId)).replaceWithVoid();
    }

    public Uni<List<FavouriteProduct>> products(UUID accountId, int limit, int offset) {
        return pool.preparedQuery("select " + PRODUCT_COLUMNS + " from favourite_products where account_id = $1 "
                + "order by created_at desc, product_id limit $2 offset $3").execute(Tuple.of(accountId, limit, offset))
                .map(rows -> {
                    List<FavouriteProduct> list = new ArrayList<>();
                    rows.forEach(row -> list.add(product(row)));
                    return list;
                });
    }

    public Uni<Long> countProducts(UUID accountId) {
        return count("select count(*) from favourite_products where account_id = $1", accountId);
    }

    /** Which of these products the shopper has among the favourites. */
    public Uni<Set<UUID>> favouredProducts(UUID accountId, Collection<UUID> productIds) {
        return ids("select product_id as id from favourite_products where account_id = $1 and product_id = any($2)",
                accountId, productIds);
    }

    public Uni<Void> addShop(FavouriteShop shop) {
        return pool.preparedQuery("insert into favourite_shops (account_id, merchant_id, created_at) values ($1, $2, $3) "
                + "on conflict (account_id, merchant_id) do nothing")
                .execute(Tuple.of(shop.accountId(), shop.merchantId(), shop.createdAt().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    public Uni<FavouriteShop> shop(UUID accountId, UUID merchantId) {
        return pool.preparedQuery("select account_id, merchant_id, created_at from favourite_shops "
                + "where account_id = $1 and merchant_id = $2").execute(Tuple.of(accountId, merchantId))
                .map(rows -> rows.size() == 0 ? null : shop(rows.iterator().next()));
    }

    public Uni<Void> removeShop(UUID accountId, UUID merchantId) {
        return pool.preparedQuery("delete from favourite_shops where account_id = $1 and merchant_id = $2")
                .execute(Tuple.of(accountId, merchantId)).replaceWithVoid();
    }

    public Uni<List<FavouriteShop>> shops(UUID accountId, int limit, int offset) {
        return pool.preparedQuery("select account_id, merchant_id, created_at from favourite_shops where account_id = $1 "
                + "order by created_at desc, merchant_id limit $2 offset $3").execute(Tuple.of(accountId, limit, offset))
                .map(rows -> {
                    List<FavouriteShop> list = new ArrayList<>();
                    rows.forEach(row -> list.add(shop(row)));
                    return list;
                });
    }

    public Uni<Long> countShops(UUID accountId) {
        return count("select count(*) from favourite_shops where account_id = $1", accountId);
    }

    public Uni<Set<UUID>> favouredShops(UUID accountId, Collection<UUID> merchantIds) {
        return ids("select merchant_id as id from favourite_shops where account_id = $1 and merchant_id = any($2)",
                accountId, merchantIds);
    }

    /** The next products (in id order, after {@code after}, or from the start when null) that someone favours. */
    public Uni<List<UUID>> favouritedProductsAfter(UUID after, int limit) {
        return pool.preparedQuery("select distinct product_id from favourite_products where ($1::uuid is null or product_id > $1) "
                + "order by product_id limit $2").execute(Tuple.of(after, limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("product_id")));
                    return ids;
                });
    }

    /**
     * Notes {@code lowestMinor} for every favourite of the product whose noted price in this currency is higher, and
     * answers who they are with the price noted before; rows are locked, so two runs never notify the same drop. Favourites
     * that had no price yet (or another currency) just take the price, without a notice.
     */
    public Uni<List<PriceDrop>> takeDrops(SqlClient tx, UUID productId, String currency, long lowestMinor, Instant at) {
        Uni<Void> unpriced = tx.preparedQuery("update favourite_products set noted_price_minor = $3, currency = $2 "
                + "where product_id = $1 and (noted_price_minor is null or currency <> $2)")
                .execute(Tuple.of(productId, currency, lowestMinor)).replaceWithVoid();
        return unpriced.chain(() -> tx.preparedQuery("""
                with dropped as (
                    select account_id, noted_price_minor as was from favourite_products
                     where product_id = $1 and currency = $2 and noted_price_minor > $3
                     for update)
                update favourite_products f set noted_price_minor = $3, notified_at = $4
                  from dropped d
                 where f.account_id = d.account_id and f.product_id = $1
                returning f.account_id, d.was""")
                .execute(Tuple.of(productId, currency, lowestMinor, at.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<PriceDrop> drops = new ArrayList<>();
                    rows.forEach(row -> drops.add(new PriceDrop(row.getUUID("account_id"), row.getLong("was"))));
                    return drops;
                }));
    }

    private Uni<Long> count(String sql, UUID accountId) {
        return pool.preparedQuery(sql).execute(Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong(0));
    }

    private Uni<Set<UUID>> ids(String sql, UUID accountId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return pool.preparedQuery(sql).execute(Tuple.of(accountId, ids.toArray(UUID[]::new))).map(rows -> {
            Set<UUID> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getUUID("id")));
            return found;
        });
    }

    private static FavouriteProduct product(Row row) {
        return new FavouriteProduct(row.getUUID("account_id"), row.getUUID("product_id"), row.getUUID("merchant_id"),
                row.getLong("noted_price_minor"), row.getString("currency").strip(),
                row.getOffsetDateTime("created_at").toInstant());
    }

    private static FavouriteShop shop(Row row) {
        return new FavouriteShop(row.getUUID("account_id"), row.getUUID("merchant_id"),
                row.getOffsetDateTime("created_at").toInstant());
    }
}
