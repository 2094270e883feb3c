package io.bazaar.catalog.page;

import java.util.List;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductStats;
import io.bazaar.catalog.product.Sku;

/**
 * Everything a product page shows, as read from the database: the product, its SKUs, images, brand, category path and
 * counters.
 */
public record ProductDetails(Product product, List<Sku> skus, List<String> imageUrls, String brand, List<String> categoryPath,
        ProductStats stats) {

    String categoryLabel() {
        return String.join(" > ", categoryPath);
    }
}
