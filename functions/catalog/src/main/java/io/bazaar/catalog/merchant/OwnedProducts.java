package io.bazaar.catalog.merchant;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Looks up a product for its merchant's staff with the rules every merchant endpoint shares: 404 if absent, 403 if not theirs. */
@ApplicationScoped
public class OwnedProducts {

    private final ProductRepository products;

    OwnedProducts(ProductRepository products) {
        this.products = products;
    }

    public Uni<Product> find(UUID merchantId, UUID productId) {
        return products.findById(productId).map(product -> ownedBy(merchantId, product));
    }

    /** As {@link #find}, with the product's row locked until the transaction ends, for changes counted per product. */
    public Uni<Product> lock(UUID merchantId, UUID productId) {
        return products.findById(productId, LockModeType.PESSIMISTIC_WRITE).map(product -> ownedBy(merchantId, product));
    }

    private static Product ownedBy(UUID merchantId, Product product) {
        if (product == null) {
            throw ProblemException.notFound("product-not-found", "There is no such product.");
        }
        if (!product.merchantId.equals(merchantId)) {
            throw ProblemException.forbidden("not-your-product", "This product belongs to another merchant.");
        }
        return product;
    }
}
