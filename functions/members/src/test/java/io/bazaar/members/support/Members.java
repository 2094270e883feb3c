package io.bazaar.members.support;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.sql;
import static io.bazaar.orders.support.Shop.staffToken;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bazaar.orders.support.Shop;
import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What the members area's tests need beyond the orders' shared fixtures ({@link Shop}, the bazaar-orders test-jar:
 * accounts, tokens, carts, checkout bodies, the emulator's outbox, SQL): shoppers as members know them, products with
 * the listing and price columns favourites and price drops read, and a price change through the catalog's API.
 * Everything the members area does is reached through its HTTP API.
 */
public final class Members {

    private Members() {
    }

    /** A shopper: an account row plus a token for it (login = the e-mail address). */
    public record Shopper(UUID id, String email, String token) {
    }

    public static Shopper shopper() {
        Shop.Customer customer = Shop.customer();
        return new Shopper(customer.id(), customer.email(), customer.token());
    }

    /** A merchant as identity stores it (its shop's name); no profile saved yet. */
    public static UUID merchant(String shopName) {
        UUID id = UUID.randomUUID();
        sql("insert into merchants (id, name) values ($1, $2)", Tuple.of(id, shopName));
        return id;
    }

    /** A product of the merchant with one SKU; approved and listed when {@code onSale}. */
    public record Product(UUID id, UUID sku, UUID merchantId) {
    }

    public static Product product(UUID merchantId, String name, long priceMinor, int stock) {
        return product(merchantId, name, priceMinor, stock, true);
    }

    public static Product product(UUID merchantId, String name, long priceMinor, int stock, boolean onSale) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        sql("insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, min_price_minor, "
                + "max_price_minor, created_at, updated_at, listed_at) "
                + "values ($1, $2, 6, $3, $4, 'CNY', $5, $6, $7, $7, now(), now(), now())",
                Tuple.from(List.of(product, merchantId, name, "p-" + product, onSale ? "APPROVED" : "PENDING_REVIEW", onSale,
                        priceMinor)));
        sql("insert into skus (id, product_id, attributes, price_minor, stock, position) "
                + "values ($1, $2, '{\"colour\":\"red\"}'::jsonb, $3, $4, 0)", Tuple.of(sku, product, priceMinor, stock));
        return new Product(product, sku, merchantId);
    }

    /** Changes the SKU's price as its merchant does, through the catalog's merchant API. */
    public static void changePrice(Product product, long priceMinor) {
        as(staffToken(product.merchantId(), "products")).body(Map.of("priceMinor", priceMinor))
                .patch("/api/merchant/products/" + product.id() + "/skus/" + product.sku()).then().statusCode(200);
    }

    public static RowSet<Row> rows(String sql, Tuple args) {
        return Arc.container().instance(Pool.class).get().preparedQuery(sql).execute(args).await().indefinitely();
    }
}
