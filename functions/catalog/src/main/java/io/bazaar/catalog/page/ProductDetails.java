package io.bazaar.catalog.page;

import java.util.List;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductStats;
import io.bazaar.catalog.product.Sku;
import io.bazaar.reviews.contract.PublishedReview;

/**
 * Everything a product page shows, as read from the database: the product, its SKUs, images, brand, category path and
 * counters, and the newest published reviews (read through the reviews area's contract).
 */
public record ProductDetails(Product product, List<Sku> skus, List<String> imageUrls, String brand, List<String> categoryPath,
        ProductStats stats, List<PublishedReview> reviews) {

    String categoryLabel() {
        return String.join(" > ", categoryPath);
    }
}
