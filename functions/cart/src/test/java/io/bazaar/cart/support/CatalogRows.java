package io.bazaar.cart.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts catalog rows (products and SKUs) straight into the test database with SQL: the catalog area is not part of the
 * cart module, and the cart only reads these tables. The schema is the catalog's own migration.
 */
public final class CatalogRows {

    /** A product and its SKUs, in the order created. */
    public record Product(UUID id, List<UUID> skus) {

        public UUID sku() {
            return skus.get(0);
        }
    }

    private CatalogRows() {
    }

    /** An approved, listed product (category T-shirts) with SKUs at this price and stock. */
    public static Product onSale(String currency, int skuCount, long priceMinor, int stock) {
        return product("APPROVED", true, currency, skuCount, priceMinor, stock);
    }

    public static Product onSale(long priceMinor, int stock) {
        return onSale("CNY", 1, priceMinor, stock);
    }

    public static Product product(String status, boolean listed, String currency, int skuCount, long priceMinor, int stock) {
        UUID productId = UUID.randomUUID();
        List<UUID> skus = new ArrayList<>();
        try (Connection db = connect()) {
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into products (id, merchant_id, category_id, name, slug, currency, status, listed, min_price_minor,
                        max_price_minor, created_at, updated_at)
                    values (?, ?, 6, ?, ?, ?, ?, ?, ?, ?, now(), now())""")) {
                insert.setObject(1, productId);
                insert.setObject(2, UUID.randomUUID());
                insert.setString(3, "Tee " + productId);
                insert.setString(4, "tee-" + productId);
                insert.setString(5, currency);
                insert.setString(6, status);
                insert.setBoolean(7, listed);
                insert.setLong(8, priceMinor);
                insert.setLong(9, priceMinor);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into skus (id, product_id, attributes, price_minor, stock, position)
                    values (?, ?, cast(? as jsonb), ?, ?, ?)""")) {
                for (int i = 0; i < skuCount; i++) {
                    UUID skuId = UUID.randomUUID();
                    insert.setObject(1, skuId);
                    insert.setObject(2, productId);
                    insert.setString(3, "{\"size\":\"S" + i + "\"}");
                    insert.setLong(4, priceMinor);
                    insert.setInt(5, stock);
                    insert.setInt(6, i);
                    insert.addBatch();
                    skus.add(skuId);
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create catalog rows", e);
        }
        return new Product(productId, List.copyOf(skus));
    }

    public static void setPrice(UUID skuId, long priceMinor) {
        update("update skus set price_minor = ? where id = ?", priceMinor, skuId);
    }

    public static void setStock(UUID skuId, int stock) {
        update("update skus set stock = ? where id = ?", stock, skuId);
    }

    public static void unlist(UUID productId) {
        update("update products set listed = false where id = ?", productId);
    }

    private static void update(String sql, Object... values) {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no row changed by " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change catalog rows", e);
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
