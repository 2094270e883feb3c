package io.bazaar.catalog.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The product-card query, written once: name, seller, image, lowest price and availability of products by id. */
@ApplicationScoped
public class ProductCards {

    private static final String QUERY = """
            select p.id, p.merchant_id, p.name, p.slug, p.currency, (%s) as visible,
                   (select min(s.price_minor) from skus s where s.product_id = p.id) as lowest_price_minor,
                   exists (select 1 from skus s where s.product_id = p.id and s.stock > 0) as in_stock,
                   (select i.object_key from product_images i
                     where i.product_id = p.id and i.status = 'ATTACHED' order by i.position, i.id limit 1) as image_key
              from products p
             where p.id = any($1)""".formatted(ShopperVisibility.OF_P);

    private final Pool pool;
    private final ProductImageUrls images;

    ProductCards(Pool pool, ProductImageUrls images) {
        this.pool = pool;
        this.images = images;
    }

    /** The cards of those products that exist (visible or not), by product id; unknown ids are left out. */
    public Uni<Map<UUID, ProductCard>> find(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(QUERY).execute(Tuple.of((Object) productIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, ProductCard> cards = new HashMap<>();
            for (Row row : rows) {
                ProductCard card = card(row);
                cards.put(card.id(), card);
            }
            return cards;
        });
    }

    private ProductCard card(Row row) {
        String imageKey = row.getString("image_key");
        return new ProductCard(row.getUUID("id"), row.getUUID("merchant_id"), row.getString("name"),
                row.getString("slug"), imageKey == null ? null : images.of(imageKey), row.getLong("lowest_price_minor"),
                row.getString("currency").strip(), row.getBoolean("in_stock"), row.getBoolean("visible"));
    }
}
